import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { openSqliteEventQueue } from '../../src/queue/sqlite-event-queue.js';
import type { EventRecord } from '../../src/queue/event-queue.js';
import { mountSmallDisk } from '../helpers/small-disk.js';

const dbPath = () => join(mkdtempSync(join(tmpdir(), 'gtb-queue-')), 'events.sqlite');
const event = (delivery: string, at = Date.now()): EventRecord => ({
  delivery,
  name: 'issues',
  action: 'opened',
  repository: 'o/r',
  payload: '{"action":"opened"}',
  receivedAt: at,
});
const job = (linkId: string) => ({ linkId, summary: `card for ${linkId}` });

t.test('ingest stores event and jobs; a delivery id is stored once, across reopen', async (t) => {
  const path = dbPath();
  const q = openSqliteEventQueue(path);
  const [first, again] = await Promise.all([q.ingest(event('d1'), [job('a'), job('b')]), q.ingest(event('d1'), [job('a')])]);
  t.equal(first.duplicate, false);
  t.equal(first.jobs.length, 2);
  t.equal(again.duplicate, true, 'duplicate in the same batch');
  t.same(
    (await q.pending()).map((j) => [j.linkId, j.delivery, j.status]),
    [
      ['a', 'd1', 'queued'],
      ['b', 'd1', 'queued'],
    ],
  );
  await q.close();
  const reopened = openSqliteEventQueue(path);
  t.equal((await reopened.ingest(event('d1'), [job('a')])).duplicate, true, 'duplicate after reopen');
  t.equal((await reopened.pending()).length, 2, 'pending survives reopen');
  t.same(await reopened.loadEvent(first.eventId!), { name: 'issues', payload: '{"action":"opened"}' });
  t.equal(await reopened.eventCount(), 1);
  await reopened.ping();
  await reopened.close();
  await t.rejects(reopened.ingest(event('d2'), []), /closed/);
  await t.rejects(reopened.ping(), /closed/, 'a closed store is not ready');
});

t.test('attempts move jobs through retrying to delivered or dead, and show in the log', async (t) => {
  const q = openSqliteEventQueue(dbPath());
  const { jobs } = await q.ingest(event('d2', 1000), [job('a'), job('b')]);
  const [ja, jb] = jobs;
  q.recordAttempt({ jobId: ja.id, linkId: 'a', startedAt: 2000, durationMs: 12, statusCode: 500, error: 'HTTP 500', outcome: 'retry', nextAttemptAt: 5000 });
  q.recordAttempt({ jobId: jb.id, linkId: 'b', startedAt: 2001, durationMs: 8, statusCode: 404, error: 'HTTP 404', outcome: 'dead' });
  t.equal((await q.getJob(ja.id))?.status, 'retrying', 'reads flush pending attempts first');
  t.equal((await q.getJob(ja.id))?.nextAttemptAt, 5000);
  t.equal((await q.getJob(jb.id))?.status, 'dead');
  t.same((await q.pending()).map((j) => j.id), [ja.id]);
  q.recordAttempt({ jobId: ja.id, linkId: 'a', startedAt: 6000, durationMs: 20, statusCode: 200, outcome: 'delivered' });

  const view = (await q.getDelivery(ja.id))!;
  t.equal(view.status, 'delivered');
  t.equal(view.attempts.length, 2);
  t.same(view.attempts.map((a) => a.statusCode), [500, 200]);
  t.equal(view.finishedAt, new Date(6020).toISOString());
  t.equal(view.nextAttemptAt, null);
  t.same((await q.listDeliveries({ linkId: 'b' })).map((d) => d.id), [jb.id]);
  t.same((await q.listDeliveries({ status: 'dead' })).map((d) => d.lastStatusCode), [404]);
  t.same((await q.listDeliveries({})).map((d) => d.id), [jb.id, ja.id], 'newest first');
  t.same((await q.listDeliveries({ beforeId: jb.id })).map((d) => d.id), [ja.id]);
  t.same(await q.sendsSince(2001), [
    { linkId: 'b', at: 2009 },
    { linkId: 'a', at: 6020 },
  ]);

  const requeued = await q.requeue(jb.id);
  t.equal(requeued?.status, 'queued');
  t.equal(await q.requeue(jb.id), undefined, 'a pending job cannot be requeued twice');
  t.same((await q.pending()).map((j) => j.id), [jb.id]);
  await q.close();
});

t.test('many concurrent ingests are grouped and all resolve durable', async (t) => {
  const path = dbPath();
  const q = openSqliteEventQueue(path);
  const results = await Promise.all(Array.from({ length: 500 }, (_, i) => q.ingest(event(`bulk-${i}`), [job('x')])));
  t.equal(results.filter((r) => !r.duplicate).length, 500);
  t.equal(new Set(results.map((r) => r.jobs[0].id)).size, 500);
  await q.close();
  const again = openSqliteEventQueue(path);
  t.equal((await again.pending()).length, 500);
  await again.close();
});

t.test('a write the store refuses fails only its own caller, and nothing escapes to crash the process', async (t) => {
  const q = openSqliteEventQueue(dbPath());
  const { jobs } = await q.ingest(event('d3'), [job('a')]);
  const good = q.recordAttempt({ jobId: jobs[0].id, linkId: 'a', startedAt: 1, durationMs: 1, statusCode: 200, outcome: 'delivered' });
  // No such job: the foreign key refuses it, in the same group commit as the good one.
  const bad = q.recordAttempt({ jobId: 999_999, linkId: 'a', startedAt: 1, durationMs: 1, statusCode: 200, outcome: 'delivered' });
  await t.resolves(good);
  await t.rejects(bad, { code: 'SQLITE_CONSTRAINT_FOREIGNKEY' });
  t.equal((await q.getJob(jobs[0].id))?.status, 'delivered', 'the good write was kept');
  await t.resolves(q.ping(), 'still ready: its probe write works');
  const [again] = (await q.ingest(event('d4'), [job('a')])).jobs;
  t.ok(again, 'the next write works');
  await q.close();
});

const disk = mountSmallDisk(4);
t.test('on a full disk, writes reject, the store is not ready, and both come back when space returns', { skip: typeof disk === 'string' && disk }, async (t) => {
  if (typeof disk === 'string') return;
  t.teardown(() => disk.unmount());
  const q = openSqliteEventQueue(join(disk.dir, 'events.sqlite'));
  const [first] = (await q.ingest(event('before'), [job('a')])).jobs;
  disk.fill();
  // A payload larger than the whole write-ahead log so far cannot fit in its existing frames.
  const big = { ...event('big'), payload: JSON.stringify({ body: 'x'.repeat(1_000_000) }) };
  await t.rejects(q.ingest(big, [job('a')]), { code: 'SQLITE_FULL' });
  await t.rejects(q.ping(), /cannot write: database or disk is full/);
  // Small writes go on while the log's existing frames last; then they are refused too.
  let refused: unknown;
  for (let i = 0; i < 5000 && !refused; i++) {
    await q.recordAttempt({ jobId: first.id, linkId: 'a', startedAt: i, durationMs: 1, statusCode: 500, outcome: 'retry', nextAttemptAt: i }).catch((err) => (refused = err));
  }
  t.match(refused, { code: 'SQLITE_FULL' }, 'attempts are refused once the disk is full');
  await t.rejects(q.ping(), /cannot write/);

  disk.free();
  await q.ping();
  t.equal((await q.ingest(big, [job('a')])).duplicate, false, 'the refused event is taken once space returns');
  await q.recordAttempt({ jobId: first.id, linkId: 'a', startedAt: 9, durationMs: 1, statusCode: 200, outcome: 'delivered' });
  t.equal((await q.getJob(first.id))?.status, 'delivered');
  await q.close();
});
