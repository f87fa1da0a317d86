import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { buildApp, type JobSink } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { RateLimiter } from '../../src/delivery/rate-limiter.js';
import type { HttpLimits } from '../../src/http-limits.js';
import type { PeopleStore } from '../../src/people/people-store.js';
import type { Job } from '../../src/queue/event-queue.js';
import { openStores, type Stores } from '../../src/stores.js';

export const TEST_SECRET = "It's a Secret to Everybody";
export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export interface TestApp extends Stores {
  app: FastifyInstance;
  config: Config;
  url: string;
  /** Jobs handed to the worker (when no real worker is given). */
  enqueued: Job[];
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  dataDir?: string;
  logger?: FastifyBaseLogger;
  /** Shorter timeouts or a lower connection cap than production's. */
  limits?: Partial<HttpLimits>;
  /** `limiter` is the app's rate governor (the test card's); pass it as the worker's `limiter` option to share it, as the server does. */
  worker?: (stores: Stores, config: Config, limiter: RateLimiter) => JobSink & { stop?(ms?: number): Promise<void>; start?(): void };
  /** The people directory for `/api/people` (the caller closes it). */
  people?: PeopleStore;
}

/** The production app on real stores in a temp DATA_DIR, listening on loopback. */
export async function startTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'gtb-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    GITHUB_WEBHOOK_SECRET: TEST_SECRET,
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    LOG_LEVEL: 'silent',
    ...opts.env,
  });
  const stores = await openStores(config);
  const enqueued: Job[] = [];
  const limiter = new RateLimiter();
  const worker = opts.worker?.(stores, config, limiter) ?? { enqueue: (jobs: Job[]) => void enqueued.push(...jobs) };
  worker.start?.();
  const app = await buildApp({ config, ...stores, worker, logger: opts.logger, limiter, limits: opts.limits, people: opts.people });
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
    async close() {
      await app.close();
      await (worker as { stop?(ms?: number): Promise<void> }).stop?.(2000);
      await stores.queue.close();
      await stores.links.close();
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function adminHeaders(extra: Record<string, string> = {}) {
  return { authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'content-type': 'application/json', ...extra };
}
