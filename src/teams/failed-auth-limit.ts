import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

export interface FailedAuthLimitOptions {
  /** Failed attempts allowed per client address and window. */
  max?: number;
  windowMs?: number;
}

/**
 * Slows down token guessing: every 401 from the API or the sign-in routes counts against the
 * caller's address, and once over the limit the address gets 429 on those routes until the
 * window passes. Successful calls cost nothing, so the config page and scripts are never throttled.
 */
export async function registerFailedAuthLimit(app: FastifyInstance, opts: FailedAuthLimitOptions = {}): Promise<void> {
  await app.register(rateLimit, { global: false });
  const failures = app.createRateLimit({ max: opts.max ?? 20, timeWindow: opts.windowMs ?? 60_000 });
  // GitHub deliveries authenticate by signature and have their own 401s: never counted or blocked.
  const guarded = (url: string) => (url.startsWith('/api/') && !url.startsWith('/api/github/webhooks')) || url.startsWith('/auth/');

  // Callback-style hooks: every request passes here, and the unguarded ones (webhooks, pages)
  // should not pay for a promise each.
  app.addHook('onRequest', (request, reply, done) => {
    if (!guarded(request.url)) return done();
    failures(request, { increment: false }).then((status) => {
      if (!status.isAllowed && status.remaining <= 0 && status.ttl > 0) {
        reply
          .code(429)
          .header('retry-after', String(status.ttlInSeconds))
          .send({ statusCode: 429, error: 'Too Many Requests', message: `too many failed sign-in attempts: wait ${status.ttlInSeconds} s` });
      }
      done();
    }, done);
  });

  app.addHook('onResponse', (request, reply, done) => {
    if (reply.statusCode !== 401 || !guarded(request.url)) return done();
    failures(request).then(() => done(), done);
  });
}
