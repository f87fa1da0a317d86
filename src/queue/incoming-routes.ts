import type { FastifyInstance } from 'fastify';
import { errorResponses } from '../http/error-schema.js';
import { nullable } from '../util/json-schema.js';
import type { Authorizer, Principal } from '../auth/principal.js';
import { readableLinks, requirePrincipal } from '../links/link-routes.js';
import { repositorySchema } from '../links/link-schema.js';
import type { LinkStore } from '../links/link-store.js';
import { INCOMING_OUTCOMES, incomingLimit, type IncomingLog, type IncomingOutcome } from './incoming-log.js';

export interface IncomingRouteOptions {
  incoming: Pick<IncomingLog, 'list'>;
  links: Pick<LinkStore, 'list' | 'get'>;
  authorizer: Authorizer;
}

interface IncomingQuery {
  event?: string;
  outcome?: IncomingOutcome;
  repository?: string;
  limit?: number;
  before?: number;
}


export const incomingQuerystring = {
  type: 'object',
  additionalProperties: false,
  properties: {
    event: { type: 'string', minLength: 1, maxLength: 64, pattern: '^[a-z_]+$' },
    outcome: { type: 'string', enum: INCOMING_OUTCOMES },
    repository: repositorySchema,
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
    before: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
  },
} as const;

export const incomingEntrySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'delivery', 'event', 'action', 'repository', 'receivedAt', 'outcome', 'links', 'reason'],
  properties: {
    id: { type: 'integer' },
    delivery: { type: 'string' },
    event: { type: 'string' },
    action: nullable('string'),
    repository: nullable('string'),
    receivedAt: { type: 'string', format: 'date-time' },
    outcome: { type: 'string', enum: INCOMING_OUTCOMES },
    links: { type: 'integer', minimum: 0 },
    reason: nullable('string'),
  },
} as const;

export const incomingResponse = {
  type: 'object',
  additionalProperties: false,
  required: ['incoming', 'next'],
  properties: { incoming: { type: 'array', items: incomingEntrySchema }, next: nullable('integer') },
} as const;

/**
 * The repositories whose entries the caller sees (undefined: every entry), or why not. A
 * GitHub user sees the repositories of the links they may read, or one repository they
 * administer when they ask for it by name (it may have no link yet: "did GitHub send it?").
 * A link's capability sees its own repository.
 */
async function visibleRepositories(
  opts: IncomingRouteOptions,
  principal: Principal,
  requested: string | undefined,
): Promise<{ repositories?: string[] } | { forbidden: string }> {
  if (principal.kind === 'admin') return requested ? { repositories: [requested] } : {};
  if (principal.kind === 'capability') {
    const own = await opts.links.get(principal.linkId);
    const repositories = own ? [own.repository] : [];
    if (requested && !repositories.some((r) => r.toLowerCase() === requested.toLowerCase())) return { forbidden: `you may not see webhooks of ${requested}` };
    return { repositories: requested ? [requested] : repositories };
  }
  if (requested) {
    return (await opts.authorizer.canUseRepository(principal, requested)) ? { repositories: [requested] } : { forbidden: `you are not an admin of ${requested}` };
  }
  // One link per repository is enough to ask about it.
  const byRepository = new Map((await opts.links.list()).map((link) => [link.repository.toLowerCase(), link]));
  return { repositories: (await readableLinks(opts.authorizer, principal, [...byRepository.values()])).map((l) => l.repository) };
}

/** `GET /api/incoming`: every signed webhook answered, newest first, and what was done with it. */
export default async function incomingRoutes(app: FastifyInstance, opts: IncomingRouteOptions) {
  app.get<{ Querystring: IncomingQuery }>(
    '/api/incoming',
    {
      schema: {
        tags: ['incoming'],
        summary: 'Signed webhooks answered, newest first, and what was done with each',
        querystring: incomingQuerystring,
        response: { 200: incomingResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(opts.authorizer, request, reply);
      if (!principal) return reply;
      const { event, outcome, repository, limit, before } = request.query;
      const visible = await visibleRepositories(opts, principal, repository);
      if ('forbidden' in visible) return reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: visible.forbidden });
      const incoming = await opts.incoming.list({ event, outcome, repositories: visible.repositories, limit, beforeId: before });
      const last = incoming.at(-1);
      return { incoming, next: incoming.length === incomingLimit(limit) && last ? last.id : null };
    },
  );
}
