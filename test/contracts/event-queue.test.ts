/**
 * The queue contract against every implementation. To add one, add a line to IMPLEMENTATIONS:
 * a name and a factory (see harness.ts: `inProcess(() => open…)` for a one-process store).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { openPostgresQueue } from '../../src/queue/postgres-queue.js';
import { openSqliteQueue } from '../../src/queue/sqlite-queue.js';
import { createMemoryEventQueue } from '../helpers/memory-job-queue.js';
import { eventQueueContract, type EventQueueFactory } from './event-queue.contract.js';
import { inProcess, onPostgres } from './harness.js';

const IMPLEMENTATIONS: Array<[string, EventQueueFactory]> = [
  ['postgres', (t, { now }) => onPostgres(t, (db) => openPostgresQueue(db, { now }), (q) => q.close())],
  ['sqlite', inProcess(({ now }) => openSqliteQueue(':memory:', { now }), (q) => q.close())],
  // A file: writes then go through the queue's writer thread, which an in-memory store cannot use.
  [
    'sqlite-file',
    (t, { now }) => {
      const dir = mkdtempSync(join(tmpdir(), 'gtb-contract-'));
      t.teardown(() => rmSync(dir, { recursive: true, force: true }));
      return inProcess(({ now }: { now: () => number }) => openSqliteQueue(join(dir, 'events.sqlite'), { now }), (q) => q.close())(t, { now });
    },
  ],
  ['memory-job-queue', inProcess(({ now }) => createMemoryEventQueue({ now }))],
];

for (const [name, factory] of IMPLEMENTATIONS) eventQueueContract(t, name, factory);
