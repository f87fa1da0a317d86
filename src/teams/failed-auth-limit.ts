import type { FastifyInstance, FastifyRequest, onRequestHookHandler, onSendHookHandler } from 'fastify';
import type { FailureCounter } from '../auth/auth-stores.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A route guarded by a credential of its own (not the API's authorizer), e.g. METRICS_TOKEN:
     * its 401s are counted too, and a request it accepts is never refused.
     */
    credential?: (request: FastifyRequest) => boolean;
  }
}

export interface FailedAuthLimitOptions {
  /** Where failures are counted: shared by every replica when they share a database. */
  failures: FailureCounter;
  /** Failed attempts allowed per client address and window. */
  max?: number;
  windowMs?: number;
  now?: () => number;
}

/**
 * Whether a route checks a credential. Decided per route, on the pattern the router matches,
 * not on a request's raw URL: `/%61pi/links` reaches `/api/links` and is guarded the same.
 * GitHub deliveries authenticate by signature and have their own 401s: never counted or blocked.
 */
function guarded(url: string): boolean {
  return (url.startsWith('/api/') && !url.startsWith('/api/github/webhooks')) || url.startsWith('/auth/');
}

function hooks<T>(existing: T | T[] | undefined): T[] {
  return existing === undefined ? [] : Array.isArray(existing) ? existing : [existing];
}

/**
 * Slows down token guessing: every 401 from the API or the sign-in routes counts against the
 * caller's address (request.ip, which believes X-Forwarded-For only from TRUST_PROXY), and once
 * over the limit the address gets 429 on those routes until the window passes. The count lives
 * in the FailureCounter, so guesses spread over several replicas add up to one limit.
 * Successful calls cost nothing, and a request carrying a valid credential is never refused: it
 * is not a guess, and otherwise anyone sharing the operator's address (a proxy, a NAT) could
 * lock them out. Must be registered before the routes it guards.
 */
export async function registerFailedAuthLimit(app: FastifyInstance, opts: FailedAuthLimitOptions): Promise<void> {
  const max = opts.max ?? 20;
  const windowMs = opts.windowMs ?? 60_000;
  const now = opts.now ?? Date.now;
  const key = (request: FastifyRequest) => `auth:${request.ip}`;

  const refuseWhileBlocked = (credential?: (request: FastifyRequest) => boolean): onRequestHookHandler => (request, reply, done) => {
    opts.failures
      .peek(key(request), now())
      .then(async ({ count, resetAt }) => {
        const waitMs = resetAt - now();
        if (count < max || waitMs <= 0) return;
        // Only a blocked address pays for the credential check.
        if (credential ? credential(request) : await app.authorizer.principal(request)) return;
        const seconds = Math.max(1, Math.ceil(waitMs / 1000));
        reply
          .code(429)
          .header('retry-after', String(seconds))
          .send({ statusCode: 429, error: 'Too Many Requests', message: `too many failed sign-in attempts: wait ${seconds} s` });
      })
      .then(() => done(), done);
  };

  // Counted before the 401 goes out, so a client's next guess (at any replica) already sees it.
  const countFailure: onSendHookHandler = (request, reply, payload, done) => {
    if (reply.statusCode !== 401) return done(null, payload);
    opts.failures.hit(key(request), windowMs, now()).then(
      () => done(null, payload),
      (err: unknown) => {
        // The caller is refused either way; a counter that cannot count must not turn that into a 503.
        request.log.warn({ err }, 'could not count a failed authentication');
        done(null, payload);
      },
    );
  };

  // Attached to the guarded routes only: webhooks and pages pay nothing per request.
  app.addHook('onRoute', (route) => {
    const credential = route.config?.credential;
    if (!guarded(route.url) && !credential) return;
    route.onRequest = [refuseWhileBlocked(credential), ...hooks(route.onRequest)];
    route.onSend = [...hooks(route.onSend), countFailure];
  });
}
