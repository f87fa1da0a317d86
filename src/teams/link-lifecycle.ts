import type { FastifyBaseLogger } from 'fastify';
import { githubClient } from '../auth/github-client.js';
import type { Principal } from '../auth/principal.js';
import { deleteRepositoryHook, ensureRepositoryHook, githubEventsFor } from '../github/hooks.js';
import type { Link } from '../links/link.js';
import type { LinkStore } from '../links/link-store.js';

/** What happened to the repository's GitHub webhook; shown to the user by the config page. */
export interface HookOutcome {
  status: 'created' | 'updated' | 'deleted' | 'kept' | 'failed';
  hookId?: number;
  events?: string[];
  message?: string;
}

export interface LinkLifecycle {
  /**
   * After a create or update: make GitHub send what the repository's links now need. Undefined
   * when the caller has no GitHub token (admin token, capability): the page shows manual steps.
   */
  saved(principal: Principal, link: Link, log: FastifyBaseLogger): Promise<HookOutcome | undefined>;
  /** After a delete: remove the bridge's hook once no link of the repository is left. */
  deleted(principal: Principal, link: Link, log: FastifyBaseLogger): Promise<HookOutcome | undefined>;
}

export interface LinkLifecycleOptions {
  links: LinkStore;
  githubApiUrl: string;
  payloadUrl: string;
  /** The current webhook secret (the first of config.webhookSecrets). */
  secret: string;
}

/**
 * GitHub hook management around link changes. Only a signed-in GitHub user's token can touch the
 * repository's hooks (the bridge keeps no GitHub token of its own); for the admin token or a
 * link capability the outcome tells the user what to do by hand instead.
 */
export function createLinkLifecycle(opts: LinkLifecycleOptions): LinkLifecycle {
  return {
    async saved(principal, link, log) {
      if (principal.kind !== 'github') return undefined;
      const events = githubEventsFor((await opts.links.byRepository(link.repository)).map((l) => l.events));
      try {
        const result = await ensureRepositoryHook(githubClient(opts.githubApiUrl, principal.token), link.repository, {
          payloadUrl: opts.payloadUrl,
          secret: opts.secret,
          events,
        });
        await opts.links.update(link.id, { hookId: result.hookId });
        log.info({ repository: link.repository, hookId: result.hookId, created: result.created }, 'github hook ensured');
        return { status: result.created ? 'created' : 'updated', hookId: result.hookId, events: result.events };
      } catch (err) {
        const status = (err as { status?: number }).status;
        log.warn({ repository: link.repository, status }, 'github hook setup failed');
        return {
          status: 'failed',
          events,
          message: status === 404 || status === 403 ? 'GitHub refused access to the repository’s webhooks' : 'GitHub could not be reached',
        };
      }
    },

    async deleted(principal, link, log) {
      if ((await opts.links.byRepository(link.repository)).length > 0) return undefined;
      if (principal.kind !== 'github') {
        if (!link.hookId) return undefined;
        return {
          status: 'kept',
          hookId: link.hookId,
          message: `The repository’s webhook stays on GitHub; delete it under ${link.repository} → Settings → Webhooks, or remove links while signed in with GitHub.`,
        };
      }
      try {
        const hookId = await deleteRepositoryHook(githubClient(opts.githubApiUrl, principal.token), link.repository, opts.payloadUrl);
        if (hookId === undefined) return undefined;
        log.info({ repository: link.repository, hookId }, 'github hook deleted');
        return { status: 'deleted', hookId };
      } catch (err) {
        log.warn({ repository: link.repository, status: (err as { status?: number }).status }, 'github hook delete failed');
        return { status: 'failed', message: 'the webhook could not be deleted on GitHub; delete it under Settings → Webhooks' };
      }
    },
  };
}
