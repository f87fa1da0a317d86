import type { FastifyInstance } from 'fastify';
import { nullable } from '../util/json-schema.js';
import type { Authorizer } from '../auth/principal.js';
import type { CardSource } from '../delivery/card-source.js';
import { requireLink, requirePrincipal } from '../links/link-routes.js';
import type { LinkStore } from '../links/link-store.js';
import type { DeliveryLog } from './delivery-log.js';
import type { JobStatus } from './records.js';

export interface DeliveryRouteOptions {
  deliveries: DeliveryLog;
  links: LinkStore;
  authorizer: Authorizer;
  /** Renders a delivery's card as its job would be sent now (the console's preview). */
  cards: CardSource;
}

const STATUSES: JobStatus[] = ['queued', 'retrying', 'delivered', 'dead'];


/** A delivery as the log shows it (records.ts DeliveryView): a job, its event and every attempt, oldest first. */
export const deliveryViewSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'delivery', 'event', 'action', 'repository', 'linkId', 'summary', 'status', 'attempts', 'lastStatusCode', 'lastError', 'receivedAt', 'nextAttemptAt', 'finishedAt'],
  properties: {
    id: { type: 'integer' },
    delivery: { type: 'string' },
    event: { type: 'string' },
    action: nullable('string'),
    repository: nullable('string'),
    linkId: { type: 'string' },
    summary: { type: 'string' },
    status: { type: 'string', enum: STATUSES },
    attempts: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['startedAt', 'durationMs', 'statusCode', 'error', 'outcome'],
        properties: {
          startedAt: { type: 'string', format: 'date-time' },
          durationMs: { type: 'integer', minimum: 0 },
          statusCode: nullable('integer'),
          error: nullable('string'),
          outcome: { type: 'string', enum: ['delivered', 'retry', 'dead'] },
        },
      },
    },
    lastStatusCode: nullable('integer'),
    lastError: nullable('string'),
    receivedAt: { type: 'string', format: 'date-time' },
    nextAttemptAt: nullable('string', 'date-time'),
    finishedAt: nullable('string', 'date-time'),
  },
} as const;

export const deliveriesResponse = {
  type: 'object',
  additionalProperties: false,
  required: ['deliveries', 'next'],
  properties: { deliveries: { type: 'array', items: deliveryViewSchema }, next: nullable('integer') },
} as const;

const deliveryIdParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } as const;

/** An Adaptive Card as Teams gets it in the message's attachment; its body is the renderers' to describe. */
export const adaptiveCardSchema = {
  type: 'object',
  required: ['type', 'version', 'body'],
  additionalProperties: true,
  properties: { type: { const: 'AdaptiveCard' }, version: { type: 'string' }, body: { type: 'array' } },
} as const;

interface ListQuery {
  linkId?: string;
  status?: JobStatus;
  limit?: number;
  before?: number;
}

/** Delivery log and manual redelivery: `/api/deliveries`. */
export default async function deliveryRoutes(app: FastifyInstance, opts: DeliveryRouteOptions) {
  app.get<{ Querystring: ListQuery }>(
    '/api/deliveries',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: {
            linkId: { type: 'string', minLength: 1, maxLength: 64 },
            status: { type: 'string', enum: STATUSES },
            limit: { type: 'integer', minimum: 1, maximum: 500 },
            before: { type: 'integer', minimum: 1 },
          },
        },
        response: { 200: deliveriesResponse },
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

  app.post<{ Params: { id: number } }>(
    '/api/deliveries/:id/redeliver',
    { schema: { params: deliveryIdParams, response: { 202: deliveryViewSchema } } },
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
      return reply.code(202).send(await opts.deliveries.get(job.id));
    },
  );

  app.get<{ Params: { id: number } }>(
    '/api/deliveries/:id/card',
    { schema: { params: deliveryIdParams, response: { 200: adaptiveCardSchema } } },
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
