import type { Octokit } from '@octokit/rest';
import { httpStatus, splitRepository } from './github-client.js';

/**
 * True when the user behind this client has admin permission on the repository. GitHub answers
 * 404 for repositories the user cannot see, which is a plain "no", not an error.
 */
export async function isRepositoryAdmin(octokit: Octokit, repository: string): Promise<boolean> {
  let target: { owner: string; repo: string };
  try {
    target = splitRepository(repository);
  } catch {
    return false;
  }
  try {
    const { data } = await octokit.rest.repos.get(target);
    return data.permissions?.admin === true;
  } catch (err) {
    if (httpStatus(err) === 404 || httpStatus(err) === 403) return false;
    throw err;
  }
}

export interface AdministeredRepository {
  fullName: string;
  private: boolean;
  description: string | null;
  defaultBranch: string;
}

/** Every repository the user administers (own, collaborator, organisation), all pages. */
export async function listAdministeredRepositories(octokit: Octokit): Promise<AdministeredRepository[]> {
  const repos = await octokit.paginate(octokit.rest.repos.listForAuthenticatedUser, {
    per_page: 100,
    sort: 'full_name',
    affiliation: 'owner,collaborator,organization_member',
  });
  return repos
    .filter((r) => r.permissions?.admin === true)
    .map((r) => ({ fullName: r.full_name, private: r.private, description: r.description, defaultBranch: r.default_branch }));
}
