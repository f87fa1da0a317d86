import { Octokit } from '@octokit/rest';

/** An Octokit acting as the signed-in user against github.com or a GHES API root. */
export function githubClient(apiUrl: string, token: string): Octokit {
  return new Octokit({ auth: token, baseUrl: apiUrl, userAgent: 'github-teams-bridge', log: quietLog });
}

// Octokit logs 4xx answers as warnings; a 404 on a repository the user cannot see is an expected answer.
const quietLog = { debug() {}, info() {}, warn() {}, error() {} };

/** `owner/name` → `{owner, repo}`; throws on anything else so callers never query a malformed path. */
export function splitRepository(repository: string): { owner: string; repo: string } {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
  if (!match) throw new Error(`"${repository}" is not owner/name`);
  return { owner: match[1], repo: match[2] };
}

export function httpStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
