/**
 * The PeopleStore contract against every implementation. To add one, add a line to
 * IMPLEMENTATIONS: a name and a factory that can also make the store's writes fail.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import type { Postgres } from '../../src/db/postgres.js';
import { openLowdbPeopleStore } from '../../src/people/lowdb-people-store.js';
import { openPostgresPeopleStore } from '../../src/people/postgres-people-store.js';
import { terminateListeners } from '../helpers/postgres.js';
import { inProcess, onPostgres } from './harness.js';
import { peopleStoreContract, type PeopleStoreFactory } from './people-store.contract.js';

const lowdb: PeopleStoreFactory = async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'gtb-people-'));
  t.teardown(() => rmSync(root, { recursive: true, force: true }));
  const dir = join(root, 'data');
  mkdirSync(dir);
  const h = (await inProcess(() => openLowdbPeopleStore(join(dir, 'people.json')), (people) => people.close())(t))!;
  return {
    ...h,
    // A file where DATA_DIR was: every write fails (ENOTDIR) whoever runs the test, root included.
    async refuseWrites() {
      renameSync(dir, `${dir}.away`);
      writeFileSync(dir, '');
      return async () => {
        rmSync(dir);
        renameSync(`${dir}.away`, dir);
      };
    },
  };
};

const postgres: PeopleStoreFactory = async (t) => {
  let db: Postgres | undefined;
  const h = await onPostgres(t, (on) => openPostgresPeopleStore((db ??= on)), (people) => people.close());
  if (!h || !db) return undefined;
  const { pool, channel } = db;
  return {
    ...h,
    async refuseWrites() {
      await pool.query('ALTER TABLE people ADD CONSTRAINT refuse_writes CHECK (false) NOT VALID');
      await pool.query(`CREATE RULE refuse_deletes AS ON DELETE TO people DO INSTEAD SELECT 1 / 0`);
      return async () => {
        await pool.query('ALTER TABLE people DROP CONSTRAINT refuse_writes');
        await pool.query('DROP RULE refuse_deletes ON people');
      };
    },
    async cutListener() {
      await terminateListeners(channel('bridge_people'));
    },
  };
};

const IMPLEMENTATIONS: Array<[string, PeopleStoreFactory]> = [
  ['lowdb', lowdb],
  ['postgres', postgres],
];

for (const [name, factory] of IMPLEMENTATIONS) peopleStoreContract(t, name, factory);
