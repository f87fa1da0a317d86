/**
 * The delivery worker over real HTTP to a fake Teams, on the memory job queue and link store.
 * Pacing to the millisecond is the lane scheduler's test (fake clock); here every window is
 * checked where Teams counts, on arrival, and time is only ever a lower bound.
 *
 * Behaviours covered, besides order, windows, retries and dead letters:
 * - a record that fails stops every post until it is written, then the job is not sent again;
 * - link health follows the link as last changed (an operator's edit resets it), not a count
 *   held over from before the edit;
 * - a job whose link was deleted, or whose event no longer renders, is dead without a request.
 */
import { randomUUID } from 'node:crypto';
import t from 'tap';
import { createCardSource } from '../../src/delivery/card-source.js';
import { createTargetWorker, type TargetWorkerOptions } from '../../src/delivery/target-worker.js';
import { targetKeyOf } from '../../src/links/target-key.js';
import type { Job } from '../../src/queue/records.js';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { createMemoryJobDatabase, createMemoryJobQueue, type MemoryJobDatabase, type MemoryJobQueue } from '../helpers/memory-job-queue.js';
import { createMemoryLinkStore, type MemoryLinkStore } from '../helpers/memory-link-store.js';

const fake = await startFakeTeams();
t.teardown(() => fake.close());

const FAST: TargetWorkerOptions = {
  concurrency: 16,
  timeoutMs: 2000,
  windows: [{ limit: 100, ms: 1000 }],
  guardMs: 0,
  backoff: { baseMs: 20, capMs: 50, minMs: 5 },
  recordBackoff: { baseMs: 20, capMs: 40, minMs: 10 },
  leaseMs: 2000,
  idleReleaseMs: 0,
};

const logs: Array<{ level: string; obj: object; msg?: string }> = [];
const logger = Object.fromEntries(
  ['debug', 'info', 'warn', 'error'].map((level) => [level, (obj: object, msg?: string) => logs.push({ level, obj, msg })]),
) as unknown as Parameters<typeof createTargetWorker>[0]['logger'];

let pathSeq = 0;

interface World {
  db: MemoryJobDatabase;
  queue: MemoryJobQueue;
  links: MemoryLinkStore;
  worker: ReturnType<typeof createTargetWorker>;
  /** A link to a fresh webhook path on the fake; returns the path. */
  link(id: string): string;
  /** Stores one event with a card numbered `n` for each link; returns the jobs. */
  send(n: number, ...linkIds: string[]): Promise<Job[]>;
  bodies(path: string): number[];
}

function setup(options: TargetWorkerOptions = {}): World {
  const db = createMemoryJobDatabase();
  const queue = createMemoryJobQueue(db);
  const links = createMemoryLinkStore();
  const urls = new Map<string, string>();
  // The real card source over the stored event; the "card" is just the event's number.
  const cards = createCardSource({ queue, githubUrl: '', render: (event) => ({ message: { n: event.payload.n } as never, summary: 'n' }) });
  const worker = createTargetWorker({ queue, links, cards, logger, options: { ...FAST, ...options } });
  return {
    db,
    queue,
    links,
    worker,
    link(id) {
      const path = `/w${++pathSeq}/${id}`;
      urls.set(id, `${fake.url}${path}?sig=SECRET`);
      links.put(id, urls.get(id)!);
      return path;
    },
    async send(n, ...linkIds) {
      const inputs = linkIds.map((linkId) => ({ linkId, target: targetKeyOf(urls.get(linkId) ?? `https://nowhere/${linkId}`), summary: `card ${n}` }));
      const { jobs } = await db.ingest({ delivery: randomUUID(), name: 'push', payload: JSON.stringify({ n }), receivedAt: Date.now() }, inputs);
      return jobs;
    },
    bodies: (path) => fake.requestsFor(path).map((r) => (r.body as { n: number }).n),
  };
}

async function waitFor(what: string, cond: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const attemptsOf = (db: MemoryJobDatabase, jobId: number) => db.attempts.filter((a) => a.jobId === jobId);

t.test('jobs of one link arrive in order, even behind a retrying head; other links are not held up', async (t) => {
  const w = setup();
  const a = w.link('a');
  const b = w.link('b');
  fake.answerNext(a, { kind: 'status', status: 500 }, { kind: 'throttle', retryAfter: '0.1' });
  w.worker.start();
  const jobs = [...(await w.send(1, 'a', 'b')), ...(await w.send(2, 'a', 'b')), ...(await w.send(3, 'a'))];
  await waitFor('all delivered', () => w.worker.stats().delivered === 5);
  t.same(w.bodies(a), [1, 1, 1, 2, 3], 'head retried twice, then the rest in order');
  t.same(w.bodies(b), [1, 2]);
  t.ok(fake.requestsFor(b).at(-1)!.at < fake.requestsFor(a)[2].at, 'b finished while a was backing off');
  const head = attemptsOf(w.db, jobs[0].id);
  t.match(head, [
    { outcome: 'retry', statusCode: 500 },
    { outcome: 'retry', statusCode: 429 },
    { outcome: 'delivered', statusCode: 200 },
  ]);
  t.ok(head[1].nextAttemptAt! - head[1].startedAt >= 100, 'Retry-After 0.1 s honoured');
  t.ok(fake.requestsFor(a)[2].at - fake.requestsFor(a)[1].at >= 95, 'and really waited');
  t.equal(w.db.jobs.get(jobs[0].id)!.status, 'delivered');
  t.match(w.worker.stats(), { delivered: 5, retried: 2, dead: 0, jobs: 0, inFlight: 0, links: 0 });
  await w.worker.stop();
});

t.test('every window holds where Teams counts while a backlog drains, links on one webhook sharing it', async (t) => {
  const windows = [
    { limit: 3, ms: 200 },
    { limit: 5, ms: 600 },
  ];
  const w = setup({ windows, guardMs: 20 });
  const p = w.link('repo-a');
  w.links.put('repo-b', w.links.put('repo-a', `${fake.url}${p}?sig=SECRET`).webhookUrl);
  const target = targetKeyOf(`${fake.url}${p}?sig=SECRET`);
  w.worker.start();
  for (let i = 1; i <= 10; i++) {
    await w.db.ingest({ delivery: randomUUID(), name: 'push', payload: JSON.stringify({ n: i }), receivedAt: Date.now() }, [
      { linkId: i % 2 ? 'repo-a' : 'repo-b', target, summary: 's' },
    ]);
  }
  await waitFor('10 delivered', () => w.worker.stats().delivered === 10);
  t.same(fake.windowViolations(windows).filter((v) => v.path === p), [], 'never over a window at arrival');
  t.same(w.bodies(p).filter((n) => n % 2), [1, 3, 5, 7, 9], "each link's cards in order");
  t.ok(w.worker.stats().rateLimited > 0);
  await w.worker.stop();
});

t.test('when Teams throttles a webhook anyway, the other links on it hold off too', async (t) => {
  const w = setup();
  const path = w.link('first');
  w.links.put('second', `${fake.url}${path}?sig=SECRET`);
  fake.answerNext(path, { kind: 'throttle', retryAfter: '0.3' });
  w.worker.start();
  await w.send(1, 'first');
  await fake.waitForRequests(1, path);
  await new Promise((r) => setTimeout(r, 20));
  const target = targetKeyOf(`${fake.url}${path}?sig=SECRET`);
  await w.db.ingest({ delivery: randomUUID(), name: 'push', payload: '{"n":2}', receivedAt: Date.now() }, [{ linkId: 'second', target, summary: 's' }]);
  await waitFor('both delivered', () => w.worker.stats().delivered === 2);
  const [throttled, ...rest] = fake.requestsFor(path);
  t.equal(rest.length, 2);
  for (const r of rest) t.ok(r.at - throttled.at >= 290, `nothing sent to the webhook during its Retry-After (${r.at - throttled.at} ms)`);
  await w.worker.stop();
});

t.test('permanent failures dead-letter at once and mark the link failing; a success heals it', async (t) => {
  const w = setup({ failingAfter: 3 });
  const p = w.link('gone');
  // 403: permanent, but not a refusal for good (tenant policy may lift it), so it counts.
  fake.answer({ kind: 'status', status: 403, body: 'Forbidden' }, p);
  w.worker.start();
  const jobs = [];
  for (let i = 1; i <= 4; i++) jobs.push(...(await w.send(i, 'gone')));
  await waitFor('4 dead', () => w.worker.stats().dead === 4);
  t.equal(fake.requestsFor(p).length, 4, 'one request each, no retries');
  t.same(jobs.map((j) => w.db.jobs.get(j.id)!.status), ['dead', 'dead', 'dead', 'dead']);
  t.match(attemptsOf(w.db, jobs[0].id), [{ outcome: 'dead', statusCode: 403, error: 'HTTP 403: Forbidden' }]);
  t.match(await w.links.get('gone'), { health: 'failing', consecutiveFailures: 3, lastError: 'HTTP 403: Forbidden' });
  t.equal(w.links.healthWrites.length, 3, 'once failing, the same error is not written again');
  t.ok(logs.some((l) => l.msg === 'link marked failing'));

  fake.answer({ kind: 'ok' }, p);
  await w.send(5, 'gone');
  await waitFor('delivered', () => w.worker.stats().delivered === 1);
  await waitFor('healed', () => w.links.healthWrites.length === 4);
  t.match(await w.links.get('gone'), { health: 'active', consecutiveFailures: 0 });
  t.notOk((await w.links.get('gone'))!.lastError);
  await w.send(6, 'gone');
  await waitFor('delivered', () => w.worker.stats().delivered === 2);
  t.equal(w.links.healthWrites.length, 4, 'a success on a healthy link writes nothing');
  await w.worker.stop();
});

t.test('health after an operator edit counts from the edit, not from what the worker saw before', async (t) => {
  const w = setup({ failingAfter: 2 });
  const p = w.link('edited');
  fake.answer({ kind: 'status', status: 403 }, p);
  w.worker.start();
  for (let i = 1; i <= 3; i++) await w.send(i, 'edited');
  await waitFor('3 dead', () => w.worker.stats().dead === 3);
  t.match(await w.links.get('edited'), { health: 'failing', consecutiveFailures: 2 });
  // The link route resets health on every edit, as the operator fixes the URL or the endpoint.
  await w.links.update('edited', { health: 'active', consecutiveFailures: 0, lastError: null });
  await new Promise((r) => setImmediate(r));
  for (let i = 4; i <= 5; i++) await w.send(i, 'edited');
  await waitFor('5 dead', () => w.worker.stats().dead === 5);
  t.match(await w.links.get('edited'), { health: 'failing', consecutiveFailures: 2, lastError: 'HTTP 403' }, 'failing again, from the edit on');
  await w.worker.stop();
});

t.test('a webhook Teams refuses for good makes its link dead after one post; a success revives it', async (t) => {
  const w = setup({ failingAfter: 3 });
  const p = w.link('removed');
  fake.answer({ kind: 'status', status: 404, body: '{"error":{"code":"WorkflowNotFound"}}' }, p);
  w.worker.start();
  const [first] = await w.send(1, 'removed');
  await waitFor('dead-lettered', () => w.worker.stats().dead === 1);
  await waitFor('marked dead', () => w.links.healthWrites.length === 1);
  t.match(attemptsOf(w.db, first.id), [{ outcome: 'dead', statusCode: 404 }]);
  t.match(await w.links.get('removed'), { health: 'dead', consecutiveFailures: 1, lastError: /^HTTP 404/ }, 'dead at once, not after failingAfter');
  t.ok(logs.some((l) => l.msg === 'link marked dead'));

  // Still tried (never paused): the same refusal keeps it dead and costs no health write.
  fake.answer({ kind: 'status', status: 410, body: 'Gone' }, p);
  await w.send(2, 'removed');
  await waitFor('2 dead', () => w.worker.stats().dead === 2);
  await waitFor('410 noted', () => w.links.healthWrites.length === 2);
  fake.answer({ kind: 'status', status: 410, body: 'Gone' }, p);
  await w.send(3, 'removed');
  await waitFor('3 dead', () => w.worker.stats().dead === 3);
  t.match(await w.links.get('removed'), { health: 'dead', lastError: 'HTTP 410: Gone' });

  // The connector comes back (or the flow is turned on again under the same URL).
  fake.answer({ kind: 'ok' }, p);
  await w.send(4, 'removed');
  await waitFor('delivered', () => w.worker.stats().delivered === 1);
  await waitFor('revived', () => w.links.healthWrites.at(-1)?.outcome.ok === true);
  // Notes of one link are made in order, so the third refusal was judged before the revival.
  t.same(w.links.healthWrites.map((h) => h.outcome), [
    { ok: false, error: 'HTTP 404: {"error":{"code":"WorkflowNotFound"}}', refused: true },
    { ok: false, error: 'HTTP 410: Gone', refused: true },
    { ok: true },
  ], 'a repeated refusal is not written again');
  t.match(await w.links.get('removed'), { health: 'active', consecutiveFailures: 0 });
  t.notOk((await w.links.get('removed'))!.lastError);
  t.same(w.bodies(p), [1, 2, 3, 4], 'one request per card, none retried');
  await w.worker.stop();
});

t.test('retries stop after maxAttempts, and after maxAge', async (t) => {
  const w = setup({ maxAttempts: 3 });
  const p = w.link('down');
  fake.answer({ kind: 'status', status: 503 }, p);
  w.worker.start();
  const [job] = await w.send(1, 'down');
  await waitFor('dead', () => w.worker.stats().dead === 1);
  t.equal(fake.requestsFor(p).length, 3);
  t.match(attemptsOf(w.db, job.id), [{ outcome: 'retry' }, { outcome: 'retry' }, { outcome: 'dead', error: /gave up after 3 attempts/ }]);
  await w.worker.stop();

  const aged = setup({ maxAgeMs: 1000, backoff: { minMs: 2000, baseMs: 2000, capMs: 2000 } });
  const p2 = aged.link('slowpoke');
  fake.answer({ kind: 'throttle-200' }, p2);
  aged.worker.start();
  await aged.send(1, 'slowpoke');
  await waitFor('dead by age', () => aged.worker.stats().dead === 1);
  t.equal(fake.requestsFor(p2).length, 1, 'no retry that would land past the age limit');
  t.match(aged.db.attempts.at(-1), { outcome: 'dead', error: /throttled.*gave up after the maximum age/ });
  await aged.worker.stop();
});

t.test('a job whose link was deleted, or whose event is gone, is dead without a request', async (t) => {
  const w = setup();
  const p = w.link('doomed');
  await w.links.delete('doomed');
  w.worker.start();
  const before = fake.requests.length;
  await w.send(1, 'doomed');
  await w.send(2, 'doomed');
  await waitFor('dead', () => w.worker.stats().dead === 2);
  t.equal(fake.requests.length, before);
  t.match(w.db.attempts, [{ outcome: 'dead', error: 'link doomed no longer exists' }, { outcome: 'dead' }]);
  t.equal(w.links.healthWrites.length, 0, 'not counted against any link');

  w.link('orphan');
  const [job] = await w.send(3, 'orphan');
  w.db.events.delete(job.eventId);
  await waitFor('dead', () => w.worker.stats().dead === 3);
  t.match(attemptsOf(w.db, job.id), [{ outcome: 'dead', error: /^no card: event \d+ is no longer stored/ }]);
  t.equal(fake.requestsFor(p).length, 0);
  await w.worker.stop();
});

t.test('while a record fails no post starts anywhere; once written, the job is not sent again', async (t) => {
  const w = setup();
  const one = w.link('one');
  const two = w.link('two');
  const written: number[] = [];
  const record = w.queue.record;
  w.queue.record = (attempt) => record(attempt).then(() => void written.push(Date.now()));
  w.worker.start();
  await w.send(1, 'one');
  await waitFor('delivered', () => w.worker.stats().delivered === 1);
  w.queue.failNext('record', 4);
  await w.send(2, 'one');
  await fake.waitForRequests(2, one);
  await w.send(3, 'one', 'two');
  await waitFor('all delivered', () => w.worker.stats().delivered === 4);
  t.equal(w.worker.stats().recordFailures, 4);
  t.same(w.bodies(one), [1, 2, 3], 'the card whose record failed was sent once');
  t.same(w.bodies(two), [3]);
  const recovered = written[1];
  for (const r of [fake.requestsFor(one)[2], fake.requestsFor(two)[0]]) t.ok(r.at >= recovered, 'no post while the record was failing');
  t.same(
    w.db.attempts.map((a) => a.outcome),
    ['delivered', 'delivered', 'delivered', 'delivered'],
    'each attempt recorded once',
  );
  t.ok(logs.some((l) => l.msg === 'attempts are recorded again; sending resumes'));
  await w.worker.stop();
});

t.test('a job stored while its target is being read is loaded at once, not when the target drains', async (t) => {
  const w = setup();
  const p = w.link('racy');
  fake.answer({ kind: 'slow', delayMs: 300 }, p);
  const openJobs = w.queue.openJobs;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let reads = 0;
  // The first read sees the store as it was, and answers late: a wake-up comes in between.
  w.queue.openJobs = (...args) => {
    const page = openJobs(...args);
    return reads++ === 0 ? gate.then(() => page) : page;
  };
  w.worker.start();
  await w.send(1, 'racy');
  await waitFor('the first read', () => reads === 1);
  await w.send(2, 'racy');
  await new Promise((r) => setImmediate(r));
  open();
  await fake.waitForRequests(1, p);
  t.equal(w.worker.stats().jobs, 2, 'the second card is held while the first is in flight');
  await waitFor('both delivered', () => w.worker.stats().delivered === 2);
  t.same(w.bodies(p), [1, 2]);
  await w.worker.stop();
});

t.test('a target whose open jobs cannot be read is read again after a pause, not in a loop', async (t) => {
  const w = setup({ idleReleaseMs: 60_000 });
  const p = w.link('flaky');
  const openJobs = w.queue.openJobs;
  let reads = 0;
  w.queue.openJobs = (...args) => (reads++, openJobs(...args));
  w.worker.start();
  await w.send(1, 'flaky');
  await waitFor('delivered', () => w.worker.stats().delivered === 1);
  await new Promise((r) => setTimeout(r, 20));
  t.equal(w.worker.stats().targets, 1, 'still held');
  w.queue.failNext('openJobs', 1000);
  reads = 0;
  await w.send(2, 'flaky');
  await new Promise((r) => setTimeout(r, 300));
  t.ok(reads <= 2, `read ${reads} times in 300 ms`);
  w.queue.failNext('openJobs', -1000);
  await waitFor('delivered after the pause', () => w.worker.stats().delivered === 2);
  t.same(w.bodies(p), [1, 2]);
  await w.worker.stop();
});

t.test('a held target is read once per card stored, the route\'s hint and running dry costing no read', async (t) => {
  const w = setup({ idleReleaseMs: 60_000 });
  const p = w.link('steady');
  const openJobs = w.queue.openJobs;
  let reads = 0;
  w.queue.openJobs = (...args) => (reads++, openJobs(...args));
  w.worker.start();
  for (let n = 1; n <= 4; n++) {
    const jobs = await w.send(n, 'steady');
    // The webhook route's hint, after the queue's own wake-up.
    await new Promise((r) => setTimeout(r, 10));
    w.worker.enqueue(jobs);
    await waitFor(`card ${n} delivered`, () => w.worker.stats().delivered === n);
    await new Promise((r) => setTimeout(r, 20));
  }
  t.same(w.bodies(p), [1, 2, 3, 4]);
  // The first card's hint may come while the claim's first read runs: that wake-up is kept, so
  // one more read follows it.
  t.ok(reads <= 5, `one read of open jobs per card, one more at the claim (read ${reads} times)`);
  t.equal(w.worker.stats().targets, 1, 'still held');
  await w.worker.stop();
});

t.test('a redelivered job (an old id) is found while its target is held, whether it holds few jobs or many', async (t) => {
  const w = setup({ idleReleaseMs: 60_000 });
  const p = w.link('held');
  w.worker.start();
  const [first] = await w.send(1, 'held');
  await waitFor('delivered', () => w.worker.stats().delivered === 1);
  await new Promise((r) => setTimeout(r, 20));
  // Dry and complete: the redelivery's wake-up must still read from the start.
  await w.db.requeue(first!.id);
  await waitFor('delivered again', () => w.worker.stats().delivered === 2);
  // Many jobs held (read from the last id on a wake-up): the check once dry finds it.
  fake.answer({ kind: 'slow', delayMs: 30 }, p);
  for (let n = 2; n <= 11; n++) await w.send(n, 'held');
  await waitFor('ten held', () => w.worker.stats().jobs >= 10);
  await w.db.requeue(first!.id);
  await waitFor('all delivered', () => w.worker.stats().delivered === 13);
  t.same(w.bodies(p).sort((a, b) => a - b), [1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  await w.worker.stop();
});

t.test('concurrency is bounded over all targets', async (t) => {
  const w = setup({ concurrency: 4 });
  for (let i = 0; i < 12; i++) fake.answer({ kind: 'slow', delayMs: 40 }, w.link(`c${i}`));
  w.worker.start();
  for (let i = 0; i < 12; i++) await w.send(i, `c${i}`);
  let peak = 0;
  while (w.worker.stats().delivered < 12) {
    peak = Math.max(peak, w.worker.stats().inFlight);
    await new Promise((r) => setTimeout(r, 2));
  }
  t.equal(peak, 4);
  await w.worker.stop();
});

t.test('a redelivered job is sent again with a fresh retry budget', async (t) => {
  const w = setup({ maxAttempts: 2 });
  const p = w.link('again');
  w.worker.start();
  const [job] = await w.send(1, 'again');
  await waitFor('delivered', () => w.worker.stats().delivered === 1);
  fake.answerNext(p, { kind: 'status', status: 500 });
  await w.db.requeue(job.id);
  await waitFor('delivered again', () => w.worker.stats().delivered === 2);
  t.same(w.bodies(p), [1, 1, 1]);
  await w.worker.stop();
});

t.test('a target is released once it runs dry, and its windows come back with its next claim', async (t) => {
  const windows = [{ limit: 3, ms: 1500 }];
  const w = setup({ windows });
  const p = w.link('bursty');
  w.worker.start();
  await w.send(1, 'bursty');
  await w.send(2, 'bursty');
  await waitFor('delivered', () => w.worker.stats().delivered === 2);
  await waitFor('released', () => w.db.leases.size === 0 && w.worker.stats().targets === 0);
  for (let n = 3; n <= 5; n++) await w.send(n, 'bursty');
  await waitFor('all delivered', () => w.worker.stats().delivered === 5);
  t.same(w.bodies(p), [1, 2, 3, 4, 5]);
  t.same(fake.windowViolations(windows).filter((v) => v.path === p), [], 'the sends before the release still counted');
  t.ok(w.db.leaseLog.filter((s) => s.owner === w.worker.owner).length >= 2, 'claimed again for the new work');
  await w.worker.stop();
});

t.test('stop() waits for posts in flight, and aborts them after its timeout', async (t) => {
  const w = setup();
  const slow = w.link('slow');
  fake.answer({ kind: 'slow', delayMs: 300 }, slow);
  w.worker.start();
  const [a] = await w.send(1, 'slow');
  const [b] = await w.send(2, 'slow');
  await fake.waitForRequests(1, slow);
  const stopping = Date.now();
  await w.worker.stop(5000);
  t.ok(Date.now() - stopping >= 250, 'waited for the slow answer');
  t.equal(w.db.jobs.get(a.id)!.status, 'delivered');
  t.equal(w.db.jobs.get(b.id)!.status, 'queued', 'the next job was not started');
  t.equal(fake.requestsFor(slow).length, 1);
  t.equal(w.db.leases.size, 0, 'its leases are released');

  // Posts time out after 10 s: a stop that did not abort would wait that long.
  const held = setup({ timeoutMs: 10_000 });
  const hold = held.link('hold');
  fake.answer({ kind: 'hold' }, hold);
  held.worker.start();
  const [h] = await held.send(1, 'hold');
  await fake.waitForRequests(1, hold);
  const t0 = Date.now();
  await held.worker.stop(100);
  t.ok(Date.now() - t0 < 5000, 'bounded by its timeout, not the post\'s');
  t.match(held.db.attempts, [{ jobId: h.id, outcome: 'retry', error: /delivery worker stopped/ }], 'the aborted post is recorded as a retry');
  t.equal(held.db.jobs.get(h.id)!.status, 'retrying');
});

t.test('bad options are refused with the option named', async (t) => {
  t.throws(() => setup({ concurrency: 0 }), /concurrency must be a number ≥ 1/);
  t.throws(() => setup({ leaseMs: Number.NaN }), /leaseMs/);
  t.throws(() => setup({ idleReleaseMs: -1 }), /idleReleaseMs must be a number ≥ 0/);
  t.doesNotThrow(() => setup({ timeoutMs: undefined }));
});

t.test('no log line or recorded error carries the webhook secret', async (t) => {
  t.ok(logs.length > 0);
  t.notMatch(JSON.stringify(logs), /SECRET/);
});
