import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import tap from 'tap';
import { buildApp, type AppDeps, type JobSink } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { openPostgres } from '../../src/db/postgres.js';
import { RateLimiter } from '../../src/delivery/rate-limiter.js';
import type { HttpLimits } from '../../src/http-limits.js';
import { BridgeMetrics } from '../../src/metrics/bridge-metrics.js';
import type { LinkStore } from '../../src/links/link-store.js';
import type { PeopleStore } from '../../src/people/people-store.js';
import type { Job } from '../../src/queue/records.js';
import { openStores, type Stores } from '../../src/stores.js';
import { dropSchema, TEST_DATABASE_URL, testSchemaName } from './postgres.js';

export const TEST_SECRET = "It's a Secret to Everybody";
export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
/** Replicas on one database must share it (the sealed webhook URLs and sessions). */
export const TEST_ENCRYPTION_KEY = 'cd'.repeat(32);

export interface TestApp extends Omit<Stores, 'links'> {
  app: FastifyInstance;
  config: Config;
  url: string;
  /** The app's link store: a write resolves once the app routes by it. */
  links: LinkStore;
  stores: Stores;
  /** Jobs handed to the worker (when no real worker is given). */
  enqueued: Job[];
  close(): Promise<void>;
}

/** A PostgreSQL schema to run on, as testPostgres(t) gives (`url` and `schema`). */
export interface TestDatabase {
  url: string;
  schema: string;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  dataDir?: string;
  logger?: FastifyBaseLogger;
  /** Shorter timeouts or a lower connection cap than production's. */
  limits?: Partial<HttpLimits>;
  /**
   * Runs on PostgreSQL in this schema (DATABASE_URL mode); several apps given one schema act as
   * replicas. Without it the embedded stores, unless `TEST_STORES=postgres` asks for a fresh
   * schema of the machine's PostgreSQL (dropped at close) for every app.
   */
  database?: TestDatabase;
  /**
   * `limiter` is the app's rate governor (the test card's); pass it as the worker's `limiter` option to share it, as the server does.
   * `metrics` is the registry the app serves at /metrics; pass it as the worker's `observer` to count its deliveries.
   */
  worker?: (stores: Stores, config: Config, limiter: RateLimiter, metrics: BridgeMetrics) => JobSink & { stop?(ms?: number): Promise<void>; start?(): void };
  /** The people directory for `/api/people` (the caller closes it). */
  people?: PeopleStore;
  /** Told of every route the app registers (AppDeps.onRoute). */
  onRoute?: AppDeps['onRoute'];
}

/** DATABASE_URL for one schema: the server takes the search path from the URL, as an operator's would. */
export function databaseUrl(db: TestDatabase): string {
  const url = new URL(db.url);
  url.searchParams.set('options', `-c search_path=${db.schema}`);
  return url.toString();
}

/**
 * With TEST_STORES=postgres, the schema standing in for DATA_DIR: an app given a `dataDir` is a
 * restart of that installation and finds the schema its predecessor wrote (dropped when the test
 * file ends, as the caller's directory outlives the app); any other app gets a fresh schema,
 * dropped at its close. Undefined on the embedded stores.
 */
const installations = new Map<string, TestDatabase>();
async function ownDatabase(dataDir: string | undefined): Promise<{ db: TestDatabase; drop(): Promise<void> } | undefined> {
  if (process.env.TEST_STORES !== 'postgres') return undefined;
  const known = dataDir === undefined ? undefined : installations.get(dataDir);
  if (known) return { db: known, drop: async () => undefined };
  const schema = testSchemaName();
  await (await openPostgres({ url: TEST_DATABASE_URL, schema, poolSize: 1 })).close();
  const db = { url: TEST_DATABASE_URL, schema };
  if (dataDir === undefined) return { db, drop: () => dropSchema(schema) };
  installations.set(dataDir, db);
  tap.teardown(() => dropSchema(schema));
  return { db, drop: async () => undefined };
}

/** The production app on real stores in a temp DATA_DIR (or PostgreSQL), listening on loopback. */
export async function startTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'gtb-'));
  const own = opts.database ? undefined : await ownDatabase(opts.dataDir);
  const database = opts.database ?? own?.db;
  const config = loadConfig({
    DATA_DIR: dataDir,
    GITHUB_WEBHOOK_SECRET: TEST_SECRET,
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    LOG_LEVEL: 'silent',
    ...(database && { DATABASE_URL: databaseUrl(database), DATABASE_POOL_SIZE: '4', ENCRYPTION_KEY: TEST_ENCRYPTION_KEY }),
    ...opts.env,
  });
  const stores = await openStores(config);
  const enqueued: Job[] = [];
  const limiter = new RateLimiter();
  const metrics = new BridgeMetrics();
  const worker = opts.worker?.(stores, config, limiter, metrics) ?? { enqueue: (jobs: Job[]) => void enqueued.push(...jobs) };
  worker.start?.();
  const app = await buildApp({ config, stores, worker, logger: opts.logger, limiter, limits: opts.limits, people: opts.people ?? stores.people, metrics, onRoute: opts.onRoute });
  // env.PORT lets a test fix the port up front, when PUBLIC_URL (OAuth callbacks, hook URLs) must name it.
  await app.listen({ port: opts.env?.PORT ? config.port : 0, host: '127.0.0.1' });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    app,
    config,
    url,
    enqueued,
    ...stores,
    stores,
    links: app.links,
    async close() {
      await app.close();
      await (worker as { stop?(ms?: number): Promise<void> }).stop?.(2000);
      await stores.close();
      await own?.drop();
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function adminHeaders(extra: Record<string, string> = {}) {
  return { authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'content-type': 'application/json', ...extra };
}
