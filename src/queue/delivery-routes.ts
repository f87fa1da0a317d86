import type { FastifyInstance } from 'fastify';
import type { Authorizer } from '../auth/principal.js';
import { requireLink, requirePrincipal } from '../links/link-routes.js';
import type { LinkStore } from '../links/link-store.js';
import type { DeliveryLog } from './delivery-log.js';
import type { JobStatus } from './records.js';

export interface DeliveryRouteOptions {
  deliveries: DeliveryLog;
  links: LinkStore;
  authorizer: Authorizer;
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
      const deliveries = await opts.deliveries.list({ linkId, status, limit, beforeId: before });
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
}
