import { createHash } from 'node:crypto';
import type { Octokit } from '@octokit/rest';
import { githubClient, httpStatus, splitRepository } from './github-client.js';

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

export interface RepositoryAdminCheckOptions {
  apiUrl: string;
  /** How long an answer is reused for the same session and repository. */
  ttlMs?: number;
  /** Answers kept at most; the oldest go first. */
  maxEntries?: number;
  now?: () => number;
}

/** Asks GitHub (or a recent answer) whether the holder of `token` administers `repository`. */
export type RepositoryAdminCheck = (token: string, repository: string, options?: { fresh?: boolean }) => Promise<boolean>;

export const ADMIN_ANSWER_TTL_MS = 60_000;

/**
 * `isRepositoryAdmin` with each answer shared per session token and repository for `ttlMs`:
 * a list of links asks GitHub once per distinct repository, and asks again only after a minute.
 * Concurrent questions share one request. `fresh` skips a cached answer (writes use it, so a
 * revoked right stops changes at once) and stores the new one. Failed requests are not kept.
 */
export function createRepositoryAdminCheck(options: RepositoryAdminCheckOptions): RepositoryAdminCheck {
  const ttlMs = options.ttlMs ?? ADMIN_ANSWER_TTL_MS;
  const maxEntries = options.maxEntries ?? 10_000;
  const now = options.now ?? Date.now;
  const answers = new Map<string, { at: number; admin: Promise<boolean> }>();

  return (token, repository, { fresh = false } = {}) => {
    // The token itself is not kept as a key: a hash identifies the session as well.
    const key = `${createHash('sha256').update(token).digest('hex')} ${repository.toLowerCase()}`;
    const at = now();
    const cached = answers.get(key);
    if (!fresh && cached && at - cached.at < ttlMs) return cached.admin;
    const entry = { at, admin: isRepositoryAdmin(githubClient(options.apiUrl, token), repository) };
    answers.delete(key);
    // Map order is insertion order and a refreshed answer is re-inserted: the first is the oldest.
    while (answers.size >= maxEntries) answers.delete(answers.keys().next().value!);
    answers.set(key, entry);
    entry.admin.catch(() => {
      if (answers.get(key) === entry) answers.delete(key);
    });
    return entry.admin;
  };
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
