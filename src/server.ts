import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createDelivery } from './delivery/delivery-service.js';
import { firstRunBanner } from './first-run-banner.js';
import { createLogger } from './logger.js';
import { openStores } from './stores.js';
import { DataDirError } from './util/data-dir.js';

/** How long SIGTERM waits for in-flight posts to Teams before closing the stores. */
const SHUTDOWN_GRACE_MS = 10_000;

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
  const { links, queue } = await openStores(config);
  const logger = createLogger(config);
  const worker = createDelivery({
    githubUrl: config.github.url,
    queue,
    links,
    logger: logger.child({ component: 'delivery' }),
    options: config.delivery,
  });
  const app = await buildApp({ config, links, queue, worker, logger });
  worker.start();

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await worker.stop(SHUTDOWN_GRACE_MS);
    await queue.close();
    await links.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  if (config.generated.length) process.stdout.write(firstRunBanner(config));
  else app.log.info(`webhook payload URL: ${config.publicUrl}/api/github/webhooks`);
}

main().catch((err) => {
  // A problem in DATA_DIR is the operator's to fix, and its message says how: no stack trace.
  console.error(err instanceof DataDirError ? err.message : err);
  process.exit(1);
});
