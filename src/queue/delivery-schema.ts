import { JOB_STATUSES } from './records.js';

/** JSON schemas of the delivery log API; the routes' types are derived from them. */

export const listDeliveriesQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    linkId: { type: 'string', minLength: 1, maxLength: 64, description: 'required unless the caller is the operator' },
    status: { type: 'string', enum: JOB_STATUSES },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    before: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'the `next` of the previous page' },
  },
} as const;

export const deliveryIdParams = {
  type: 'object',
  required: ['id'],
  // Ids are bigints within JavaScript's safe range: a larger one would reach PostgreSQL as out of range (a 500).
  properties: { id: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER } },
} as const;

const attemptView = {
  type: 'object', additionalProperties: false,
  required: ['startedAt', 'durationMs', 'statusCode', 'error', 'outcome'],
  properties: {
    startedAt: { type: 'string', format: 'date-time' },
    durationMs: { type: 'integer' },
    statusCode: { type: ['integer', 'null'], description: "Teams' HTTP status; null on a network error or timeout" },
    error: { type: ['string', 'null'] },
    outcome: { type: 'string', enum: ['delivered', 'retry', 'dead'] },
    digest: {
      type: 'object', additionalProperties: false,
      description: 'present when this attempt was a digest post: every job it carried (docs/digests.md)',
      required: ['id', 'jobs', 'deliveries'],
      properties: { id: { type: 'string' }, jobs: { type: 'array', items: { type: 'integer' } }, deliveries: { type: 'array', items: { type: 'string' } } },
    },
  },
} as const;

/** One job of the log (records.ts DeliveryView), with every attempt. */
export const deliveryViewSchema = {
  type: 'object', additionalProperties: false,
  required: ['id', 'delivery', 'event', 'action', 'repository', 'linkId', 'summary', 'status', 'attempts', 'lastStatusCode', 'lastError', 'receivedAt', 'nextAttemptAt', 'finishedAt'],
  properties: {
    id: { type: 'integer' },
    delivery: { type: 'string', description: 'X-GitHub-Delivery' },
    event: { type: 'string', description: 'X-GitHub-Event' },
    action: { type: ['string', 'null'] },
    repository: { type: ['string', 'null'] },
    linkId: { type: 'string' },
    summary: { type: 'string', description: 'one line describing the card' },
    status: { type: 'string', enum: JOB_STATUSES },
    attempts: { type: 'array', items: attemptView },
    lastStatusCode: { type: ['integer', 'null'] },
    lastError: { type: ['string', 'null'] },
    receivedAt: { type: 'string', format: 'date-time' },
    nextAttemptAt: { type: ['string', 'null'], format: 'date-time' },
    finishedAt: { type: ['string', 'null'], format: 'date-time' },
  },
} as const;

export const deliveriesResponse = {
  type: 'object', additionalProperties: false,
  required: ['deliveries', 'next'],
  properties: {
    deliveries: { type: 'array', items: deliveryViewSchema },
    next: { type: ['integer', 'null'], description: 'pass as `before` for the next page; null on the last' },
  },
} as const;
