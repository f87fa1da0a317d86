/**
 * What the PostgreSQL queue does beyond the shared contract (test/contracts/event-queue.contract.ts):
 * group commit, isolation of a refused webhook within its batch, and wake-ups after a lost
 * LISTEN connection.
 */
import { randomUUID } from 'node:crypto';
import t from 'tap';
import { targetKeyOf } from '../../src/links/target-key.js';
import { ingestRows, openPostgresQueue } from '../../src/queue/postgres-queue.js';
import type { EventRecord } from '../../src/queue/records.js';
import { example } from '../helpers/github-examples.js';
import { terminateListeners, testPostgres } from '../helpers/postgres.js';

const PAYLOAD = JSON.stringify(example('push'));
const event = (): EventRecord => ({ delivery: randomUUID(), name: 'push', repository: 'Codertocat/Hello-World', payload: PAYLOAD, receivedAt: Date.now() });
const T1 = targetKeyOf('https://contoso.webhook.office.com/webhookb2/one');
const T2 = targetKeyOf('https://contoso.webhook.office.com/webhookb2/two');

t.test('concurrent ingests share statements and commits', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const q = await openPostgresQueue(db);
  t.teardown(() => q.close());
  const results = await Promise.all(Array.from({ length: 200 }, (_, i) => q.ingest(event(), [{ linkId: `l${i % 7}`, target: i % 2 ? T1 : T2, summary: `push ${i}` }])));
  // Rows a transaction wrote carry its id (xmin): one per commit.
  const commits = Number((await db.pool.query(`SELECT count(DISTINCT xmin::text) AS n FROM events`)).rows[0].n);
  t.ok(commits >= 1 && commits <= 5, `200 webhooks in ${commits} commit(s)`);
  t.equal(new Set(results.map((r) => r.jobs[0]!.id)).size, 200);
  t.equal(await q.eventCount(), 200);
  t.same((await q.openJobs(T1, 0, 1_000)).map((j) => j.summary), results.filter((_, i) => i % 2).map((r) => r.jobs[0]!.summary), 'ids follow arrival order');
});

t.test('a batch of any size stores each of its webhooks once, padded statements storing nothing more', async (t) => {
  t.same([1, 2, 3, 15, 16, 17, 64, 65, 500].map(ingestRows), [1, 2, 4, 16, 16, 32, 64, 65, 500], 'prepared sizes are powers of two up to 64');
  const db = await testPostgres(t);
  if (!db) return;
  const q = await openPostgresQueue(db);
  t.teardown(() => q.close());
  const sizes = [1, 3, 5, 17, 33, 63, 64, 65, 130];
  const stored: number[] = [];
  for (const size of sizes) {
    // One turn of the event loop: one batch.
    const results = await Promise.all(Array.from({ length: size }, (_, i) => q.ingest(event(), [{ linkId: 'l', target: T1, summary: `${size}:${i}` }])));
    t.notOk(results.some((r) => r.duplicate), `a batch of ${size} is stored`);
    stored.push(...results.map((r) => r.jobs[0]!.id));
  }
  const total = sizes.reduce((a, b) => a + b, 0);
  t.equal(await q.eventCount(), total, 'no row of NULLs was stored');
  t.same((await q.openJobs(T1, 0, 1_000)).map((j) => j.id), stored, 'ids follow arrival order across sizes');
  const again = await Promise.all([event(), event()].map(async (e) => [await q.ingest(e, []), await q.ingest(e, [])]));
  t.same(again.map(([a, b]) => [a.duplicate, b.duplicate]), [[false, true], [false, true]], 'a prepared statement still refuses a seen delivery');
});

t.test('concurrent attempt records share statements and commits', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const q = await openPostgresQueue(db);
  t.teardown(() => q.close());
  const stored = await Promise.all(Array.from({ length: 100 }, (_, i) => q.ingest(event(), [{ linkId: `l${i}`, target: T1, summary: `push ${i}` }])));
  const jobs = stored.map((r) => r.jobs[0]!);
  await Promise.all(jobs.map((j) => q.record({ jobId: j.id, linkId: j.linkId, target: T1, startedAt: Date.now(), durationMs: 5, statusCode: 200, outcome: 'delivered' })));
  const commits = Number((await db.pool.query(`SELECT count(DISTINCT xmin::text) AS n FROM attempts`)).rows[0].n);
  t.ok(commits >= 1 && commits <= 5, `100 records in ${commits} commit(s)`);
  t.equal((await q.countByStatus()).delivered, 100);
});

t.test('batches that overlap become visible in arrival order', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const q = await openPostgresQueue(db);
  t.teardown(() => q.close());
  // The first wave's COMMIT takes 300 ms (a deferred trigger runs at commit), long enough for
  // the next waves to be stored meanwhile. They must still become visible only after it: a reader
  // watching all along may never see a later job while an earlier one is still missing.
  await db.pool.query(`
    CREATE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.3); RETURN NULL; END $$;
    CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT ON jobs DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW WHEN (NEW.summary = 'slow') EXECUTE FUNCTION slow_commit();`);
  const snapshots: number[][] = [];
  let writing = true;
  const reader = (async () => {
    while (writing) snapshots.push((await db.pool.query(`SELECT id FROM jobs WHERE target = $1 ORDER BY id`, [T1])).rows.map((r) => Number(r.id)));
  })();
  const summaries: string[] = [];
  const stored: Array<Promise<unknown>> = [];
  for (let wave = 0; wave < 10; wave++) {
    for (let i = 0; i < 20; i++) {
      const summary = wave === 0 && i === 0 ? 'slow' : `wave ${wave} push ${i}`;
      summaries.push(summary);
      stored.push(q.ingest(event(), [{ linkId: 'l', target: T1, summary }]));
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await Promise.all(stored);
  writing = false;
  await reader;
  const final = await q.openJobs(T1, 0, 1_000);
  t.same(final.map((j) => j.summary), summaries, 'ids follow arrival order');
  const ids = final.map((j) => j.id);
  const gaps = snapshots.filter((seen) => seen.join() !== ids.slice(0, seen.length).join());
  t.ok(snapshots.length >= 5, `${snapshots.length} reads while writing`);
  t.equal(gaps.length, 0, 'every read saw a prefix of the final order');
});

t.test('a webhook the database refuses fails alone, and leaves nothing behind', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const q = await openPostgresQueue(db);
  t.teardown(() => q.close());
  // A stand-in for any value the server refuses: a job for link "refused".
  await db.pool.query(`
    CREATE FUNCTION refuse_job() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$;
    CREATE TRIGGER refuse BEFORE INSERT ON jobs FOR EACH ROW WHEN (NEW.link_id = 'refused') EXECUTE FUNCTION refuse_job();`);
  const bad = event();
  const results = await Promise.allSettled([
    q.ingest(event(), [{ linkId: 'a', target: T1, summary: 'one' }]),
    q.ingest(bad, [{ linkId: 'b', target: T1, summary: 'two' }, { linkId: 'refused', target: T2, summary: 'three' }]),
    q.ingest(event(), [{ linkId: 'c', target: T2, summary: 'four' }]),
  ]);
  t.same(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled']);
  t.equal(await q.eventCount(), 2, 'the refused event was not stored without its jobs');
  t.same((await q.openJobs(T1)).map((j) => j.summary), ['one']);
  t.equal((await q.ingest(bad, [{ linkId: 'b', target: T1, summary: 'two' }])).duplicate, false, 'its delivery id is still free: a redelivery stores it');
});

t.test('after a lost LISTEN connection it wakes for every target with open jobs', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const q = await openPostgresQueue(db);
  t.teardown(() => q.close());
  await q.ingest(event(), [{ linkId: 'a', target: T1, summary: 'one' }, { linkId: 'b', target: T2, summary: 'two' }]);
  const woken = new Promise<string[]>((resolve) => {
    const stop = q.onWork((targets) => {
      stop();
      resolve(targets);
    });
  });
  t.equal(await terminateListeners(db.channel('bridge_work')), 1);
  t.same((await woken).sort(), [T1, T2].sort());
});

t.test('close lets ingests in flight finish and refuses new ones', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const q = await openPostgresQueue(db);
  const pending = Array.from({ length: 20 }, () => q.ingest(event(), []));
  await q.close();
  t.equal((await Promise.all(pending)).filter((r) => !r.duplicate).length, 20);
  await t.rejects(q.ingest(event(), []), /closed/);
  await t.rejects(q.ping(), /closed/);
});
