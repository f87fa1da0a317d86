import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { capabilityHash } from '../auth/capability.js';
import type { Authorizer, Principal } from '../auth/principal.js';
import type { DeliveryLog } from '../queue/delivery-log.js';
import type { LinkLifecycle } from '../teams/link-lifecycle.js';
import { globListError } from '../util/glob.js';
import { mapConcurrently } from '../util/map-concurrently.js';
import { deliveryError } from './delivery-error.js';
import { filtersError } from './filters-error.js';
import { errorResponses } from '../http/error-schema.js';
import type { Link, LinkDelivery } from './link.js';
import {
  createLinkBody,
  deletedLinkResponse,
  linkIdParams,
  linksResponse,
  linkViewSchema,
  listLinksQuery,
  noContent,
  patchLinkBody,
  savedLinkResponse,
} from './link-schema.js';
import { LinkConflictError, type LinkStore } from './link-store.js';
import { targetKeyOf } from './target-key.js';
import { linkView } from './link-view.js';
import { canonicalWebhookUrl, checkWebhookUrl, WebhookUrlError } from './webhook-url.js';

export interface LinkRouteOptions {
  links: LinkStore;
  authorizer: Authorizer;
  extraWebhookOrigins: readonly string[];
  /** GitHub hook management after saves and deletes (the Teams experience). */
  lifecycle?: LinkLifecycle;
  /** Moves a link's open jobs when its webhook URL changes (without it they stay on the old target). */
  deliveries?: Pick<DeliveryLog, 'retarget'>;
}

function principalName(p: Principal): string {
  return p.kind === 'github' ? `github:${p.login}` : p.kind;
}

/** Resolves the caller or answers 401; shared by the links and deliveries routes. */
export async function requirePrincipal(authorizer: Authorizer, request: FastifyRequest, reply: FastifyReply) {
  const principal = await authorizer.principal(request);
  if (!principal) {
    reply
      .code(401)
      .header('www-authenticate', 'Bearer')
      .send({ statusCode: 401, error: 'Unauthorized', message: 'missing or invalid credentials: send Authorization: Bearer <ADMIN_TOKEN>' });
  }
  return principal;
}

/** Loads the link and checks the caller may manage it, answering 404/403 itself. */
export async function requireLink(
  opts: Pick<LinkRouteOptions, 'links' | 'authorizer'>,
  principal: Principal,
  id: string,
  reply: FastifyReply,
  access: 'read' | 'write' = 'write',
): Promise<Link | undefined> {
  const link = await opts.links.get(id);
  if (!link) {
    reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no link with id ${id}` });
    return undefined;
  }
  if (!(await opts.authorizer.canManageLink(principal, link, access))) {
    reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: 'you may not manage this link' });
    return undefined;
  }
  return link;
}

function badRequest(reply: FastifyReply, message: string) {
  return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message });
}

/**
 * The write, or 409 when the store's uniqueness rule refused it: the same channel linked twice
 * to one repository. The store decides atomically; a check before the write would race.
 */
async function unlessConflict<T>(reply: FastifyReply, repository: string, write: Promise<T>): Promise<T | undefined> {
  try {
    return await write;
  } catch (err) {
    if (!(err instanceof LinkConflictError)) throw err;
    reply
      .code(409)
      .send({ statusCode: 409, error: 'Conflict', message: `this channel is already linked to ${repository}`, id: err.existingId });
    return undefined;
  }
}

/** GitHub permission questions in flight at once while listing links. */
const LIST_CONCURRENCY = 8;

/**
 * The links of `candidates` the caller may read. Parallel but bounded; the authorizer asks
 * GitHub once per repository and reuses the answer for a while, so a long list costs one
 * question per distinct repository.
 */
export async function readableLinks(authorizer: Authorizer, principal: Principal, candidates: readonly Link[]): Promise<Link[]> {
  if (principal.kind === 'admin') return [...candidates];
  const allowed = await mapConcurrently(candidates, LIST_CONCURRENCY, (link) => authorizer.canManageLink(principal, link, 'read'));
  return candidates.filter((_, i) => allowed[i]);
}

/** Operator and config-page API over links: `/api/links`. */
export default async function linkRoutes(fastify: FastifyInstance, opts: LinkRouteOptions) {
  // Request and answer types come from the schemas (link-schema.ts), which also validate and document them.
  const app = fastify.withTypeProvider<JsonSchemaToTsProvider>();
  const tags = ['links'];
  /** The canonical URL to store, or why the URL is refused. */
  const validUrl = (url: string): { url: string } | { error: string } => {
    try {
      checkWebhookUrl(url, opts.extraWebhookOrigins);
      return { url: canonicalWebhookUrl(url) };
    } catch (err) {
      if (err instanceof WebhookUrlError) return { error: err.message };
      throw err;
    }
  };
  const create = {
    tags,
    summary: 'Link a repository to a Teams channel',
    description: '`capability`: the link-scoped token the config page keeps in the Teams config; only its hash is stored.',
    body: createLinkBody,
    response: { 201: savedLinkResponse, ...errorResponses(400, 401, 403, 409) },
  } as const;
  app.post('/api/links', { schema: create }, async (request, reply) => {
    const principal = await requirePrincipal(opts.authorizer, request, reply);
    if (!principal) return reply;
    const body = request.body;
    const target = validUrl(body.webhookUrl);
    if ('error' in target) return badRequest(reply, target.error);
    const invalid = globListError('branches', body.branches) ?? filtersError(body.filters) ?? deliveryError(body.delivery);
    if (invalid) return badRequest(reply, invalid);
    if (!(await opts.authorizer.canUseRepository(principal, body.repository))) {
      return reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: `you are not an admin of ${body.repository}` });
    }
    // The body schema takes any object as `delivery`; deliveryError has just checked it is a mode.
    const { capability, ...input } = body as Omit<typeof body, 'delivery'> & { delivery?: LinkDelivery };
    const hash = capability ? capabilityHash(capability) : undefined;
    // A capability unlocks exactly one link. Checked before the write for every store, and again
    // after a failed one: a store that keeps capabilities unique refuses the loser of a race.
    const capabilityTaken = async () => hash !== undefined && (await opts.links.byCapability(hash)) !== undefined;
    const taken = () => reply.code(409).send({ statusCode: 409, error: 'Conflict', message: 'this capability already belongs to another link' });
    if (await capabilityTaken()) return taken();
    const creating = opts.links.create({ ...input, webhookUrl: target.url, capabilityHash: hash, createdBy: principalName(principal) });
    const link = await unlessConflict(
      reply,
      body.repository,
      creating.catch(async (err: unknown) => {
        if (!(err instanceof LinkConflictError) && (await capabilityTaken())) return undefined;
        throw err;
      }),
    );
    if (!link) return reply.sent ? reply : taken();
    request.log.info({ linkId: link.id, repository: link.repository }, 'link created');
    const hook = await opts.lifecycle?.saved(principal, link, request.log);
    return reply
      .code(201)
      .header('location', `/api/links/${link.id}`)
      .send({ ...linkView((await opts.links.get(link.id)) ?? link), ...(hook && { hook }) });
  });

  app.get(
    '/api/links',
    { schema: { tags, summary: 'The links the caller may manage', querystring: listLinksQuery, response: { 200: linksResponse, ...errorResponses(400, 401) } } },
    async (request, reply) => {
      const principal = await requirePrincipal(opts.authorizer, request, reply);
      if (!principal) return reply;
      const { repository } = request.query;
      const candidates = await (repository ? opts.links.byRepository(repository) : opts.links.list());
      return { links: (await readableLinks(opts.authorizer, principal, candidates)).map(linkView) };
    },
  );

  const one = { tags, params: linkIdParams } as const;
  app.get('/api/links/:id', { schema: { ...one, summary: 'One link', response: { 200: linkViewSchema, ...errorResponses(400, 401, 403, 404) } } }, async (request, reply) => {
    const principal = await requirePrincipal(opts.authorizer, request, reply);
    if (!principal) return reply;
    const link = await requireLink(opts, principal, request.params.id, reply, 'read');
    return link ? linkView(link) : reply;
  });

  app.patch(
    '/api/links/:id',
    {
      schema: {
        ...one,
        summary: 'Change a link; its health starts afresh',
        body: patchLinkBody,
        response: { 200: savedLinkResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const principal = await requirePrincipal(opts.authorizer, request, reply);
      if (!principal) return reply;
      const link = await requireLink(opts, principal, request.params.id, reply);
      if (!link) return reply;
      // The body schema takes any object as `delivery`; deliveryError checks it is a mode below.
      const patch = { ...request.body } as Omit<typeof request.body, 'delivery'> & { delivery?: LinkDelivery };
      const invalid = globListError('branches', patch.branches) ?? filtersError(patch.filters) ?? deliveryError(request.body.delivery);
      if (invalid) return badRequest(reply, invalid);
      if (patch.webhookUrl !== undefined) {
        const target = validUrl(patch.webhookUrl);
        if ('error' in target) return badRequest(reply, target.error);
        patch.webhookUrl = target.url;
      }
      // A changed URL or explicit edit is the user's answer to a failing link: start afresh.
      // Pausing or resuming alone changes nothing Teams sees, so the health stays as it is.
      const pauseOnly = Object.keys(patch).every((key) => key === 'paused');
      const written = await unlessConflict(
        reply,
        link.repository,
        opts.links.update(link.id, pauseOnly ? patch : { ...patch, health: 'active', consecutiveFailures: 0, lastError: null }),
      );
      if (reply.sent) return reply;
      if (!written) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no link with id ${link.id}` });
      // Its backlog follows the new URL: sent under that target's lease and windows, not the old
      // one's. Repeating the same PATCH after a storage error (503) moves what is left.
      const moved = patch.webhookUrl === undefined ? 0 : await opts.deliveries?.retarget(link.id, targetKeyOf(written.webhookUrl));
      request.log.info({ linkId: link.id, ...(patch.paused !== undefined && { paused: patch.paused }), ...(moved && { moved }) }, 'link updated');
      const hook = pauseOnly ? undefined : await opts.lifecycle?.saved(principal, written, request.log);
      return { ...linkView((await opts.links.get(link.id)) ?? written), ...(hook && { hook }) };
    },
  );

  const remove = { ...one, summary: 'Delete a link', response: { 200: deletedLinkResponse, 204: noContent, ...errorResponses(400, 401, 403, 404) } } as const;
  app.delete('/api/links/:id', { schema: remove }, async (request, reply) => {
    const principal = await requirePrincipal(opts.authorizer, request, reply);
    if (!principal) return reply;
    const link = await requireLink(opts, principal, request.params.id, reply);
    if (!link) return reply;
    await opts.links.delete(link.id);
    request.log.info({ linkId: link.id }, 'link deleted');
    const hook = await opts.lifecycle?.deleted(principal, link, request.log);
    return hook ? reply.code(200).send({ deleted: true, hook }) : reply.code(204).send(null);
  });
}
