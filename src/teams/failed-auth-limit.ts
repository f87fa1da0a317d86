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

  app.addHook('onRequest', async (request, reply) => {
    if (!guarded(request.url)) return;
    const status = await failures(request, { increment: false });
    if (!status.isAllowed && status.remaining <= 0 && status.ttl > 0) {
      return reply
        .code(429)
        .header('retry-after', String(status.ttlInSeconds))
        .send({ statusCode: 429, error: 'Too Many Requests', message: `too many failed sign-in attempts: wait ${status.ttlInSeconds} s` });
    }
  });

  app.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode === 401 && guarded(request.url)) await failures(request);
  });
}
