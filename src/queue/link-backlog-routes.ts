import type { FastifyInstance } from 'fastify';
import { errorResponses } from '../http/error-schema.js';
import { nullable } from '../util/json-schema.js';
import type { Authorizer } from '../auth/principal.js';
import { readableLinks, requireLink, requirePrincipal } from '../links/link-routes.js';
import { linkIdParams } from '../links/link-schema.js';
import type { LinkStore } from '../links/link-store.js';
import type { DeliveryLog } from './delivery-log.js';

export interface LinkBacklogRouteOptions {
  deliveries: Pick<DeliveryLog, 'linkStats' | 'requeueDead'>;
  links: LinkStore;
  authorizer: Authorizer;
}

const nullableTime = nullable('string', 'date-time');

export const linkStatsResponse = {
  type: 'object',
  additionalProperties: false,
  required: ['stats'],
  properties: {
    stats: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['linkId', 'backlog', 'dead', 'lastDeliveredAt', 'lastAttemptAt'],
        properties: {
          linkId: { type: 'string' },
          backlog: { type: 'integer', minimum: 0, description: 'jobs queued or retrying' },
          dead: { type: 'integer', minimum: 0, description: 'dead letters' },
          lastDeliveredAt: { ...nullableTime, description: 'when Teams last accepted a post of this link' },
          lastAttemptAt: { ...nullableTime, description: 'when a post of this link last started' },
        },
      },
    },
  },
} as const;

export const redeliverDeadResponse = {
  type: 'object',
  additionalProperties: false,
  required: ['requeued'],
  properties: { requeued: { type: 'integer', minimum: 0 } },
} as const;

/** What each link's deliveries add up to, and its dead letters back in the queue: the console's link list and link page. */
export default async function linkBacklogRoutes(app: FastifyInstance, opts: LinkBacklogRouteOptions) {
  // A static path: Fastify's router prefers it to `/api/links/:id`, so no link id can shadow it.
  const tags = ['links'];
  const statsSchema = { tags, summary: "Each readable link's backlog, dead letters and last attempts", response: { 200: linkStatsResponse, ...errorResponses(401, 403) } };
  app.get('/api/links/stats', { schema: statsSchema }, async (request, reply) => {
    const principal = await requirePrincipal(opts.authorizer, request, reply);
    if (!principal) return reply;
    const links = await readableLinks(opts.authorizer, principal, await opts.links.list());
    return { stats: await opts.deliveries.linkStats(links.map((l) => l.id)) };
  });

  app.post<{ Params: { id: string } }>(
    '/api/links/:id/redeliver-dead',
    {
      schema: {
        tags,
        summary: "Queue every dead letter of a link again, each with a fresh retry budget",
        params: linkIdParams,
        response: { 202: redeliverDeadResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(opts.authorizer, request, reply);
      if (!principal) return reply;
      const link = await requireLink(opts, principal, request.params.id, reply);
      if (!link) return reply;
      // One statement; the log wakes whichever replica holds the link's webhook target.
      const requeued = await opts.deliveries.requeueDead(link.id);
      request.log.info({ linkId: link.id, requeued }, 'dead letters queued again');
      return reply.code(202).send({ requeued });
    },
  );
}
