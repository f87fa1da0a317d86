/**
 * The retention contract against both SQL queues. The in-memory fake of the queue does not
 * prune: nothing that uses it runs long enough to need it.
 */
import t from 'tap';
import { openPostgresQueue } from '../../src/queue/postgres-queue.js';
import { openSqliteQueue } from '../../src/queue/sqlite-queue.js';
import { inProcess, onPostgres } from './harness.js';
import { retentionContract, type RetentionFactory } from './retention-store.contract.js';

const IMPLEMENTATIONS: Array<[string, RetentionFactory]> = [
  ['postgres', (t, { now }) => onPostgres(t, (db) => openPostgresQueue(db, { now }), (q) => q.close())],
  ['sqlite', inProcess(({ now }) => openSqliteQueue(':memory:', { now }), (q) => q.close())],
];

for (const [name, factory] of IMPLEMENTATIONS) retentionContract(t, name, factory);
