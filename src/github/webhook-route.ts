import { isUtf8 } from 'node:buffer';
import { STATUS_CODES } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GitHubEvent } from '../cards/card.js';
import type { Link } from '../links/link.js';
import type { LinkCache } from '../links/link-cache.js';
import type { LinkStore } from '../links/link-store.js';
import type { EventStore } from '../queue/event-store.js';
import type { IncomingLog, IncomingRecord } from '../queue/incoming-log.js';
import type { Job } from '../queue/records.js';
import type { WebhookOutcome } from '../metrics/bridge-metrics.js';
import { ByteBudget } from '../util/byte-budget.js';
import type { RouteResult } from './route-event.js';
import { parseSignature, readSignedBody, SIGNATURE_MISMATCH } from './signed-body.js';
import { storedPayload } from './stored-payload.js';
import { webhookSchema } from './webhook-schema.js';

/** GitHub caps payloads at 25 MB; only this route accepts more than Fastify's 1 MiB default. */
export const WEBHOOK_BODY_LIMIT = 25 * 1024 * 1024;
/**
 * Bytes of bodies not yet verified held at once across all deliveries: one of the largest
 * GitHub sends. Anyone can send unsigned bytes; past this, readers of large bodies wait
 * (src/util/byte-budget.ts) instead of memory growing with every concurrent sender.
 */
export const UNVERIFIED_BYTES_BUDGET = WEBHOOK_BODY_LIMIT;
/** Bodies up to this size (most deliveries; Fastify's default limit) are never held back by the budget. */
export const UNBUDGETED_BODY_BYTES = 1024 * 1024;

const JSON_TYPE = 'application/json';
const FORM = 'application/x-www-form-urlencoded';

export interface WebhookRouteOptions {
  secrets: string[];
  /** Routing reads this; the store is asked only when it knows no link of the repository. */
  cache: Pick<LinkCache, 'byRepository'>;
  links: Pick<LinkStore, 'byRepository'>;
  events: EventStore;
  /** A hint to this replica's worker that jobs were stored (the store wakes their holder anyway). */
  enqueue(jobs: Job[]): void;
  route(event: GitHubEvent, links: readonly Link[]): RouteResult;
  /** Told what became of each delivery (the metrics); `event` is the X-GitHub-Event header as sent. */
  observe?(event: string | undefined, outcome: WebhookOutcome): void;
  /** Where each decided webhook is noted for the console; never awaited by the answer. */
  incoming?: Pick<IncomingLog, 'record'>;
  /** GITHUB_API_URL: links to it are not stored (stored-payload.ts). */
  apiUrl: string;
}

/** The answers `rejected` counts: a request that cannot be a valid delivery. */
const REJECTED = new Set([400, 401, 413, 415]);

function fail(reply: FastifyReply, statusCode: number, message: string) {
  return reply.code(statusCode).send({ statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message });
}

/** The media type without parameters, lower-cased: media types are case-insensitive (RFC 9110 §8.3.1). */
function mediaType(request: FastifyRequest): string {
  const header = request.headers['content-type'] ?? '';
  const semicolon = header.indexOf(';');
  return (semicolon === -1 ? header : header.slice(0, semicolon)).trim().toLowerCase();
}

/**
 * Everything decidable from the headers, checked before a byte of the body is read, so a
 * request that cannot be a valid delivery costs no memory: the refusal, or undefined.
 */
function headerRefusal(request: FastifyRequest): [status: number, message: string] | undefined {
  const { headers } = request;
  const name = headers['x-github-event'];
  const delivery = headers['x-github-delivery'];
  if (typeof name !== 'string' || !name) return [400, 'missing X-GitHub-Event header'];
  if (typeof delivery !== 'string' || !delivery) return [400, 'missing X-GitHub-Delivery header'];
  if (delivery.length > 128 || name.length > 64) return [400, 'X-GitHub-Event or X-GitHub-Delivery is too long'];
  const signature = headers['x-hub-signature-256'];
  if (typeof signature !== 'string' || !signature) {
    return [401, 'missing X-Hub-Signature-256: set the webhook secret in GitHub to GITHUB_WEBHOOK_SECRET'];
  }
  if (!parseSignature(signature)) return [401, SIGNATURE_MISMATCH];
  const type = mediaType(request);
  if (type !== JSON_TYPE && type !== FORM) return [415, `Content-Type must be ${JSON_TYPE} or ${FORM}`];
  if (Number(headers['content-length']) > WEBHOOK_BODY_LIMIT) return [413, `body over ${WEBHOOK_BODY_LIMIT} bytes (GitHub's 25 MiB limit)`];
  return undefined;
}

function checkHeaders(request: FastifyRequest, reply: FastifyReply, done: () => void) {
  const refusal = headerRefusal(request);
  if (refusal) fail(reply, ...refusal);
  else done();
}

/**
 * The links of a repository. The cache learns of a link written through another replica when
 * its change notice arrives, a few milliseconds after the write was answered; a repository the
 * cache knows no link of is asked of the store once, so a link created a moment ago through any
 * replica routes at once. A repository with links routes from the cache alone: a second link
 * made through another replica in the last milliseconds may miss an event (its own replica
 * routes it at once). An unreachable store makes the miss fail, and the webhook is answered 503.
 */
async function linksOf(opts: WebhookRouteOptions, repository: string | undefined): Promise<readonly Link[]> {
  if (!repository) return [];
  const cached = opts.cache.byRepository(repository);
  return cached.length ? cached : opts.links.byRepository(repository);
}

/**
 * `POST /api/github/webhooks`. Order follows octokit/webhooks.js: headers, then the signature
 * over the raw bytes, then JSON; an event is acknowledged (202) only once it is durable.
 */
export default async function webhookRoutes(app: FastifyInstance, opts: WebhookRouteOptions) {
  const budget = new ByteBudget(UNVERIFIED_BYTES_BUDGET);

  // Scoped to this plugin: the body is hashed as it streams in and handed on as verified bytes.
  app.removeAllContentTypeParsers();
  const reading = { secrets: opts.secrets, limit: WEBHOOK_BODY_LIMIT, budget, unbudgetedBytes: UNBUDGETED_BODY_BYTES };
  app.addContentTypeParser([JSON_TYPE, FORM], (request, payload, done) =>
    // checkHeaders has made sure the signature parses.
    readSignedBody(payload, parseSignature(request.headers['x-hub-signature-256'])!, reading, done),
  );

  const observe = opts.observe ?? (() => undefined);
  const onResponse = opts.observe && ((request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    if (REJECTED.has(reply.statusCode)) observe(request.headers['x-github-event'] as string | undefined, 'rejected');
    done();
  });

  // No security headers: GitHub is the only caller and reads none; they cost per request. The
  // schema documents the route only: headers are checked above and the body is verified raw
  // bytes, so nothing validates against it, and answers go out as JSON.stringify writes them.
  const route = { schema: webhookSchema, validatorCompiler: () => () => true, serializerCompiler: () => JSON.stringify };
  app.post('/api/github/webhooks', { ...route, onRequest: checkHeaders, onResponse, helmet: false }, async (request, reply) => {
    const name = request.headers['x-github-event'] as string;
    const delivery = request.headers['x-github-delivery'] as string;
    // Only the parser above sets a body, and only once the signature matched.
    if (!Buffer.isBuffer(request.body)) return fail(reply, 401, SIGNATURE_MISMATCH);
    // JSON is UTF-8 (RFC 8259 §8.1); decoding other bytes would silently replace them.
    if (!isUtf8(request.body)) return fail(reply, 400, 'body is not valid UTF-8');
    const raw = request.body.toString('utf8');

    let payload: any;
    const json = mediaType(request) === FORM ? new URLSearchParams(raw).get('payload') : raw;
    if (json === null) return fail(reply, 400, 'form body has no payload field');
    try {
      payload = JSON.parse(json);
    } catch {
      return fail(reply, 400, 'body is not valid JSON');
    }
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return fail(reply, 400, 'payload must be a JSON object');

    if (name === 'ping') {
      // A set-up check: nothing to deliver, so it counts as ignored.
      observe(name, 'ignored');
      return reply.code(200).send({ ok: true, zen: payload.zen ?? null, hookId: payload.hook_id ?? null });
    }

    const repository: unknown = payload.repository?.full_name;
    if (repository !== undefined && typeof repository !== 'string') return fail(reply, 400, 'repository.full_name must be a string');
    const receivedAt = Date.now();
    const action = typeof payload.action === 'string' ? payload.action : undefined;
    // The answer is decided: noted on the side, so neither its time nor a failure to note it
    // reaches GitHub (the event itself is already stored, or needs no storing).
    const note = (decided: Pick<IncomingRecord, 'outcome' | 'links' | 'reason'>) =>
      opts.incoming
        ?.record({ delivery, event: name, action, repository, receivedAt, ...decided })
        .catch((err: unknown) => request.log.warn({ err, delivery }, 'could not note the webhook in the incoming log'));
    const result = opts.route({ name, payload }, await linksOf(opts, repository));
    if ('ignored' in result) {
      request.log.info({ event: name, delivery, reason: result.ignored, filtered: result.filtered }, 'event ignored');
      observe(name, 'ignored');
      note({ outcome: 'ignored', links: 0, reason: result.ignored });
      return reply.code(202).send({ delivery, ignored: result.ignored });
    }
    // Links that filters dropped while others get the event: visible when debugging a link's filters.
    if (result.filtered) request.log.debug({ event: name, delivery, filtered: result.filtered }, 'event filtered for some links');

    // A store that cannot store rejects: the error handler answers 503 and nothing is acknowledged.
    const stored = await opts.events.ingest(
      { delivery, name, action, repository, payload: storedPayload(json, opts.apiUrl), receivedAt },
      result.jobs,
    );
    if (stored.duplicate) {
      observe(name, 'duplicate');
      note({ outcome: 'duplicate', links: 0 });
      return reply.code(200).send({ delivery, duplicate: true });
    }
    opts.enqueue(stored.jobs);
    observe(name, 'queued');
    note({ outcome: 'queued', links: stored.jobs.length });
    return reply.code(202).send({ delivery, links: stored.jobs.length });
  });
}
