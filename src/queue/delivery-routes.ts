import type { FastifyInstance } from 'fastify';
import type { Authorizer } from '../auth/principal.js';
import { requireLink, requirePrincipal } from '../links/link-routes.js';
import type { LinkStore } from '../links/link.js';
import type { EventQueue, Job, JobStatus } from './event-queue.js';

export interface DeliveryRouteOptions {
  queue: EventQueue;
  links: LinkStore;
  authorizer: Authorizer;
  enqueue(jobs: Job[]): void;
}

const STATUSES: JobStatus[] = ['queued', 'retrying', 'delivered', 'dead'];

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
      const deliveries = await opts.queue.listDeliveries({ linkId, status, limit, beforeId: before });
      const last = deliveries.at(-1);
      return { deliveries, next: deliveries.length === (limit ?? 50) && last ? last.id : null };
    },
  );

  app.post<{ Params: { id: number } }>(
    '/api/deliveries/:id/redeliver',
    { schema: { params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } } },
    async (request, reply) => {
      const principal = await requirePrincipal(opts.authorizer, request, reply);
      if (!principal) return reply;
      const job = await opts.queue.getJob(request.params.id);
      if (!job) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no delivery with id ${request.params.id}` });
      if (!(await requireLink(opts, principal, job.linkId, reply))) return reply;
      if (job.status === 'queued' || job.status === 'retrying') {
        return reply.code(409).send({ statusCode: 409, error: 'Conflict', message: 'delivery is still pending' });
      }
      const requeued = await opts.queue.requeue(job.id);
      if (!requeued) return reply.code(409).send({ statusCode: 409, error: 'Conflict', message: 'delivery is already pending again' });
      opts.enqueue([requeued]);
      request.log.info({ jobId: job.id, linkId: job.linkId }, 'redelivery queued');
      return reply.code(202).send(await opts.queue.getDelivery(job.id));
    },
  );
}
