import type { Authorizer } from './principal.js';
import { bearerToken, secretEquals } from './principal.js';

/** Only the operator's admin token is accepted. */
export function createAdminAuthorizer(adminToken: string): Authorizer {
  return {
    async principal(request) {
      const token = bearerToken(request);
      return token && secretEquals(token, adminToken) ? { kind: 'admin' } : undefined;
    },
    async canUseRepository(principal) {
      return principal.kind === 'admin';
    },
    async canManageLink(principal) {
      return principal.kind === 'admin';
    },
  };
}
