/**
 * The LinkStore contract against every implementation. To add one, add a line to
 * IMPLEMENTATIONS: a name and a factory (see harness.ts: `inProcess(() => open…)`).
 */
import { randomBytes } from 'node:crypto';
import t from 'tap';
import { openPostgresLinkStore } from '../../src/links/postgres-link-store.js';
import { createSecretBox } from '../../src/util/secret-box.js';
import { onPostgres } from './harness.js';
import { linkStoreContract, type LinkStoreFactory } from './link-store.contract.js';

const box = createSecretBox(randomBytes(32));

const IMPLEMENTATIONS: Array<[string, LinkStoreFactory]> = [
  ['postgres', (t) => onPostgres(t, (db) => openPostgresLinkStore(db, box), (links) => links.close())],
];

for (const [name, factory] of IMPLEMENTATIONS) linkStoreContract(t, name, factory);
