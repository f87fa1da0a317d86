import type { FastifyInstance, FastifyRequest } from 'fastify';
import { bearerToken, secretEquals } from '../auth/principal.js';
import type { BridgeMetrics } from './bridge-metrics.js';

export interface MetricsRouteOptions {
  metrics: BridgeMetrics;
  /** METRICS_TOKEN: when set, scrapes must send it as a bearer token; undefined leaves the route open. */
  token?: string;
}

/**
 * `GET /metrics` in Prometheus text format. With a token, a wrong or missing one is a 401 that the
 * failed-auth limit counts like any other guarded route's (src/teams/failed-auth-limit.ts reads
 * `credential` from the route's config, so a scraper with the right token is never refused).
 */
export default async function metricsRoutes(app: FastifyInstance, opts: MetricsRouteOptions) {
  const { token } = opts;
  const credential = token === undefined ? undefined : (request: FastifyRequest) => {
    const sent = bearerToken(request);
    return sent !== undefined && secretEquals(sent, token);
  };
  app.get('/metrics', { config: { credential } }, async (request, reply) => {
    if (credential && !credential(request)) {
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send({ statusCode: 401, error: 'Unauthorized', message: 'missing or invalid credentials: send Authorization: Bearer <METRICS_TOKEN>' });
    }
    const text = await opts.metrics.text();
    return reply.header('cache-control', 'no-store').type(opts.metrics.contentType).send(text);
  });
}
