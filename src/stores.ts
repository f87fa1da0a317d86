import { join } from 'node:path';
import type { Config } from './config.js';
import { openLowdbLinkStore } from './links/lowdb-link-store.js';
import type { LinkStore } from './links/link.js';
import type { EventQueue } from './queue/event-queue.js';
import { openSqliteEventQueue } from './queue/sqlite-event-queue.js';
import { secureDataDir } from './util/data-dir.js';
import { createSecretBox } from './util/secret-box.js';

export interface Stores {
  links: LinkStore;
  queue: EventQueue;
}

/**
 * The embedded stores under DATA_DIR: links in lowdb, events and jobs in SQLite. DATA_DIR is
 * made private first (or a DataDirError says why it cannot be).
 */
export async function openStores(config: Pick<Config, 'dataDir' | 'encryptionKey'>): Promise<Stores> {
  secureDataDir(config.dataDir);
  const links = await openLowdbLinkStore(join(config.dataDir, 'links.json'), createSecretBox(config.encryptionKey));
  const queue = openSqliteEventQueue(join(config.dataDir, 'events.sqlite'));
  return { links, queue };
}
