import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';

export interface FailedAuthLimitOptions {
  /** Failed attempts allowed per client address and window. */
  max?: number;
  windowMs?: number;
}

/**
 * Whether a request reaches a route that checks a credential. Decided on the route the router
 * matched, not on the raw URL: `/%61pi/links` reaches `/api/links` and must count the same.
 * GitHub deliveries authenticate by signature and have their own 401s: never counted or blocked.
 */
function guarded(request: FastifyRequest): boolean {
  const route = request.routeOptions.url;
  if (route === undefined) return false;
  return (route.startsWith('/api/') && !route.startsWith('/api/github/webhooks')) || route.startsWith('/auth/');
}

/**
 * Slows down token guessing: every 401 from the API or the sign-in routes counts against the
 * caller's address (request.ip, which believes X-Forwarded-For only from TRUST_PROXY), and once
 * over the limit the address gets 429 on those routes until the window passes. Successful calls
 * cost nothing, and a request carrying a valid credential is never refused: it is not a guess,
 * and otherwise anyone sharing the operator's address (a proxy, a NAT) could lock them out.
 */
export async function registerFailedAuthLimit(app: FastifyInstance, opts: FailedAuthLimitOptions = {}): Promise<void> {
  await app.register(rateLimit, { global: false });
  const failures = app.createRateLimit({ max: opts.max ?? 20, timeWindow: opts.windowMs ?? 60_000 });

  // Callback-style hooks: every request passes here, and the unguarded ones (webhooks, pages)
  // should not pay for a promise each.
  app.addHook('onRequest', (request, reply, done) => {
    if (!guarded(request)) return done();
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
  });

  app.addHook('onResponse', (request, reply, done) => {
    if (reply.statusCode !== 401 || !guarded(request)) return done();
    failures(request).then(() => done(), done);
  });
}
