/**
 * The LinkStore contract against every implementation. To add one, add a line to
 * IMPLEMENTATIONS: a name and a factory (see harness.ts: `inProcess(() => open…)`).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { openLowdbLinkStore } from '../../src/links/lowdb-link-store.js';
import { openPostgresLinkStore } from '../../src/links/postgres-link-store.js';
import { createSecretBox } from '../../src/util/secret-box.js';
import { createMemoryLinkStore } from '../helpers/memory-link-store.js';
import { inProcess, onPostgres } from './harness.js';
import { linkStoreContract, type LinkStoreFactory } from './link-store.contract.js';

const box = createSecretBox(randomBytes(32));

const IMPLEMENTATIONS: Array<[string, LinkStoreFactory]> = [
  ['postgres', (t) => onPostgres(t, (db) => openPostgresLinkStore(db, box), (links) => links.close())],
  [
    'lowdb',
    (t) => {
      const dir = mkdtempSync(join(tmpdir(), 'gtb-links-contract-'));
      t.teardown(() => rmSync(dir, { recursive: true, force: true }));
      return inProcess(() => openLowdbLinkStore(join(dir, 'links.json'), box), (links) => links.close())(t);
    },
  ],
  ['memory-link-store', inProcess(() => createMemoryLinkStore(), (links) => links.close())],
];

for (const [name, factory] of IMPLEMENTATIONS) linkStoreContract(t, name, factory);
