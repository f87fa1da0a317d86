import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { createDeliveryWorker, type DeliveryWorkerOptions } from '../../src/delivery/worker.js';
import { openSqliteEventQueue } from '../../src/queue/sqlite-event-queue.js';
import type { EventQueue } from '../../src/queue/event-queue.js';
import { startFakeTeams, windowViolationsOf } from '../helpers/fake-teams.js';
import { createMemoryLinks, type MemoryLinks } from '../helpers/memory-links.js';
import { createMemoryQueue, memoryCards, type MemoryQueue } from '../helpers/memory-queue.js';
import { createCardSource } from '../../src/delivery/card-source.js';

const fake = await startFakeTeams();
t.teardown(() => fake.close());

const FAST: DeliveryWorkerOptions = {
  concurrency: 16,
  timeoutMs: 2000,
  windows: [{ limit: 100, ms: 1000 }],
  guardMs: 0,
  backoff: { baseMs: 20, capMs: 50, minMs: 5 },
};

const logs: Array<{ level: string; obj: object; msg?: string }> = [];
const logger = Object.fromEntries(
  ['debug', 'info', 'warn', 'error'].map((level) => [level, (obj: object, msg?: string) => logs.push({ level, obj, msg })]),
) as unknown as Parameters<typeof createDeliveryWorker>[0]['logger'];

let pathSeq = 0;
/** A fresh webhook path on the fake per link, so tests never see each other's requests. */
function link(links: MemoryLinks, id: string): string {
  const path = `/w${++pathSeq}/${id}`;
  links.put(id, `${fake.url}${path}?sig=SECRET`);
  return path;
}

function setup(options: DeliveryWorkerOptions = {}, queue: MemoryQueue = createMemoryQueue()) {
  const links = createMemoryLinks();
  const worker = createDeliveryWorker({ queue, links, cards: memoryCards(queue), logger, options: { ...FAST, ...options } });
  return { queue, links, worker };
}

async function waitFor(what: string, cond: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const bodiesOf = (path: string) => fake.requestsFor(path).map((r) => (r.body as { n: number }).n);

t.test('jobs of one link arrive in order, even behind a retrying head; other links are not held up', async (t) => {
  const { queue, links, worker } = setup();
  const q = queue as MemoryQueue;
  const a = link(links, 'a');
  const b = link(links, 'b');
  fake.answerNext(a, { kind: 'status', status: 500 }, { kind: 'throttle', retryAfter: '0.1' });
  const jobs = [...q.add([{ linkId: 'a' }, { linkId: 'b' }]), ...q.add([{ linkId: 'a' }, { linkId: 'b' }]), ...q.add([{ linkId: 'a' }])];
  worker.start();
  worker.enqueue(jobs);
  await waitFor('all delivered', () => worker.stats().delivered === 5);
  const aIds = jobs.filter((j) => j.linkId === 'a').map((j) => j.id);
  t.same(bodiesOf(a), [aIds[0], aIds[0], aIds[0], aIds[1], aIds[2]], 'head retried twice, then the rest in order');
  t.same(bodiesOf(b), jobs.filter((j) => j.linkId === 'b').map((j) => j.id));
  t.ok(fake.requestsFor(b).at(-1)!.at < fake.requestsFor(a)[2].at, 'b finished while a was backing off');
  const headAttempts = q.attempts.filter((x) => x.jobId === aIds[0]);
  t.match(headAttempts, [
    { outcome: 'retry', statusCode: 500 },
    { outcome: 'retry', statusCode: 429 },
    { outcome: 'delivered', statusCode: 200 },
  ]);
  t.ok(headAttempts[1].nextAttemptAt! - headAttempts[1].startedAt >= 100, 'Retry-After 0.1 s honoured');
  t.ok(fake.requestsFor(a)[2].at - fake.requestsFor(a)[1].at >= 95, 'and really waited');
  t.equal(q.jobs.get(aIds[0])!.status, 'delivered');
  t.match(worker.stats(), { delivered: 5, retried: 2, dead: 0, jobs: 0, inFlight: 0, links: 0 });
  await worker.stop();
});

t.test('every rate window holds per link while the worker drains a backlog', async (t) => {
  const windows = [
    { limit: 3, ms: 200 },
    { limit: 5, ms: 600 },
  ];
  const guardMs = 50;
  const { queue, links, worker } = setup({ windows, guardMs });
  const q = queue as MemoryQueue;
  const p = link(links, 'busy');
  const started = Date.now();
  worker.start();
  for (let i = 0; i < 11; i++) worker.enqueue(q.add([{ linkId: 'busy' }]));
  await waitFor('11 delivered', () => worker.stats().delivered === 11);
  // Exact on the worker's own clock: no window widened by the guard ever holds one send too many.
  const sent = q.attempts.map((a) => a.startedAt);
  t.same(windowViolationsOf(sent, windows.map((w) => ({ ...w, ms: w.ms + guardMs }))), []);
  // And at Teams' side, where the guard absorbs the jitter between sending and arriving.
  t.same(fake.windowViolations(windows).filter((v) => v.path === p), []);
  // Sends at about 0,0,0 · 250,250 · 650,650,650 · 900,900 · 1300: the long window binds twice,
  // and the worker wakes when a slot frees rather than polling late.
  const took = Date.now() - started;
  t.ok(took >= 1300 && took < 2500, `paced, not stalled (${took} ms)`);
  t.ok(sent[10] - sent[0] < 1300 + 200, `the last send went soon after its slot freed (${sent[10] - sent[0]} ms)`);
  t.ok(worker.stats().rateLimited > 0);
  await worker.stop();
});

t.test('links that share one webhook share its windows', async (t) => {
  const windows = [{ limit: 2, ms: 300 }];
  const { queue, links, worker } = setup({ windows, guardMs: 0 });
  const q = queue as MemoryQueue;
  const path = link(links, 'repo-a');
  links.put('repo-b', links.get('repo-a')!.webhookUrl);
  worker.start();
  worker.enqueue(q.add([{ linkId: 'repo-a' }, { linkId: 'repo-b' }, { linkId: 'repo-a' }, { linkId: 'repo-b' }]));
  await waitFor('4 delivered', () => worker.stats().delivered === 4);
  const sent = q.attempts.map((a) => a.startedAt);
  t.same(windowViolationsOf(sent, windows), [], 'never more than 2 per 300 ms to the one webhook');
  t.ok(sent[3] - sent[0] >= 300);
  t.equal(fake.requestsFor(path).length, 4);
  await worker.stop();
});

t.test('when Teams throttles a webhook anyway, the other links on it hold off too', async (t) => {
  const { queue, links, worker } = setup();
  const q = queue as MemoryQueue;
  const path = link(links, 'first');
  links.put('second', links.get('first')!.webhookUrl);
  fake.answerNext(path, { kind: 'throttle', retryAfter: '0.3' });
  worker.start();
  const [a] = q.add([{ linkId: 'first' }]);
  worker.enqueue([a]);
  await fake.waitForRequests(1, path);
  await new Promise((r) => setTimeout(r, 20));
  worker.enqueue(q.add([{ linkId: 'second' }]));
  await waitFor('both delivered', () => worker.stats().delivered === 2);
  const [throttled, ...rest] = fake.requestsFor(path);
  t.equal(rest.length, 2);
  for (const r of rest) t.ok(r.at - throttled.at >= 290, `nothing sent to the webhook during its Retry-After (${r.at - throttled.at} ms)`);
  await worker.stop();
});

t.test('permanent failures dead-letter at once and mark the link failing; a success heals it', async (t) => {
  const { queue, links, worker } = setup({ failingAfter: 3 });
  const q = queue as MemoryQueue;
  const p = link(links, 'gone');
  fake.answer({ kind: 'status', status: 404, body: 'Not Found' }, p);
  worker.start();
  const jobs = q.add([{ linkId: 'gone' }, { linkId: 'gone' }, { linkId: 'gone' }, { linkId: 'gone' }]);
  worker.enqueue(jobs);
  await waitFor('4 dead', () => worker.stats().dead === 4);
  t.equal(fake.requestsFor(p).length, 4, 'one request each, no retries');
  t.same(jobs.map((j) => q.jobs.get(j.id)!.status), ['dead', 'dead', 'dead', 'dead']);
  t.match(q.attempts.filter((a) => a.linkId === 'gone')[0], { outcome: 'dead', statusCode: 404, error: 'HTTP 404: Not Found' });
  const updates = links.updates.filter((u) => u.id === 'gone').map((u) => u.patch);
  t.match(updates[0], { consecutiveFailures: 1 });
  t.notOk(updates[1].health, 'not failing after 2');
  t.match(updates[2], { consecutiveFailures: 3, health: 'failing' });
  t.match(links.get('gone'), { health: 'failing', consecutiveFailures: 3, lastError: 'HTTP 404: Not Found' });
  t.equal(updates.length, 3, 'once failing, the same error is not written again');
  t.ok(logs.some((l) => l.msg === 'link marked failing'));

  fake.answer({ kind: 'ok' }, p);
  worker.enqueue(q.add([{ linkId: 'gone' }]));
  await waitFor('healed', () => links.get('gone')!.health === 'active');
  t.match(links.get('gone'), { consecutiveFailures: 0 });
  t.notOk(links.get('gone')!.lastError);
  await worker.stop();
});

t.test('retries stop after maxAttempts, and after maxAge', async (t) => {
  const { queue, links, worker } = setup({ maxAttempts: 3 });
  const q = queue as MemoryQueue;
  const p = link(links, 'down');
  fake.answer({ kind: 'status', status: 503 }, p);
  worker.start();
  const [job] = q.add([{ linkId: 'down' }]);
  worker.enqueue([job]);
  await waitFor('dead', () => worker.stats().dead === 1);
  t.equal(fake.requestsFor(p).length, 3);
  t.match(q.attempts.filter((a) => a.jobId === job.id), [{ outcome: 'retry' }, { outcome: 'retry' }, { outcome: 'dead', error: /gave up after 3 attempts/ }]);
  await worker.stop();

  const aged = setup({ maxAgeMs: 1000, backoff: { minMs: 2000, baseMs: 2000, capMs: 2000 } });
  const q2 = aged.queue as MemoryQueue;
  const p2 = link(aged.links, 'slowpoke');
  fake.answer({ kind: 'throttle-200' }, p2);
  aged.worker.start();
  const [old] = q2.add([{ linkId: 'slowpoke' }]);
  aged.worker.enqueue([old]);
  await waitFor('dead by age', () => aged.worker.stats().dead === 1);
  t.equal(fake.requestsFor(p2).length, 1, 'no retry that would land past the age limit');
  t.match(q2.attempts.at(-1), { outcome: 'dead', error: /throttled.*gave up after the maximum age/ });
  await aged.worker.stop();
});

t.test('a job whose link was deleted is dead-lettered without a request', async (t) => {
  const { queue, worker } = setup();
  const q = queue as MemoryQueue;
  worker.start();
  const before = fake.requests.length;
  worker.enqueue(q.add([{ linkId: 'nobody' }, { linkId: 'nobody' }]));
  await waitFor('dead', () => worker.stats().dead === 2);
  t.equal(fake.requests.length, before);
  t.match(q.attempts, [{ outcome: 'dead', error: 'link nobody no longer exists' }, { outcome: 'dead' }]);
  await worker.stop();
});

t.test('concurrency is bounded over all links', async (t) => {
  const { queue, links, worker } = setup({ concurrency: 4 });
  const q = queue as MemoryQueue;
  const jobs = [];
  for (let i = 0; i < 12; i++) {
    fake.answer({ kind: 'slow', delayMs: 40 }, link(links, `c${i}`));
    jobs.push(...q.add([{ linkId: `c${i}` }]));
  }
  worker.start();
  worker.enqueue(jobs);
  let peak = 0;
  while (worker.stats().delivered < 12) {
    peak = Math.max(peak, worker.stats().inFlight);
    await new Promise((r) => setTimeout(r, 2));
  }
  t.equal(peak, 4);
  await worker.stop();
});

t.test('stop() waits for posts in flight, and aborts them after its timeout', async (t) => {
  const { queue, links, worker } = setup();
  const q = queue as MemoryQueue;
  const slow = link(links, 'slow');
  fake.answer({ kind: 'slow', delayMs: 300 }, slow);
  worker.start();
  const [a, b] = q.add([{ linkId: 'slow' }, { linkId: 'slow' }]);
  worker.enqueue([a, b]);
  await fake.waitForRequests(1, slow);
  const stopping = Date.now();
  await worker.stop(5000);
  t.ok(Date.now() - stopping >= 250, 'waited for the slow answer');
  t.equal(q.jobs.get(a.id)!.status, 'delivered');
  t.equal(q.jobs.get(b.id)!.status, 'queued', 'the next job was not started');
  t.equal(fake.requestsFor(slow).length, 1);

  const held = setup();
  const hq = held.queue as MemoryQueue;
  const hold = link(held.links, 'hold');
  fake.answer({ kind: 'hold' }, hold);
  held.worker.start();
  const [h] = hq.add([{ linkId: 'hold' }]);
  held.worker.enqueue([h]);
  await fake.waitForRequests(1, hold);
  const t0 = Date.now();
  await held.worker.stop(100);
  t.ok(Date.now() - t0 < 1000, 'bounded by its timeout');
  t.match(hq.attempts, [{ jobId: h.id, outcome: 'retry', error: /delivery worker stopped/ }], 'the aborted post is recorded as a retry');
  t.equal(hq.jobs.get(h.id)!.status, 'retrying');
});

t.test('with the SQLite queue: delivers, records, and a restart keeps the windows and the backlog', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'delivery-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'queue.db');
  const windows = [{ limit: 2, ms: 1000 }];
  const links = createMemoryLinks();
  const p = link(links, 'L');
  const ingest = async (queue: EventQueue, n: number) =>
    (await queue.ingest({ delivery: `del-${n}`, name: 'push', payload: JSON.stringify({ n }), receivedAt: Date.now() }, [{ linkId: 'L', summary: `card ${n}` }])).jobs;
  // The real card source over the stored event; the "card" is just the event's number.
  const cardsOf = (queue: EventQueue) =>
    createCardSource({ queue, githubUrl: '', render: (event) => ({ message: { n: event.payload.n } as never, summary: 'n' }) });

  let queue = openSqliteEventQueue(file);
  let worker = createDeliveryWorker({ queue, links, cards: cardsOf(queue), logger, options: { ...FAST, windows } });
  worker.start();
  for (const n of [1, 2, 3]) worker.enqueue(await ingest(queue, n));
  await waitFor('two delivered', () => worker.stats().delivered === 2);
  t.equal(worker.stats().scheduled, 1, 'the third waits for the window');
  await worker.stop();
  await queue.close();

  queue = openSqliteEventQueue(file);
  t.same((await queue.pending()).map((j) => j.summary), ['card 3'], 'the backlog survived');
  worker = createDeliveryWorker({ queue, links, cards: cardsOf(queue), logger, options: { ...FAST, windows } });
  worker.start();
  worker.enqueue(await ingest(queue, 4));
  await waitFor('all delivered', () => worker.stats().delivered === 2, 5000);
  const times = fake.requestsFor(p).map((r) => r.at);
  t.same(fake.requestsFor(p).map((r) => (r.body as { n: number }).n), [1, 2, 3, 4]);
  t.ok(times[2] - times[0] >= 1000, `the restarted worker waited for the window (${times[2] - times[0]} ms)`);
  t.same(fake.windowViolations(windows).filter((v) => v.path === p), []);
  const [view] = await queue.listDeliveries({ linkId: 'L', limit: 1 });
  t.match(view, { status: 'delivered', lastStatusCode: 200, attempts: [{ outcome: 'delivered', statusCode: 200 }] });
  t.notMatch(JSON.stringify(await queue.listDeliveries({ linkId: 'L' })), /SECRET/);
  await worker.stop();
  await queue.close();
});

t.test('a redelivered job is sent again with a fresh retry budget', async (t) => {
  const { queue, links, worker } = setup({ maxAttempts: 2 });
  const q = queue as MemoryQueue;
  const p = link(links, 'again');
  worker.start();
  const [job] = q.add([{ linkId: 'again' }]);
  worker.enqueue([job]);
  await waitFor('delivered', () => worker.stats().delivered === 1);
  q.jobs.get(job.id)!.attempts = 5;
  fake.answerNext(p, { kind: 'status', status: 500 });
  worker.enqueue([(await q.requeue(job.id))!]);
  await waitFor('delivered again', () => worker.stats().delivered === 2);
  t.same(bodiesOf(p), [job.id, job.id, job.id]);
  await worker.stop();
});

t.test('while the store cannot record attempts, the job is held, no post starts, and all resume once it can', async (t) => {
  const { queue, links, worker } = setup({ concurrency: 4 });
  const q = queue as MemoryQueue;
  const a = link(links, 'disk-a');
  const b = link(links, 'disk-b');
  fake.answer({ kind: 'slow', delayMs: 50 }, a);
  worker.start();
  const aJobs = q.add([{ linkId: 'disk-a' }, { linkId: 'disk-a' }, { linkId: 'disk-a' }]);
  worker.enqueue(aJobs);
  await fake.waitForRequests(1, a);
  // The disk fills while the first card is on its way: Teams takes it, the bridge cannot say so.
  q.failWrites = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
  await waitFor('the refusal', () => logs.some((l) => l.msg?.startsWith('cannot record a delivery attempt')));
  const [bJob] = q.add([{ linkId: 'disk-b' }]);
  worker.enqueue([bJob]);
  await new Promise((r) => setTimeout(r, 700)); // the write is retried meanwhile (after 250 and 500 ms)
  t.equal(fake.requestsFor(a).length, 1, "the link's next card waits for the record of the last");
  t.equal(fake.requestsFor(b).length, 0, 'and no other link posts either');
  t.match(worker.stats(), { delivered: 0, inFlight: 1 }, 'the job is held');
  await t.rejects(q.ping(), /cannot write/);

  q.failWrites = undefined;
  await waitFor('all delivered', () => worker.stats().delivered === 4);
  t.same(bodiesOf(a), aJobs.map((j) => j.id), 'each card of the link once, in order');
  t.same(bodiesOf(b), [bJob.id]);
  t.same(q.attempts.map((x) => x.jobId).sort((x, y) => x - y), [...aJobs, bJob].map((j) => j.id), 'each attempt recorded once');
  t.ok(logs.some((l) => l.msg === 'delivery attempts are recorded again; sending resumes'));
  await q.ping();

  // Shutdown stays bounded while the store still refuses: the card is then sent again after a restart.
  q.failWrites = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
  worker.enqueue(q.add([{ linkId: 'disk-b' }]));
  await fake.waitForRequests(2, b);
  const stopping = Date.now();
  await worker.stop(300);
  t.ok(Date.now() - stopping < 2000, 'stop() is bounded by its timeout');
  t.ok(logs.some((l) => l.msg?.startsWith('delivery attempt left unrecorded at stop')));
});

t.test('a link edited while its backlog fails is marked failing again as its jobs are dead-lettered', async (t) => {
  const { queue, links, worker } = setup({ failingAfter: 2, concurrency: 1 });
  const q = queue as MemoryQueue;
  const p = link(links, 'edited');
  fake.answer({ kind: 'slow', delayMs: 20, then: { kind: 'status', status: 404, body: 'Not Found' } }, p);
  worker.start();
  const jobs = q.add(Array.from({ length: 10 }, () => ({ linkId: 'edited' })));
  worker.enqueue(jobs);
  await waitFor('4 dead', () => worker.stats().dead >= 4);
  t.match(links.get('edited'), { health: 'failing' });
  // What PATCH /api/links/:id does with any edit: the user's answer to a failing link starts it afresh.
  await links.update('edited', { branches: ['main'], health: 'active', consecutiveFailures: 0, lastError: null });
  t.ok(worker.stats().jobs > 2, 'the backlog is still there');
  await waitFor('all dead', () => worker.stats().dead === 10);
  await new Promise((r) => setImmediate(r));
  t.match(links.get('edited'), { health: 'failing', lastError: 'HTTP 404: Not Found' }, 'failing again after the edit');
  t.equal(links.get('edited')!.consecutiveFailures, 2, 'counted afresh from the edit');
  await worker.stop();
});

t.test('bad options are refused with the option named', async (t) => {
  t.throws(() => setup({ concurrency: 0 }), /concurrency must be a number ≥ 1/);
  t.throws(() => setup({ maxAttempts: Number.NaN }), /maxAttempts/);
  t.doesNotThrow(() => setup({ timeoutMs: undefined }));
});

t.test('no log line or recorded error carries the webhook secret', async (t) => {
  t.notMatch(JSON.stringify(logs), /SECRET/);
});
