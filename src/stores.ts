import { join } from 'node:path';
import type { Config } from './config.js';
import { openLowdbLinkStore } from './links/lowdb-link-store.js';
import type { LinkStore } from './links/link.js';
import type { EventQueue } from './queue/event-queue.js';
import { openSqliteEventQueue } from './queue/sqlite-event-queue.js';
import { createSecretBox } from './util/secret-box.js';

export interface Stores {
  links: LinkStore;
  queue: EventQueue;
}

/** The embedded stores under DATA_DIR: links in lowdb, events and jobs in SQLite. */
export async function openStores(config: Pick<Config, 'dataDir' | 'encryptionKey'>): Promise<Stores> {
  const links = await openLowdbLinkStore(join(config.dataDir, 'links.json'), createSecretBox(config.encryptionKey));
  const queue = openSqliteEventQueue(join(config.dataDir, 'events.sqlite'));
  return { links, queue };
}
