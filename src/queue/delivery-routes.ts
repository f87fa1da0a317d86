import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type { FastifyInstance } from 'fastify';
import { nullable } from '../util/json-schema.js';
import type { Authorizer } from '../auth/principal.js';
import { errorResponses } from '../http/error-schema.js';
import type { CardSource } from '../delivery/card-source.js';
import { requireLink, requirePrincipal } from '../links/link-routes.js';
import type { LinkStore } from '../links/link-store.js';
import type { DeliveryLog } from './delivery-log.js';
import { deliveriesResponse, deliveryIdParams, deliveryViewSchema, listDeliveriesQuery } from './delivery-schema.js';

export interface DeliveryRouteOptions {
  deliveries: DeliveryLog;
  links: LinkStore;
  authorizer: Authorizer;
  /** Renders a delivery's card as its job would be sent now (the console's preview). */
  cards: CardSource;
}


/** An Adaptive Card as Teams gets it in the message's attachment; its body is the renderers' to describe. */
export const adaptiveCardSchema = {
  type: 'object',
  required: ['type', 'version', 'body'],
  additionalProperties: true,
  properties: { type: { const: 'AdaptiveCard' }, version: { type: 'string' }, body: { type: 'array' } },
} as const;

/** Delivery log and manual redelivery: `/api/deliveries`. */
export default async function deliveryRoutes(fastify: FastifyInstance, opts: DeliveryRouteOptions) {
  // Request and answer types come from delivery-schema.ts, which also validates and documents them.
  const app = fastify.withTypeProvider<JsonSchemaToTsProvider>();
  const tags = ['deliveries'];
  app.get(
    '/api/deliveries',
    {
      schema: {
        tags,
        summary: 'The delivery log, newest first, with every attempt',
        querystring: listDeliveriesQuery,
        response: { 200: deliveriesResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(opts.authorizer, request, reply);
      if (!principal) return reply;
      const { linkId, status, limit, before } = request.query;
      if (principal.kind !== 'admin') {
        if (!linkId) return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message: 'linkId is required' });
        if (!(await requireLink(opts, principal, linkId, reply))) return reply;
      }
      const deliveries = await opts.deliveries.list({ linkId, status, limit, beforeId: before });
      const last = deliveries.at(-1);
      return { deliveries, next: deliveries.length === (limit ?? 50) && last ? last.id : null };
    },
  );

  app.post(
    '/api/deliveries/:id/redeliver',
    {
      schema: {
        tags,
        summary: 'Queue a delivered or dead job again, with a fresh retry budget',
        params: deliveryIdParams,
        response: { 202: deliveryViewSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(opts.authorizer, request, reply);
      if (!principal) return reply;
      const job = await opts.deliveries.getJob(request.params.id);
      if (!job) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no delivery with id ${request.params.id}` });
      if (!(await requireLink(opts, principal, job.linkId, reply))) return reply;
      if (job.status === 'queued' || job.status === 'retrying') {
        return reply.code(409).send({ statusCode: 409, error: 'Conflict', message: 'delivery is still pending' });
      }
      // The log wakes whichever replica holds the job's webhook target.
      const requeued = await opts.deliveries.requeue(job.id);
      if (!requeued) return reply.code(409).send({ statusCode: 409, error: 'Conflict', message: 'delivery is already pending again' });
      request.log.info({ jobId: job.id, linkId: job.linkId }, 'redelivery queued');
      const view = await opts.deliveries.get(job.id);
      // Gone between the requeue and this read (pruned, say): nothing left to show.
      if (!view) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no delivery with id ${job.id}` });
      return reply.code(202).send(view);
    },
  );

  app.get<{ Params: { id: number } }>(
    '/api/deliveries/:id/card',
    {
      schema: {
        tags,
        summary: "The Adaptive Card the delivery renders to now (the console's preview)",
        params: deliveryIdParams,
        response: { 200: adaptiveCardSchema, ...errorResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(opts.authorizer, request, reply);
      if (!principal) return reply;
      const job = await opts.deliveries.getJob(request.params.id);
      if (!job) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no delivery with id ${request.params.id}` });
      const link = await requireLink(opts, principal, job.linkId, reply, 'read');
      if (!link) return reply;
      const card = await opts.cards.messageFor(job, link);
      // A job's event is stored as long as the job is; what no longer renders is the link's options or the renderer's.
      if ('ignored' in card) return reply.code(422).send({ statusCode: 422, error: 'Unprocessable Entity', message: `no card: ${card.ignored}` });
      return JSON.parse(card.message.toString('utf8')).attachments[0].content;
    },
  );
}
