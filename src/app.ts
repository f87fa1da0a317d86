import { STATUS_CODES } from 'node:http';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RouteOptions } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { Authorizer } from './auth/principal.js';
import type { GitHubEvent, RenderOptions } from './cards/card.js';
import galleryRoutes from './cards/gallery-route.js';
import { renderEvent, specOf } from './cards/render.js';
import type { Config } from './config.js';
import { capConnections } from './connection-cap.js';
import consoleRoute from './console/console-route.js';
import { createCardSource, type CardSource } from './delivery/card-source.js';
import type { RateLimiter } from './delivery/rate-limiter.js';
import { featureOf } from './github/event-catalog.js';
import { routeEvent } from './github/route-event.js';
import webhookRoutes from './github/webhook-route.js';
import { openLinkCache, writeThrough, type LinkCache } from './links/link-cache.js';
import linkRoutes from './links/link-routes.js';
import type { LinkStore } from './links/link-store.js';
import peopleRoutes from './people/people-routes.js';
import type { PeopleStore } from './people/people-store.js';
import deliveryRoutes from './queue/delivery-routes.js';
import incomingRoutes from './queue/incoming-routes.js';
import linkBacklogRoutes from './queue/link-backlog-routes.js';
import type { Job } from './queue/records.js';
import healthRoutes from './health-routes.js';
import { registerOpenApi } from './http/openapi.js';
import { BridgeMetrics } from './metrics/bridge-metrics.js';
import metricsRoutes from './metrics/metrics-route.js';
import type { Stores } from './stores.js';
import { HTTP_LIMITS, type HttpLimits } from './http-limits.js';
import { createTeamsAuth, registerTeamsExperience } from './teams/teams-experience.js';
import { PUBLIC_DIR } from './util/paths.js';

/** A card applies when the renderer's dispatch and content checks accept the event. */
export function decide(event: GitHubEvent, options: RenderOptions) {
  const spec = specOf(event, options);
  return 'ignored' in spec ? spec : { summary: spec.summary };
}

/** This replica's worker, as ingest sees it: a hint that jobs were stored (the store wakes their holder anyway). */
export interface JobSink {
  enqueue(jobs: Job[]): void;
}

export interface AppDeps {
  config: Config;
  stores: Pick<Stores, 'events' | 'jobs' | 'deliveries' | 'incoming' | 'links' | 'auth' | 'ping'>;
  worker: JobSink;
  authorizer?: Authorizer;
  /** The worker's rate governor, which the test card shares; one of its own when left out. */
  limiter?: RateLimiter;
  /** Renders the console's card previews; the server passes one that mentions people. One without mentions when left out. */
  cards?: CardSource;
  /** The people directory behind `/api/people`; the routes are there only when it is given. */
  people?: PeopleStore;
  /** A pino logger shared with the worker; tests leave it out for silence. */
  logger?: FastifyBaseLogger;
  /** Tests shorten the timeouts and the connection cap; production uses HTTP_LIMITS and MAX_CONNECTIONS. */
  limits?: Partial<HttpLimits>;
  /** The registry `/metrics` serves, which the worker reports to as well; one of its own when left out. */
  metrics?: BridgeMetrics;
  /** Told of every route as it is registered, before any plugin (tests check the API description covers them). */
  onRoute?: (route: RouteOptions) => void;
}

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    /** The link store, whose writes resolve once this replica's routing cache holds them. */
    links: LinkStore;
    /** Every link in memory, for routing: opened with the app, closed with it. */
    linkCache: LinkCache;
    authorizer: Authorizer;
  }
}

/** A hop count means "the last N hops are proxies"; Fastify's types take it as a function. */
function trustProxyOption(trust: Config['trustProxy']) {
  return typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;
}

/**
 * Builds the Fastify app from its stores; starting, listening and shutting down belong to
 * server.ts, so tests build the same app on their own stores.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const limits: HttpLimits = { ...HTTP_LIMITS, maxConnections: deps.config.maxConnections, ...deps.limits };
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }),
    trustProxy: trustProxyOption(deps.config.trustProxy),
    // Unknown fields are an error the caller should hear about, not something to drop silently.
    ajv: { customOptions: { removeAdditional: false } },
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionTimeout: limits.socketIdleTimeoutMs,
    http: {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.deadlineCheckIntervalMs,
    },
    // Idle keep-alive connections close with the server; busy ones get shutdown.ts's grace.
    forceCloseConnections: 'idle',
  }) as unknown as FastifyInstance;
  capConnections(app.server, limits.maxConnections);
  if (deps.onRoute) app.addHook('onRoute', deps.onRoute);
  const { stores } = deps;
  const cache = await openLinkCache(stores.links, (err, id) => app.log.error({ err, linkId: id }, 'could not read a changed link; routing keeps its old version'));
  app.addHook('onClose', async () => cache.close());
  const links = writeThrough(stores.links, cache);
  const teamsAuth = createTeamsAuth(deps.config, links, stores.auth);
  const authorizer = deps.authorizer ?? teamsAuth.authorizer;
  app.decorate('config', deps.config);
  app.decorate('links', links);
  app.decorate('linkCache', cache);
  app.decorate('authorizer', authorizer);

  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const statusCode = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (statusCode >= 500) {
      request.log.error({ err: error }, 'request failed');
      // 503 tells GitHub (and its redeliver button) that nothing was acknowledged.
      return reply.code(503).send({ statusCode: 503, error: 'Service Unavailable', message: 'temporarily unable to process the request' });
    }
    // The reason phrase, as Fastify's own 404 says it: an error's class name means nothing to a caller.
    return reply.code(statusCode).send({ statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message: error.message });
  });

  // Clients commonly send Content-Type: application/json on a bodiless DELETE; accept that.
  const jsonParser = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) =>
    body === '' ? done(null, undefined) : jsonParser(request, body as string, done),
  );

  const metrics = deps.metrics ?? new BridgeMetrics();
  metrics.readFrom({ jobCounts: () => stores.deliveries.countByStatus(), links: () => cache.all() });

  const enqueue = (jobs: Job[]) => deps.worker.enqueue(jobs);
  // Before the routes: it describes those registered after it.
  await registerOpenApi(app, { publicUrl: deps.config.publicUrl });
  await registerTeamsExperience(app, { config: deps.config, links, authorizer, sessions: teamsAuth.sessions, auth: stores.auth, limiter: deps.limiter });
  await app.register(healthRoutes, { ping: () => stores.ping() });
  await app.register(webhookRoutes, {
    secrets: deps.config.webhookSecrets,
    cache,
    links,
    events: stores.events,
    incoming: stores.incoming,
    enqueue,
    route: (event, routed) => routeEvent(event, routed, { featureOf, decide, githubUrl: deps.config.github.url }),
    observe: (event, outcome) => metrics.webhook(event, outcome),
    apiUrl: deps.config.github.apiUrl,
  });
  await app.register(metricsRoutes, { metrics, token: deps.config.metricsToken });
  await app.register(linkRoutes, {
    links,
    authorizer,
    extraWebhookOrigins: deps.config.extraWebhookOrigins,
    lifecycle: teamsAuth.lifecycle,
    deliveries: stores.deliveries,
  });
  if (deps.people) await app.register(peopleRoutes, { people: deps.people, authorizer });
  const cards = deps.cards ?? createCardSource({ queue: stores.jobs, render: renderEvent, githubUrl: deps.config.github.url });
  await app.register(deliveryRoutes, { deliveries: stores.deliveries, links, authorizer, cards });
  await app.register(linkBacklogRoutes, { deliveries: stores.deliveries, links, authorizer });
  await app.register(incomingRoutes, { incoming: stores.incoming, links, authorizer });
  await app.register(galleryRoutes);
  await app.register(consoleRoute);
  await app.register(fastifyStatic, { root: PUBLIC_DIR, prefix: '/', index: false, wildcard: false });
  return app;
}
