/**
 * The retention contract (src/queue/retention-store.ts): what `prune` deletes and what it keeps,
 * its batches, and replicas pruning at once. Rows are made through the queue's own faces
 * (ingest, record, requeue) and read back through the delivery log, as the service sees them.
 */
import { randomUUID } from 'node:crypto';
import type { Test } from 'tap';
import type { RetentionStore } from '../../src/queue/retention-store.js';
import type { AttemptOutcome, Job } from '../../src/queue/records.js';
import type { EventQueue } from './event-queue.contract.js';
import type { Factory } from './harness.js';

export type RetentionFactory = Factory<EventQueue & RetentionStore, { now: () => number }>;

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);
/** The cut-off of every test: rows finished before it go. */
const BEFORE = START + 30 * DAY;
const T = 'target-of-the-retention-contract';

type Queue = EventQueue & RetentionStore;

const ingest = (q: Queue, receivedAt: number, links: string[] = ['a']) =>
  q.ingest(
    { delivery: randomUUID(), name: 'issues', action: 'opened', repository: 'octo-org/octo-repo', payload: '{"action":"opened"}', receivedAt },
    links.map((linkId) => ({ linkId, target: T, summary: `card for ${linkId}` })),
  );

/** Records one attempt of `j` started at `at` (answered 40 ms later). */
const attempt = (q: Queue, j: Job, at: number, outcome: AttemptOutcome) =>
  q.record({ jobId: j.id, linkId: j.linkId, target: j.target, startedAt: at, durationMs: 40, statusCode: outcome === 'dead' ? 400 : outcome === 'retry' ? 429 : 200, outcome, ...(outcome === 'retry' && { nextAttemptAt: at + 1_000 }) });

/** One event with one job that ends `outcome` at `at`, after `retries` retries. */
async function finished(q: Queue, receivedAt: number, outcome: 'delivered' | 'dead', at = receivedAt + 1_000, retries = 0) {
  const { jobs, eventId } = await ingest(q, receivedAt);
  for (let i = retries; i > 0; i--) await attempt(q, jobs[0]!, at - i * 100, 'retry');
  await attempt(q, jobs[0]!, at, outcome);
  return { job: jobs[0]!, eventId: eventId! };
}

export function retentionContract(t: Test, name: string, factory: RetentionFactory): void {
  const open = async (t: Test) => {
    let at = START;
    const harness = await factory(t, { now: () => at });
    return harness && { ...harness, q: harness.subject, setNow: (ms: number) => void (at = ms) };
  };

  t.test(`${name}: prune deletes finished rows older than the cut-off and keeps everything else`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const { q } = h;
    // Gone: delivered after a retry, dead, and an event no job was ever stored for.
    const delivered = await finished(q, START, 'delivered', START + 1_000, 1);
    const dead = await finished(q, START, 'dead');
    const jobless = await ingest(q, START, []);
    // Kept: an open job (and so its event, whose other job goes), a retrying one, a dead letter
    // that became dead after the cut-off, a dead letter redelivered, recent ones.
    const mixed = await ingest(q, START, ['a', 'b']);
    await attempt(q, mixed.jobs[0]!, START + 1_000, 'delivered');
    const retrying = (await ingest(q, START)).jobs[0]!;
    await attempt(q, retrying, START + 1_000, 'retry');
    const youngDead = await finished(q, BEFORE - 1_000, 'dead', BEFORE + 5);
    const redelivered = await finished(q, START, 'dead');
    h.setNow(BEFORE + DAY);
    t.ok(await q.requeue(redelivered.job.id), 'the old dead letter is redelivered');
    const recent = await finished(q, BEFORE + DAY, 'delivered');
    const recentJobless = await ingest(q, BEFORE + DAY, []);
    t.equal(await q.eventCount(), 9);

    t.same(await q.prune(BEFORE, 100), { events: 3, jobs: 3, attempts: 4 }, 'two events with their jobs and attempts, the jobless one, and the finished job beside an open one');
    t.same(await q.prune(BEFORE, 100), { events: 0, jobs: 0, attempts: 0 }, 'nothing is left to prune');

    for (const gone of [delivered.job, dead.job, mixed.jobs[0]!]) t.equal(await q.getJob(gone.id), undefined, `job ${gone.id} is gone`);
    for (const gone of [delivered.eventId, dead.eventId, jobless.eventId!]) t.equal((await q.loadEvents([gone])).get(gone), undefined, `event ${gone} is gone`);
    t.equal(await q.eventCount(), 6);
    const log = await q.list({ limit: 500 });
    t.same(
      log.map((d) => [d.id, d.status]).sort(([a], [b]) => Number(a) - Number(b)),
      [
        [mixed.jobs[1]!.id, 'queued'],
        [retrying.id, 'retrying'],
        [youngDead.job.id, 'dead'],
        [redelivered.job.id, 'queued'],
        [recent.job.id, 'delivered'],
      ],
      'the delivery log holds the open jobs, the young dead letter, the redelivered one and the recent delivery',
    );
    t.same((await q.get(retrying.id))!.attempts.map((a) => a.outcome), ['retry'], 'a kept job keeps its attempts');
    t.same((await q.get(redelivered.job.id))!.attempts.map((a) => a.outcome), ['dead'], 'a redelivered job keeps its earlier attempts');
    t.ok((await q.loadEvents([mixed.eventId!])).get(mixed.eventId!), 'the event of an open job stays');
    t.ok((await q.loadEvents([recentJobless.eventId!])).get(recentJobless.eventId!), 'a recent event without jobs stays');
    t.same((await q.openJobs(T)).map((j) => j.id), [mixed.jobs[1]!.id, retrying.id, redelivered.job.id], 'the backlog is untouched');

    // A dead letter is kept until it is itself that old; then it goes like any finished job.
    t.same(await q.prune(BEFORE + 5 + 40 + 1, 100), { events: 1, jobs: 1, attempts: 1 }, 'finished at BEFORE + 5 + 40 ms');
    t.equal(await q.getJob(youngDead.job.id), undefined);
  });

  t.test(`${name}: a pruned delivery id is forgotten: stored again, it is new`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const e = { delivery: randomUUID(), name: 'issues', payload: '{}', receivedAt: START };
    const { jobs } = await h.q.ingest(e, [{ linkId: 'a', target: T, summary: 's' }]);
    await attempt(h.q, jobs[0]!, START + 1_000, 'delivered');
    t.equal((await h.q.ingest(e, [])).duplicate, true, 'a duplicate while it is kept');
    await h.q.prune(BEFORE, 10);
    t.equal((await h.q.ingest({ ...e, receivedAt: BEFORE + 1 }, [])).duplicate, false);
  });

  t.test(`${name}: prune works in batches of at most \`batch\` jobs and events, oldest first`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const { q } = h;
    const made = [];
    for (let i = 0; i < 7; i++) made.push(await finished(q, START + i, 'delivered', START + 1_000 + i));
    t.same(await q.prune(BEFORE, 3), { events: 3, jobs: 3, attempts: 3 });
    t.same(
      await Promise.all(made.map(async (m) => (await q.getJob(m.job.id)) !== undefined)),
      [false, false, false, true, true, true, true],
      'the three that finished first went first',
    );
    t.same(await q.prune(BEFORE, 3), { events: 3, jobs: 3, attempts: 3 });
    t.same(await q.prune(BEFORE, 3), { events: 1, jobs: 1, attempts: 1 }, 'a short batch: nothing older is left');
    t.equal(await q.eventCount(), 0);
  });

  t.test(`${name}: replicas pruning at once delete each row once`, async (t) => {
    const h = await open(t);
    if (!h?.replica) return;
    const other = await h.replica();
    const ROWS = 60;
    for (let i = 0; i < ROWS; i++) await finished(h.q, START + i, 'delivered', START + 1_000 + i, i % 2);
    const open1 = (await ingest(h.q, START)).jobs[0]!;
    const drain = async (q: Queue) => {
      const total = { events: 0, jobs: 0, attempts: 0 };
      for (;;) {
        const c = await q.prune(BEFORE, 4);
        total.events += c.events;
        total.jobs += c.jobs;
        total.attempts += c.attempts;
        if (c.jobs < 4 && c.events < 4) return total;
      }
    };
    const [a, b] = await Promise.all([drain(h.q), drain(other)]);
    t.equal(a.jobs + b.jobs, ROWS, 'every finished job once');
    t.equal(a.events + b.events, ROWS, 'every event once');
    t.equal(a.attempts + b.attempts, ROWS * 1.5, 'every attempt once');
    t.ok(a.jobs > 0 && b.jobs > 0, `both replicas took a share (${a.jobs} and ${b.jobs})`);
    t.same(await h.q.prune(BEFORE, 4), { events: 0, jobs: 0, attempts: 0 });
    t.same((await h.q.openJobs(T)).map((j) => j.id), [open1.id]);
    t.equal(await h.q.eventCount(), 1);
  });

  t.test(`${name}: reclaim, where there is one, runs beside ingest`, async (t) => {
    const h = await open(t);
    if (!h) return;
    if (!h.q.reclaim) return t.pass('deleted space is reused by the store itself');
    await finished(h.q, START, 'delivered');
    await h.q.prune(BEFORE, 10);
    const [reclaimed, stored] = await Promise.all([h.q.reclaim(), ingest(h.q, BEFORE + 1)]);
    t.equal(reclaimed, undefined);
    t.equal(stored.duplicate, false);
    t.equal(await h.q.eventCount(), 1);
  });
}
