import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, onRequestHookHandler, onResponseHookHandler } from 'fastify';

export interface FailedAuthLimitOptions {
  /** Failed attempts allowed per client address and window. */
  max?: number;
  windowMs?: number;
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
 * over the limit the address gets 429 on those routes until the window passes. Successful calls
 * cost nothing, and a request carrying a valid credential is never refused: it is not a guess,
 * and otherwise anyone sharing the operator's address (a proxy, a NAT) could lock them out.
 * Must be registered before the routes it guards.
 */
export async function registerFailedAuthLimit(app: FastifyInstance, opts: FailedAuthLimitOptions = {}): Promise<void> {
  await app.register(rateLimit, { global: false });
  const failures = app.createRateLimit({ max: opts.max ?? 20, timeWindow: opts.windowMs ?? 60_000 });

  const refuseWhileBlocked: onRequestHookHandler = (request, reply, done) => {
    failures(request, { increment: false })
      .then(async (status) => {
        if (status.isAllowed || status.remaining > 0 || status.ttl <= 0) return;
        // Only a blocked address pays for the credential check.
        if (await app.authorizer.principal(request)) return;
        reply
          .code(429)
          .header('retry-after', String(status.ttlInSeconds))
          .send({ statusCode: 429, error: 'Too Many Requests', message: `too many failed sign-in attempts: wait ${status.ttlInSeconds} s` });
      })
      .then(() => done(), done);
  };
  const countFailure: onResponseHookHandler = (request, reply, done) => {
    if (reply.statusCode !== 401) return done();
    failures(request).then(() => done(), done);
  };

  // Attached to the guarded routes only: webhooks and pages pay nothing per request.
  app.addHook('onRoute', (route) => {
    if (!guarded(route.url)) return;
    route.onRequest = [refuseWhileBlocked, ...hooks(route.onRequest)];
    route.onResponse = [...hooks(route.onResponse), countFailure];
  });
}
