import type { FastifyInstance } from 'fastify';
import { githubClient } from '../auth/github-client.js';
import type { Authorizer } from '../auth/principal.js';
import { listAdministeredRepositories } from '../auth/repository-permissions.js';
import type { Config } from '../config.js';
import { RateLimiter } from '../delivery/rate-limiter.js';
import { createTeamsAgent } from '../delivery/teams-client.js';
import { actionsOf } from '../github/event-catalog.js';
import { FEATURE_EVENTS } from '../github/hooks.js';
import { DEFAULT_FEATURES, FEATURES } from '../links/features.js';
import type { LinkStore } from '../links/link-store.js';
import { errorResponses } from '../http/error-schema.js';
import { linkIdParams, linkViewSchema } from '../links/link-schema.js';
import { linkView } from '../links/link-view.js';
import { requireLink, requirePrincipal } from '../links/link-routes.js';
import { sendSampleCard } from './sample-card.js';
import { meResponse, repositoriesResponse, settingsResponse, testCardResponse } from './teams-api-schema.js';

export interface TeamsApiOptions {
  config: Config;
  links: LinkStore;
  authorizer: Authorizer;
  /** The delivery worker's rate governor: test cards count against the same windows. */
  limiter?: RateLimiter;
}

/** What the configuration page needs besides the links API. */
export default async function teamsApiRoutes(app: FastifyInstance, opts: TeamsApiOptions) {
  const { config, links, authorizer } = opts;
  const limiter = opts.limiter ?? new RateLimiter();
  const payloadUrl = `${config.publicUrl}/api/github/webhooks`;
  // An agent of its own: undici's default would be whatever global dispatcher fetch installed.
  const agent = createTeamsAgent(4);
  app.addHook('onClose', async () => agent.close());

  /** Public facts the page renders before anyone signs in; no secret here. */
  const tags = ['teams'];
  app.get('/api/teams/settings', { schema: { tags, summary: 'What the configuration page needs to start', security: [], response: { 200: settingsResponse, ...errorResponses(429) } } }, async () => ({
    signIn: Boolean(config.github.clientId && config.github.clientSecret),
    publicUrl: config.publicUrl,
    payloadUrl,
    features: FEATURES,
    defaultFeatures: DEFAULT_FEATURES,
    featureEvents: FEATURE_EVENTS,
    featureActions: Object.fromEntries(FEATURES.map((f) => [f, actionsOf(f)]).filter(([, actions]) => actions.length > 0)),
    /** Non-Microsoft origins the operator allowed as webhook targets (local fakes); the page accepts them too. */
    extraWebhookOrigins: config.extraWebhookOrigins,
  }));

  /** Who the bearer is; the operator also gets the webhook secret for the manual GitHub steps. */
  app.get('/api/teams/me', { schema: { tags, summary: 'Who the bearer is', response: { 200: meResponse, ...errorResponses(401) } } }, async (request, reply) => {
    const principal = await requirePrincipal(authorizer, request, reply);
    if (!principal) return reply;
    reply.header('cache-control', 'no-store');
    if (principal.kind === 'admin') return { kind: 'admin', webhookSecret: config.webhookSecrets[0] };
    if (principal.kind === 'github') return { kind: 'github', login: principal.login };
    return { kind: 'capability' };
  });

  /** The repositories the signed-in user administers, for the picker. */
  const repositories = { tags, summary: 'Repositories the signed-in user administers', response: { 200: repositoriesResponse, ...errorResponses(401, 403) } };
  app.get('/api/teams/repositories', { schema: repositories }, async (request, reply) => {
    const principal = await requirePrincipal(authorizer, request, reply);
    if (!principal) return reply;
    if (principal.kind !== 'github') {
      return reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: 'sign in with GitHub to list your repositories' });
    }
    return listAdministeredRepositories(githubClient(config.github.apiUrl, principal.token));
  });

  /** The link a channel's capability unlocks: how a reopened Teams config page finds its link. */
  const capabilityLink = { tags, summary: "The link of the bearer's capability", response: { 200: linkViewSchema, ...errorResponses(400, 401, 404) } };
  app.get('/api/teams/link', { schema: capabilityLink }, async (request, reply) => {
    const principal = await requirePrincipal(authorizer, request, reply);
    if (!principal) return reply;
    if (principal.kind !== 'capability') {
      return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message: 'send the link capability from the Teams configuration' });
    }
    const link = await links.get(principal.linkId);
    // Deleted (through any replica) since the capability was checked.
    if (!link) return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: 'the link of this capability no longer exists' });
    return linkView(link);
  });

  /** Posts a sample card to the link's channel, so the user sees the connection works. */
  const testCard = {
    tags,
    summary: "Post a sample card to the link's channel",
    params: linkIdParams,
    response: { 200: testCardResponse, ...errorResponses(400, 401, 403, 404, 429, 502) },
  };
  app.post<{ Params: { id: string } }>('/api/teams/links/:id/test-card', { schema: testCard }, async (request, reply) => {
    const principal = await requirePrincipal(authorizer, request, reply);
    if (!principal) return reply;
    const link = await requireLink({ links, authorizer }, principal, request.params.id, reply);
    if (!link) return reply;
    const result = await sendSampleCard(link, { limiter, dispatcher: agent, githubUrl: config.github.url });
    if (result.outcome === 'delivered') return { delivered: true, statusCode: result.statusCode };
    if (result.outcome === 'rate-limited') {
      const seconds = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
      // The page shows this after "The test card was not delivered: ".
      const why = result.byTeams
        ? 'Teams is throttling this channel'
        : 'This channel has had as many cards as Teams accepts for now (4 a second, 60 in 30 seconds, 100 an hour)';
      return reply
        .code(429)
        .header('retry-after', String(seconds))
        .send({ statusCode: 429, error: 'Too Many Requests', message: `${why}. Try again in ${seconds} s.` });
    }
    request.log.warn({ linkId: link.id, error: result.error }, 'test card not delivered');
    return reply.code(502).send({
      statusCode: 502,
      error: 'Bad Gateway',
      message: `Teams did not accept the card (${result.error ?? 'no answer'}). Check that the workflow or connector still exists.`,
    });
  });
}
