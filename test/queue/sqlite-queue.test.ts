/**
 * What the queue contract cannot see of the SQLite queue: the file (reopening, an upgrade of a
 * store from before targets), the group commit under a burst, and storage failures.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { targetKeyOf } from '../../src/links/target-key.js';
import type { AttemptRecord, EventRecord, Job } from '../../src/queue/records.js';
import { openSqliteQueue, orphanTarget } from '../../src/queue/sqlite-queue.js';
import { mountSmallDisk } from '../helpers/small-disk.js';

const dbPath = () => join(mkdtempSync(join(tmpdir(), 'gtb-queue-')), 'events.sqlite');
const T = targetKeyOf('https://contoso.webhook.office.com/webhookb2/a/IncomingWebhook/b/c');
const event = (delivery: string, at = Date.now()): EventRecord => ({
  delivery,
  name: 'issues',
  action: 'opened',
  repository: 'o/r',
  payload: '{"action":"opened"}',
  receivedAt: at,
});
const job = (linkId: string) => ({ linkId, target: T, summary: `card for ${linkId}` });
const attempt = (j: Pick<Job, 'id' | 'linkId'>, over: Partial<AttemptRecord> = {}): AttemptRecord => ({
  jobId: j.id,
  linkId: j.linkId,
  target: T,
  startedAt: 1,
  durationMs: 1,
  statusCode: 200,
  outcome: 'delivered',
  ...over,
});

t.test('events, jobs and the duplicate rule survive a reopen; leases do not', async (t) => {
  const path = dbPath();
  const q = openSqliteQueue(path);
  const [first, again] = await Promise.all([q.ingest(event('d1'), [job('a'), job('b')]), q.ingest(event('d1'), [job('a')])]);
  t.equal(first.duplicate, false);
  t.equal(again.duplicate, true, 'a duplicate in the same group commit');
  t.same(await q.claim('before-restart', 60_000, 10), [T]);
  await q.close();
  const raw = new Database(path, { readonly: true });
  t.equal(raw.pragma('page_size', { simple: true }), 16384, 'pages hold a ~10 KB payload without overflow chains');
  t.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
  raw.close();
  const reopened = openSqliteQueue(path);
  t.equal((await reopened.ingest(event('d1'), [job('a')])).duplicate, true, 'duplicate after reopen');
  t.same((await reopened.openJobs(T)).map((j) => j.linkId), ['a', 'b'], 'open jobs survive a reopen');
  t.same(await reopened.claim('after-restart', 60_000, 10), [T], 'the process that held the target is gone: its lease went with it');
  t.same((await reopened.loadEvents([first.eventId!])).get(first.eventId!), { name: 'issues', payload: '{"action":"opened"}' });
  await reopened.ping();
  await reopened.close();
  await t.rejects(reopened.ingest(event('d2'), []), /closed/);
  await t.rejects(reopened.record(attempt(first.jobs[0]!)), /closed/);
  await t.rejects(reopened.ping(), /closed/, 'a closed store is not ready');
});

t.test('many concurrent ingests are grouped and all resolve durable', async (t) => {
  const path = dbPath();
  const q = openSqliteQueue(path);
  const results = await Promise.all(Array.from({ length: 500 }, (_, i) => q.ingest(event(`bulk-${i}`), [job('x')])));
  t.equal(results.filter((r) => !r.duplicate).length, 500);
  t.equal(new Set(results.map((r) => r.jobs[0]!.id)).size, 500);
  await q.close();
  const again = openSqliteQueue(path);
  t.equal((await again.openJobs(T, 0, 1000)).length, 500);
  t.equal(await again.eventCount(), 500);
  await again.close();
});

t.test('a store of the previous version keeps its backlog and rate history, each job on its link’s target', async (t) => {
  const path = dbPath();
  // The previous version's tables, as it created them, with a backlog.
  const old = new Database(path);
  old.pragma('journal_mode = WAL');
  old.exec(`
    CREATE TABLE events (id INTEGER PRIMARY KEY, delivery TEXT NOT NULL UNIQUE, name TEXT NOT NULL, action TEXT, repository TEXT, payload TEXT NOT NULL, received_at INTEGER NOT NULL);
    CREATE TABLE jobs (id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE, link_id TEXT NOT NULL, summary TEXT NOT NULL,
      status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL, created_at INTEGER NOT NULL, finished_at INTEGER, last_status INTEGER, last_error TEXT);
    CREATE INDEX jobs_open ON jobs(id) WHERE status IN ('queued', 'retrying');
    CREATE TABLE attempts (id INTEGER PRIMARY KEY, job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE, link_id TEXT NOT NULL, started_at INTEGER NOT NULL,
      duration_ms INTEGER NOT NULL, status_code INTEGER, error TEXT, outcome TEXT NOT NULL);
    CREATE TABLE write_probe (id INTEGER PRIMARY KEY CHECK (id = 1), at INTEGER NOT NULL);
    INSERT INTO events VALUES (1, 'old-1', 'issues', 'opened', 'o/r', '{}', 1000);
    INSERT INTO jobs (id, event_id, link_id, summary, status, attempts, next_attempt_at, created_at, finished_at, last_status)
      VALUES (1, 1, 'kept', 'done', 'delivered', 1, 1000, 1000, 1100, 200),
             (2, 1, 'kept', 'waiting', 'retrying', 1, 5000, 1000, NULL, 502),
             (3, 1, 'deleted', 'orphan', 'queued', 0, 1000, 1000, NULL, NULL);
    INSERT INTO attempts VALUES (1, 1, 'kept', 1050, 50, 200, NULL, 'delivered'), (2, 2, 'kept', 1060, 40, 502, 'HTTP 502', 'retry');
  `);
  old.close();
  const targets: Record<string, string> = { kept: T };

  const blind = openSqliteQueue(path);
  t.same(await blind.claim('w', 1000, 10), [], 'without a resolver, untargeted jobs wait');
  await blind.close();

  const q = openSqliteQueue(path, { targetOf: (id) => targets[id] });
  t.same((await q.openJobs(T)).map((j) => [j.id, j.summary, j.status]), [[2, 'waiting', 'retrying']], 'the open job of a known link is on its target');
  t.same((await q.openJobs(orphanTarget('deleted'))).map((j) => j.id), [3], 'a job of a deleted link gets a target of its own, to be dead-lettered');
  t.same(await q.sendsSince(T, 0), [1100, 1100], 'the old attempts count in the target’s windows');
  t.match(await q.getJob(1), { target: T, status: 'delivered' });
  t.match(await q.get(1), { status: 'delivered', attempts: [{ statusCode: 200 }] }, 'the delivery log reads the old rows');
  const { jobs } = await q.ingest(event('new-1'), [job('kept')]);
  t.equal(jobs[0]!.id, 4, 'new jobs follow the old ones');
  await q.record(attempt({ id: 2, linkId: 'kept' }, { startedAt: 6000 }));
  t.same((await q.requeue(2))?.attempts, 0, 'an old job requeues with a fresh budget');
  await q.close();
  const upgraded = new Database(path, { readonly: true });
  const indexes = upgraded.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'jobs'`).pluck().all();
  upgraded.close();
  t.notOk(indexes.includes('jobs_open'), 'the index no query reads is dropped, so ingests stop writing it');
  t.ok(indexes.includes('jobs_target_open'), 'the index the worker reads is there');
});

t.test('a write the store refuses fails only its own caller, and nothing escapes to crash the process', async (t) => {
  const q = openSqliteQueue(dbPath());
  const { jobs } = await q.ingest(event('d3'), [job('a')]);
  const good = q.record(attempt(jobs[0]!));
  // No such job, in the same group commit as the good one.
  const bad = q.record(attempt({ id: 999_999, linkId: 'a' }));
  // Settled together: a refused write is refused at once, while a good one waits for the log's sync.
  const [kept, refused] = await Promise.allSettled([good, bad]);
  t.equal(kept.status, 'fulfilled');
  t.match(refused, { status: 'rejected', reason: { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' } });
  t.equal((await q.getJob(jobs[0]!.id))?.status, 'delivered', 'the good write was kept');
  await t.resolves(q.ping(), 'still ready: its probe write works');
  t.ok((await q.ingest(event('d4'), [job('a')])).jobs[0], 'the next write works');
  await q.close();
});

const disk = mountSmallDisk(4);
t.test('on a full disk, writes reject, the store is not ready, and both come back when space returns', { skip: typeof disk === 'string' && disk }, async (t) => {
  if (typeof disk === 'string') return;
  t.teardown(() => disk.unmount());
  const q = openSqliteQueue(join(disk.dir, 'events.sqlite'));
  const [first] = (await q.ingest(event('before'), [job('a')])).jobs;
  disk.fill();
  // A payload larger than the whole write-ahead log so far cannot fit in its existing frames.
  const big = { ...event('big'), payload: JSON.stringify({ body: 'x'.repeat(1_000_000) }) };
  await t.rejects(q.ingest(big, [job('a')]), { code: 'SQLITE_FULL' });
  await t.rejects(q.ping(), /cannot write: database or disk is full/);
  // Small writes go on while the log's existing frames last; then they are refused too.
  let refused: unknown;
  for (let i = 0; i < 5000 && !refused; i++) {
    await q.record(attempt(first!, { startedAt: i, statusCode: 500, outcome: 'retry', nextAttemptAt: i })).catch((err) => (refused = err));
  }
  t.match(refused, { code: 'SQLITE_FULL' }, 'attempts are refused once the disk is full');
  await t.rejects(q.ping(), /cannot write/);
  t.same(await q.claim('w', 1000, 10), [T], 'leases still work: they are not on the disk');

  disk.free();
  await q.ping();
  t.equal((await q.ingest(big, [job('a')])).duplicate, false, 'the refused event is taken once space returns');
  await q.record(attempt(first!, { startedAt: 9 }));
  t.equal((await q.getJob(first!.id))?.status, 'delivered');
  await q.close();
});
