/**
 * The pruner (src/queue/retention.ts) over the real SQLite queue: its passes on a fake clock,
 * how it stops, how it survives a failed pass, and that an ingest issued during a long pass is
 * stored before the pass ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import { openSqliteQueue, type SqliteQueue } from '../../src/queue/sqlite-queue.js';
import { createPruner, type PassResult } from '../../src/queue/retention.js';
import type { RetentionStore } from '../../src/queue/retention-store.js';
import { createFakeClock, type FakeClock } from '../helpers/fake-clock.js';
import { waitFor } from '../helpers/wait-for.js';

const DAY = 86_400_000;
const RETENTION = 30 * DAY;
const EVERY = 10 * 60_000;
/** What retention added to the SQLite schema. */
const RETENTION_INDEXES = ['jobs_finished', 'jobs_event', 'events_received'];

/** `count` events of one delivered job each, received and delivered at `at`. */
async function delivered(q: SqliteQueue, count: number, at: number, tag: string) {
  await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const { jobs } = await q.ingest({ delivery: `${tag}-${i}`, name: 'push', payload: '{"ref":"refs/heads/main"}', receivedAt: at }, [
        { linkId: 'l', target: 't', summary: 's' },
      ]);
      await q.record({ jobId: jobs[0]!.id, linkId: 'l', target: 't', startedAt: at, durationMs: 10, statusCode: 200, outcome: 'delivered' });
    }),
  );
}

function logs() {
  const lines: Array<{ level: string; obj: Record<string, unknown>; msg: string }> = [];
  const at = (level: string) => (obj: object, msg: string) => void lines.push({ level, obj: obj as Record<string, unknown>, msg });
  return { lines, logger: { info: at('info'), error: at('error') } };
}

function setUp(t: Test, store?: (q: SqliteQueue) => RetentionStore) {
  const clock = createFakeClock(Date.UTC(2026, 0, 1));
  const q = openSqliteQueue(':memory:', { now: clock.now });
  t.teardown(() => q.close());
  const log = logs();
  const pruner = createPruner({ store: store ? store(q) : q, retentionMs: RETENTION, clock, logger: log.logger, everyMs: EVERY, firstAfterMs: 1_000, batch: 2 });
  t.teardown(() => pruner.close());
  return { clock, q, pruner, ...log };
}


/** Fires the clock's timers up to `ms` from now, then waits for the pass they started to be logged. */
async function passAfter(clock: FakeClock, ms: number, lines: unknown[], count: number) {
  await clock.run(ms);
  await waitFor(() => lines.length >= count, `${count} log line(s)`);
}

t.test('passes run after the first delay, then every everyMs, pruning what is older than the retention', async (t) => {
  const { clock, q, pruner, lines } = setUp(t);
  const t0 = clock.now();
  await delivered(q, 5, t0, 'old');
  clock.advance(RETENTION + 1);
  await delivered(q, 3, clock.now(), 'young');
  pruner.start();
  pruner.start();
  t.equal(clock.pending, 1, 'one timer, however often start is called');
  await clock.run(999);
  t.equal(await q.eventCount(), 8, 'nothing before the first delay');
  await passAfter(clock, 1, lines, 1);
  t.match(lines[0], { level: 'info', msg: 'pruned finished deliveries older than RETENTION_DAYS', obj: { events: 5, jobs: 5, attempts: 5, batches: 3 } });
  t.equal(lines[0]!.obj.before, new Date(t0 + 1 + 1_000).toISOString(), 'the cut-off is the pass time less the retention');
  t.equal(await q.eventCount(), 3, 'the young events stay');

  await clock.run(EVERY - 1);
  t.equal(lines.length, 1, 'no pass before everyMs');
  clock.advance(RETENTION);
  await passAfter(clock, EVERY, lines, 2);
  t.match(lines[1]!.obj, { events: 3, jobs: 3, attempts: 3 });
  t.equal(await q.eventCount(), 0);
  await clock.run(EVERY);
  t.equal(lines.length, 2, 'a pass that deletes nothing says nothing');
  t.equal(clock.pending, 1, 'and the next one is scheduled');
});

t.test('a failed pass is logged and the next one runs on time', async (t) => {
  let failures = 1;
  const { clock, q, pruner, lines } = setUp(t, (q) => ({
    prune: (before, batch) => (failures-- > 0 ? Promise.reject(new Error('database is locked')) : q.prune(before, batch)),
  }));
  await delivered(q, 1, clock.now(), 'old');
  clock.advance(RETENTION + 1);
  pruner.start();
  await passAfter(clock, 1_000, lines, 1);
  t.match(lines[0], { level: 'error', msg: 'pruning failed; the next pass tries again', obj: { err: { message: 'database is locked' } } });
  await passAfter(clock, EVERY, lines, 2);
  t.match(lines[1], { level: 'info', obj: { events: 1 } });
});

t.test('close stops a pass after its batch and schedules nothing more', async (t) => {
  let calls = 0;
  let closing: Promise<void> | undefined;
  const { clock, q, pruner } = setUp(t, (q) => ({
    prune: async (before, batch) => {
      // The first batch asks the pruner to stop while it runs.
      if (++calls === 1) closing = pruner.close();
      return q.prune(before, batch);
    },
  }));
  await delivered(q, 6, clock.now(), 'old');
  clock.advance(RETENTION + DAY);
  const pass = await pruner.runPass();
  await closing;
  t.same(pass, { events: 2, jobs: 2, attempts: 2, batches: 1 }, 'one batch, then it stopped');
  t.equal(await q.eventCount(), 4);
  pruner.start();
  t.equal(clock.pending, 0, 'no timer after close');
  await t.rejects(pruner.runPass(), /closed/);
});

t.test('an ingest issued during a pass of 10,000 rows in batches of 500 is stored before the pass ends', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'gtb-retention-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  let now = Date.UTC(2026, 0, 1);
  const q = openSqliteQueue(join(dir, 'events.sqlite'), { now: () => now });
  t.teardown(() => q.close());
  for (let i = 0; i < 10; i++) await delivered(q, 1_000, now, `old-${i}`);
  now += RETENTION + DAY;
  const clock = { ...createFakeClock(now), now: () => now };
  const order: string[] = [];
  let batches = 0;
  const pruner = createPruner({
    store: { prune: (before, batch) => (batches++, q.prune(before, batch)) },
    retentionMs: RETENTION,
    clock,
    logger: logs().logger,
    batch: 500,
  });
  const pass = pruner.runPass().then((r: PassResult) => (order.push('pass'), r));
  const stored = q.ingest({ delivery: 'during', name: 'push', payload: '{}', receivedAt: now }, [{ linkId: 'l', target: 't', summary: 's' }]).then((r) => {
    order.push(`ingest after ${batches} of 21 batches`);
    return r;
  });
  const [result, ingested] = await Promise.all([pass, stored]);
  t.same(result, { events: 10_000, jobs: 10_000, attempts: 10_000, batches: 21 });
  t.equal(ingested.duplicate, false);
  t.equal(order.length, 2);
  t.match(order[0], /^ingest after \d+ of 21 batches$/, `${order[0]}, then the pass ended`);
  t.ok(batches >= 20, 'the pass then went on');
  t.equal(await q.eventCount(), 1);
});

t.test('a SQLite store of the previous version gets the retention indexes when opened, and prunes', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'gtb-retention-upgrade-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'events.sqlite');
  const old = openSqliteQueue(file, { now: () => 0 });
  await delivered(old, 3, 0, 'before-upgrade');
  await old.close();
  const raw = new Database(file);
  for (const index of RETENTION_INDEXES) raw.exec(`DROP INDEX ${index}`);
  raw.close();

  const q = openSqliteQueue(file, { now: () => RETENTION + DAY });
  t.teardown(() => q.close());
  t.same(await q.prune(DAY, 10), { events: 3, jobs: 3, attempts: 3 });
  const check = new Database(file, { readonly: true });
  const names = check.prepare(`SELECT name FROM sqlite_master WHERE type = 'index'`).pluck().all();
  check.close();
  for (const index of RETENTION_INDEXES) t.ok(names.includes(index), index);
});
