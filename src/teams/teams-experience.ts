import type { FastifyInstance } from 'fastify';
import { createCombinedAuthorizer } from '../auth/combined-authorizer.js';
import type { Authorizer } from '../auth/principal.js';
import type { AuthStores } from '../auth/auth-stores.js';
import { Sessions } from '../auth/session-store.js';
import type { Config } from '../config.js';
import type { RateLimiter } from '../delivery/rate-limiter.js';
import type { LinkStore } from '../links/link-store.js';
import configPageRoute from './config-page-route.js';
import { registerFailedAuthLimit } from './failed-auth-limit.js';
import { createLinkLifecycle, type LinkLifecycle } from './link-lifecycle.js';
import oauthRoutes from './oauth-routes.js';
import { registerSecurityHeaders } from './security-headers.js';
import teamsApiRoutes from './teams-api-routes.js';

export interface TeamsAuth {
  sessions: Sessions;
  authorizer: Authorizer;
  lifecycle: LinkLifecycle;
}

/** The authorizer of the whole API (admin token, GitHub sign-in, link capabilities) and its hook management. */
export function createTeamsAuth(config: Config, links: LinkStore, auth: Pick<AuthStores, 'sessions'>): TeamsAuth {
  const sessions = new Sessions(auth.sessions, config.encryptionKey);
  return {
    sessions,
    authorizer: createCombinedAuthorizer({ adminToken: config.adminToken, sessions, links, githubApiUrl: config.github.apiUrl }),
    lifecycle: createLinkLifecycle({
      links,
      githubApiUrl: config.github.apiUrl,
      payloadUrl: `${config.publicUrl}/api/github/webhooks`,
      secret: config.webhookSecrets[0],
    }),
  };
}

/**
 * Everything the Teams experience adds to the app: security headers and the failed-auth limit
 * (registered first, on the root, so they cover every route), then the page, sign-in and page API.
 */
export async function registerTeamsExperience(
  app: FastifyInstance,
  opts: { config: Config; links: LinkStore; authorizer: Authorizer; sessions: Sessions; auth: AuthStores; limiter?: RateLimiter },
): Promise<void> {
  await registerSecurityHeaders(app);
  await registerFailedAuthLimit(app, { failures: opts.auth.failures });
  await app.register(configPageRoute);
  await app.register(oauthRoutes, { publicUrl: opts.config.publicUrl, github: opts.config.github, sessions: opts.sessions, oauthStates: opts.auth.oauthStates });
  await app.register(teamsApiRoutes, { config: opts.config, links: opts.links, authorizer: opts.authorizer, limiter: opts.limiter });
}
