/** The console's DeliveryLog contract against every queue implementation (as event-queue.test.ts). */
import t from 'tap';
import { openPostgresQueue } from '../../src/queue/postgres-queue.js';
import { openSqliteQueue } from '../../src/queue/sqlite-queue.js';
import { createMemoryEventQueue } from '../helpers/memory-job-queue.js';
import { deliveryLogConsoleContract } from './delivery-log-console.contract.js';
import type { EventQueueFactory } from './event-queue.contract.js';
import { inProcess, onPostgres } from './harness.js';

const IMPLEMENTATIONS: Array<[string, EventQueueFactory]> = [
  ['postgres', (t, { now }) => onPostgres(t, (db) => openPostgresQueue(db, { now }), (q) => q.close())],
  ['sqlite', inProcess(({ now }) => openSqliteQueue(':memory:', { now }), (q) => q.close())],
  ['memory-job-queue', inProcess(({ now }) => createMemoryEventQueue({ now }))],
];

for (const [name, factory] of IMPLEMENTATIONS) deliveryLogConsoleContract(t, name, factory);
