import { STATUS_CODES } from 'node:http';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Webhooks } from '@octokit/webhooks';
import type { GitHubEvent } from '../cards/card.js';
import type { Link, LinkStore } from '../links/link.js';
import type { EventQueue, Job } from '../queue/event-queue.js';
import type { RouteResult } from './route-event.js';

/** GitHub caps payloads at 25 MB; only this route accepts more than Fastify's 1 MiB default. */
export const WEBHOOK_BODY_LIMIT = 25 * 1024 * 1024;
const FORM = 'application/x-www-form-urlencoded';

export interface WebhookRouteOptions {
  secrets: string[];
  links: LinkStore;
  queue: EventQueue;
  enqueue(jobs: Job[]): void;
  route(event: GitHubEvent, links: readonly Link[]): RouteResult;
}

function fail(reply: FastifyReply, statusCode: number, message: string) {
  return reply.code(statusCode).send({ statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message });
}

/**
 * `POST /api/github/webhooks`. Order follows octokit/webhooks.js: headers, then the signature
 * over the raw body, then JSON; an event is acknowledged (202) only once it is durable.
 */
export default async function webhookRoutes(app: FastifyInstance, opts: WebhookRouteOptions) {
  const verifiers = opts.secrets.map((secret) => new Webhooks({ secret }));

  // Scoped to this plugin: the raw text is needed to verify the signature before parsing.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(['application/json', FORM], { parseAs: 'string', bodyLimit: WEBHOOK_BODY_LIMIT }, (_req, body, done) =>
    done(null, body),
  );

  // No security headers: GitHub is the only caller and reads none; they cost per request.
  app.post('/api/github/webhooks', { bodyLimit: WEBHOOK_BODY_LIMIT, helmet: false }, async (request, reply) => {
    const name = request.headers['x-github-event'];
    const delivery = request.headers['x-github-delivery'];
    if (typeof name !== 'string' || !name) return fail(reply, 400, 'missing X-GitHub-Event header');
    if (typeof delivery !== 'string' || !delivery) return fail(reply, 400, 'missing X-GitHub-Delivery header');
    if (delivery.length > 128 || name.length > 64) return fail(reply, 400, 'X-GitHub-Event or X-GitHub-Delivery is too long');

    const signature = request.headers['x-hub-signature-256'];
    const raw = typeof request.body === 'string' ? request.body : '';
    if (typeof signature !== 'string' || !signature) {
      return fail(reply, 401, 'missing X-Hub-Signature-256: set the webhook secret in GitHub to GITHUB_WEBHOOK_SECRET');
    }
    let verified = false;
    for (const v of verifiers) if ((verified = await v.verify(raw, signature).catch(() => false))) break;
    if (!verified) return fail(reply, 401, 'signature mismatch: check GITHUB_WEBHOOK_SECRET');

    let payload: any;
    const json = request.headers['content-type']?.startsWith(FORM) ? new URLSearchParams(raw).get('payload') : raw;
    if (json === null) return fail(reply, 400, 'form body has no payload field');
    try {
      payload = JSON.parse(json);
    } catch {
      return fail(reply, 400, 'body is not valid JSON');
    }
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return fail(reply, 400, 'payload must be a JSON object');

    if (name === 'ping') return reply.code(200).send({ ok: true, zen: payload.zen ?? null, hookId: payload.hook_id ?? null });

    const repository: string | undefined = payload.repository?.full_name;
    const result = opts.route({ name, payload }, repository ? opts.links.byRepository(repository) : []);
    if ('ignored' in result) {
      request.log.info({ event: name, delivery, reason: result.ignored, filtered: result.filtered }, 'event ignored');
      return reply.code(202).send({ delivery, ignored: result.ignored });
    }
    // Links that filters dropped while others get the event: visible when debugging a link's filters.
    if (result.filtered) request.log.debug({ event: name, delivery, filtered: result.filtered }, 'event filtered for some links');

    const stored = await opts.queue.ingest(
      {
        delivery,
        name,
        action: typeof payload.action === 'string' ? payload.action : undefined,
        repository,
        payload: json,
        receivedAt: Date.now(),
      },
      result.jobs,
    );
    if (stored.duplicate) return reply.code(200).send({ delivery, duplicate: true });
    opts.enqueue(stored.jobs);
    return reply.code(202).send({ delivery, links: stored.jobs.length });
  });
}
