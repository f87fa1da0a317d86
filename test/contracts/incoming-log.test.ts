/** The IncomingLog contract against every implementation. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { openPostgresIncomingLog } from '../../src/queue/postgres-incoming-log.js';
import { openSqliteIncomingLog } from '../../src/queue/sqlite-incoming-log.js';
import { inProcess, onPostgres } from './harness.js';
import { incomingLogContract, type IncomingLogFactory } from './incoming-log.contract.js';

const IMPLEMENTATIONS: Array<[string, IncomingLogFactory]> = [
  ['postgres', (t, { keep }) => onPostgres(t, async (db) => openPostgresIncomingLog(db, { keep }), (log) => log.close())],
  ['sqlite', inProcess(({ keep }) => openSqliteIncomingLog(':memory:', { keep }), (log) => log.close())],
  [
    'sqlite-file',
    async (t, { keep }) => {
      const dir = mkdtempSync(join(tmpdir(), 'gtb-incoming-'));
      t.teardown(() => rmSync(dir, { recursive: true, force: true }));
      return inProcess(() => openSqliteIncomingLog(join(dir, 'incoming.sqlite'), { keep }), (log) => log.close())(t);
    },
  ],
];

for (const [name, factory] of IMPLEMENTATIONS) incomingLogContract(t, name, factory);
