import type { Link } from '../links/link.js';
import type { LinkStore } from '../links/link-store.js';
import { capabilityHash, isCapabilityToken } from './capability.js';
import type { Authorizer, Principal } from './principal.js';
import { bearerToken, secretEquals } from './principal.js';
import { createRepositoryAdminCheck } from './repository-permissions.js';
import { SESSION_PREFIX, type Sessions } from './session-store.js';

export interface CombinedAuthorizerOptions {
  adminToken: string;
  sessions: Sessions;
  links: Pick<LinkStore, 'byCapability'>;
  githubApiUrl: string;
}

/**
 * The three ways to prove a right on a link: the operator's admin token, a signed-in GitHub user
 * with admin permission on the repository (asked of GitHub with the user's own token on every
 * change; reads reuse an answer for a minute), or the capability of exactly one link.
 * Capabilities never create links for a repository.
 */
export function createCombinedAuthorizer(options: CombinedAuthorizerOptions): Authorizer {
  const repositoryAdmin = createRepositoryAdminCheck({ apiUrl: options.githubApiUrl });
  const githubAdmin = (principal: Extract<Principal, { kind: 'github' }>, repository: string, fresh: boolean) =>
    repositoryAdmin(principal.token, repository, { fresh });

  return {
    async principal(request) {
      const token = bearerToken(request);
      if (!token) return undefined;
      if (token.startsWith(SESSION_PREFIX)) {
        const session = await options.sessions.get(token);
        return session ? { kind: 'github', login: session.login, token: session.githubToken } : undefined;
      }
      if (isCapabilityToken(token)) {
        const link = await options.links.byCapability(capabilityHash(token));
        return link ? { kind: 'capability', linkId: link.id } : undefined;
      }
      return secretEquals(token, options.adminToken) ? { kind: 'admin' } : undefined;
    },
    async canUseRepository(principal, repository) {
      if (principal.kind === 'admin') return true;
      if (principal.kind === 'github') return githubAdmin(principal, repository, true);
      return false;
    },
    async canManageLink(principal, link: Link, access = 'write') {
      if (principal.kind === 'admin') return true;
      if (principal.kind === 'capability') return principal.linkId === link.id;
      return githubAdmin(principal, link.repository, access === 'write');
    },
  };
}
