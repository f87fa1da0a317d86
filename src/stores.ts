import { join } from 'node:path';
import { createMemoryAuthStores } from './auth/memory-auth-stores.js';
import type { AuthStores } from './auth/auth-stores.js';
import { postgresAuthStores } from './auth/postgres-auth-stores.js';
import type { Config } from './config.js';
import { openPostgres } from './db/postgres.js';
import type { LinkStore } from './links/link-store.js';
import { openLowdbLinkStore } from './links/lowdb-link-store.js';
import { openPostgresLinkStore } from './links/postgres-link-store.js';
import { targetKeyOf } from './links/target-key.js';
import { openLowdbPeopleStore } from './people/lowdb-people-store.js';
import type { PeopleStore } from './people/people-store.js';
import { openPostgresPeopleStore } from './people/postgres-people-store.js';
import type { DeliveryLog } from './queue/delivery-log.js';
import type { EventStore } from './queue/event-store.js';
import type { IncomingLog } from './queue/incoming-log.js';
import type { JobQueue } from './queue/job-queue.js';
import { openPostgresIncomingLog } from './queue/postgres-incoming-log.js';
import { openPostgresQueue } from './queue/postgres-queue.js';
import type { RetentionStore } from './queue/retention-store.js';
import { openSqliteIncomingLog } from './queue/sqlite-incoming-log.js';
import { openSqliteQueue } from './queue/sqlite-queue.js';
import { secureDataDir } from './util/data-dir.js';
import { createSecretBox } from './util/secret-box.js';

/** Everything the service stores, split by who uses it (docs/architecture.md). */
export interface Stores {
  events: EventStore;
  jobs: JobQueue;
  deliveries: DeliveryLog;
  /** What RETENTION_DAYS prunes (src/queue/retention.ts). */
  retention: RetentionStore;
  /** Every signed webhook answered and what was done with it (the console's "Incoming"). */
  incoming: IncomingLog;
  links: LinkStore;
  auth: AuthStores;
  /** GitHub login → Teams user, for mentions. */
  people: PeopleStore;
  /** Resolves when the database answers: the readiness probe. */
  ping(): Promise<void>;
  /** Closes the queue, then the links, then the connection they share. */
  close(): Promise<void>;
}

export type StoresConfig = Pick<Config, 'dataDir' | 'encryptionKey' | 'database'>;

/**
 * The embedded stores under DATA_DIR (events and jobs in SQLite, links in lowdb, sign-ins in
 * memory), or with DATABASE_URL all of them in one PostgreSQL that every replica shares, over
 * one pool. DATA_DIR is made private first either way (or a DataDirError says why it cannot be):
 * it may hold secrets.json.
 */
export async function openStores(config: StoresConfig): Promise<Stores> {
  secureDataDir(config.dataDir);
  const box = createSecretBox(config.encryptionKey);
  if (config.database) {
    const db = await openPostgres({ url: config.database.url, poolSize: config.database.poolSize });
    try {
      const queue = await openPostgresQueue(db);
      const [links, people] = await Promise.all([openPostgresLinkStore(db, box), openPostgresPeopleStore(db)]).catch(async (err: unknown) => {
        await queue.close();
        throw err;
      });
      return assemble(queue, openPostgresIncomingLog(db), links, people, postgresAuthStores(db), () => db.close());
    } catch (err) {
      await db.close();
      throw err;
    }
  }
  const links = await openLowdbLinkStore(join(config.dataDir, 'links.json'), box);
  const people = await openLowdbPeopleStore(join(config.dataDir, 'people.json'));
  // A store from before targets existed files its waiting jobs under their link's webhook.
  const targets = new Map((await links.list()).map((l) => [l.id, targetKeyOf(l.webhookUrl)]));
  const queue = openSqliteQueue(join(config.dataDir, 'events.sqlite'), { targetOf: (id) => targets.get(id) });
  return assemble(queue, openSqliteIncomingLog(join(config.dataDir, 'incoming.sqlite')), links, people, createMemoryAuthStores());
}

/** One queue serves ingest, the worker and the API; closing goes incoming log, queue, links, people, connection. */
function assemble(
  queue: EventStore & JobQueue & DeliveryLog & RetentionStore & { close(): Promise<void> },
  incoming: IncomingLog,
  links: LinkStore,
  people: PeopleStore,
  auth: AuthStores,
  closeConnection: () => Promise<void> = async () => undefined,
): Stores {
  return {
    events: queue,
    jobs: queue,
    deliveries: queue,
    retention: queue,
    incoming,
    links,
    auth,
    people,
    ping: () => queue.ping(),
    async close() {
      await incoming.close();
      await queue.close();
      await links.close();
      await people.close();
      await closeConnection();
    },
  };
}
