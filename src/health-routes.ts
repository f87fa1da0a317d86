import type { FastifyInstance } from 'fastify';

/**
 * Liveness says the process answers; readiness that its stores answer a query (PostgreSQL
 * unreachable: not ready, so a load balancer sends webhooks to a replica that can store them).
 */
export default async function healthRoutes(app: FastifyInstance, opts: { ping(): Promise<void> }) {
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await opts.ping();
      return { status: 'ready' };
    } catch (err) {
      return reply.code(503).send({ status: 'unavailable', reason: (err as Error).message });
    }
  });
}
