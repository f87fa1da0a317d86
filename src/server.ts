import { buildApp } from './app.js';
import { renderEvent } from './cards/render.js';
import { createCardSource } from './delivery/card-source.js';
import { ConfigError, loadConfig } from './config.js';
import { createDelivery } from './delivery/delivery-service.js';
import { RateLimiter } from './delivery/rate-limiter.js';
import { firstRunBanner } from './first-run-banner.js';
import { createLogger } from './logger.js';
import { BridgeMetrics } from './metrics/bridge-metrics.js';
import { openPeopleCache } from './people/people-cache.js';
import { systemClock } from './delivery/clock.js';
import { createPruner } from './queue/retention.js';
import { shutdown } from './shutdown.js';
import { openStores } from './stores.js';
import { DataDirError } from './util/data-dir.js';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const stores = await openStores(config).catch((err: unknown) => {
    if (!config.database || err instanceof DataDirError) throw err;
    // The operator's to fix, like a bad variable: one line, and never the URL's password.
    const url = new URL(config.database.url);
    console.error(`Cannot open the database of DATABASE_URL (${url.host}${url.pathname}): ${(err as Error).message}`);
    process.exit(1);
  });
  const logger = createLogger(config);
  // One governor of Teams' windows for the worker and the test card: both post to the same webhooks.
  const limiter = new RateLimiter();
  // One registry: the worker counts deliveries into it, the app serves it at /metrics.
  const metrics = new BridgeMetrics();
  const people = await openPeopleCache(stores.people, (err) => logger.warn({ err }, 'could not refresh the people directory'));
  const worker = createDelivery({
    mentions: people,
    githubUrl: config.github.url,
    jobs: stores.jobs,
    links: stores.links,
    logger: logger.child({ component: 'delivery' }),
    options: { ...config.delivery, leaseMs: config.leaseMs, limiter, observer: metrics },
  });
  // The console's previews render as the worker does, mentions included.
  const cards = createCardSource({ queue: stores.jobs, render: renderEvent, githubUrl: config.github.url, people });
  const app = await buildApp({ config, stores, worker, logger, limiter, people: stores.people, cards, metrics });
  worker.start();
  const pruner =
    config.retentionMs === undefined
      ? undefined
      : createPruner({ store: stores.retention, retentionMs: config.retentionMs, clock: systemClock, logger: logger.child({ component: 'retention' }) });

  let stopping = false;
  const onSignal = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    // The app first (nothing new acknowledged), then the worker (posts finish, leases released), then the stores.
    people.close();
    // The pruner before the stores: a pass in progress ends after its batch.
    process.exit(await shutdown(app, worker, pruner ? [pruner, stores] : [stores]));
  };
  process.on('SIGTERM', () => void onSignal('SIGTERM'));
  process.on('SIGINT', () => void onSignal('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  pruner?.start();
  if (config.generated.length) process.stdout.write(firstRunBanner(config));
  else app.log.info(`webhook payload URL: ${config.publicUrl}/api/github/webhooks`);
}

main().catch((err) => {
  // A problem in DATA_DIR is the operator's to fix, and its message says how: no stack trace.
  console.error(err instanceof DataDirError ? err.message : err);
  process.exit(1);
});
