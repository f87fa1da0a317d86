/**
 * The contract of the queue's three faces (EventStore, JobQueue, DeliveryLog), which one object
 * implements: every implementation and every fake the tests use must pass it.
 */
import { randomUUID } from 'node:crypto';
import type { Test } from 'tap';
import { targetKeyOf } from '../../src/links/target-key.js';
import type { DeliveryLog } from '../../src/queue/delivery-log.js';
import type { EventStore } from '../../src/queue/event-store.js';
import type { JobQueue } from '../../src/queue/job-queue.js';
import type { AttemptRecord, EventRecord, Job, JobInput } from '../../src/queue/records.js';
import { example } from '../helpers/github-examples.js';
import { together, type Factory } from './harness.js';

export type EventQueue = EventStore & JobQueue & DeliveryLog;
/** An implementation reads lease and requeue times from `now`, which the suite moves by hand. */
export type EventQueueFactory = Factory<EventQueue, { now: () => number }>;

export const START = Date.UTC(2026, 0, 1);
const LEASE = 15_000;
const PAYLOAD = JSON.stringify(example('issues', (p) => p.action === 'opened'));

export const event = (receivedAt = START, delivery: string = randomUUID()): EventRecord => ({
  delivery,
  name: 'issues',
  action: 'opened',
  repository: 'octo-org/octo-repo',
  payload: PAYLOAD,
  receivedAt,
});
const target = (channel: string) => targetKeyOf(`https://contoso.webhook.office.com/webhookb2/${channel}/IncomingWebhook/x/y`);
export const T1 = target('one');
export const T2 = target('two');
const T3 = target('three');
export const job = (linkId: string, on = T1, summary = `card for ${linkId}`): JobInput => ({ linkId, target: on, summary });
export const attempt = (j: Job, over: Partial<AttemptRecord> = {}): AttemptRecord => ({
  jobId: j.id,
  linkId: j.linkId,
  target: j.target,
  startedAt: START + 1_000,
  durationMs: 40,
  statusCode: 200,
  outcome: 'delivered',
  ...over,
});

/** Resolves with the first wake of `queue` that names `on`; rejects if none comes within 5 s. */
function wokenFor(queue: JobQueue, on: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (stop(), reject(new Error(`no wake-up for ${on}`))), 5_000);
    const stop = queue.onWork((targets) => {
      if (!targets.includes(on)) return;
      clearTimeout(timer);
      stop();
      resolve(targets);
    });
  });
}

export function eventQueueContract(t: Test, name: string, factory: EventQueueFactory): void {
  const open = async (t: Test) => {
    let at = START;
    const harness = await factory(t, { now: () => at });
    return harness && { ...harness, q: harness.subject, advance: (ms: number) => void (at += ms) };
  };

  t.test(`${name}: ingest stores the event and its jobs together`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const { q } = h;
    const e = event();
    const result = await q.ingest(e, [job('a'), job('b', T2)]);
    t.equal(result.duplicate, false);
    t.type(result.eventId, 'number');
    t.match(result.jobs, [
      { eventId: result.eventId, delivery: e.delivery, eventName: 'issues', linkId: 'a', target: T1, summary: 'card for a', status: 'queued', attempts: 0, nextAttemptAt: START, createdAt: START },
      { linkId: 'b', target: T2 },
    ]);
    t.ok(result.jobs[0]!.id < result.jobs[1]!.id, 'job ids follow the order of the inputs');
    for (const j of result.jobs) t.same(await q.getJob(j.id), j, 'getJob reads what ingest answered');
    t.same((await q.loadEvents([result.eventId!])).get(result.eventId!), { name: 'issues', payload: PAYLOAD });
    t.equal((await q.loadEvents([result.eventId! + 1_000])).get(result.eventId! + 1_000), undefined);
    t.equal(await q.eventCount(), 1);
    const none = await q.ingest(event(), []);
    t.equal(none.duplicate, false, 'an event no link wants is stored too');
    t.same(none.jobs, []);
    t.equal(await q.eventCount(), 2);
    const both = await q.loadEvents([none.eventId!, result.eventId! + 1_000, result.eventId!]);
    t.same([...both.keys()].sort((a, b) => a - b), [result.eventId!, none.eventId!], 'loadEvents: the stored ones, by id, the missing one left out');
    t.same(both.get(result.eventId!), { name: 'issues', payload: PAYLOAD });
    t.equal((await q.loadEvents([])).size, 0);
    await q.ping();
  });

  t.test(`${name}: any text is stored (U+0000 may come back as U+FFFD)`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const { jobs } = await h.q.ingest(event(), [job('a', T1, 'title with \u0000 inside ✓')]);
    t.equal((await h.q.getJob(jobs[0]!.id))!.summary.replace(/[\u0000\uFFFD]/g, ''), 'title with  inside ✓');
  });

  t.test(`${name}: a delivery id is stored once, also when ingested concurrently`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const { q } = h;
    const e = event();
    const first = await q.ingest(e, [job('a')]);
    const again = await q.ingest({ ...e, name: 'push' }, [job('a'), job('b')]);
    t.same(again, { duplicate: true, jobs: [] });
    t.same((await q.openJobs(T1)).map((j) => j.id), first.jobs.map((j) => j.id), 'the duplicate stored no jobs');

    const same = event(START, randomUUID());
    const racing = await together(8, () => q.ingest(same, [job('c', T3)]));
    t.equal(racing.filter((r) => r.status === 'fulfilled' && !r.value.duplicate).length, 1, 'one of eight concurrent ingests stores');
    t.equal(racing.filter((r) => r.status === 'fulfilled' && r.value.duplicate).length, 7, 'the others are told it is a duplicate');
    t.equal((await q.openJobs(T3)).length, 1);
    if (h.replica) {
      const other = await h.replica();
      const across = event(START, randomUUID());
      const results = await together(8, (i) => (i % 2 ? other : q).ingest(across, [job('d', T2)]));
      t.equal(results.filter((r) => r.status === 'fulfilled' && !r.value.duplicate).length, 1, 'one store across two replicas');
      t.equal(results.filter((r) => r.status === 'rejected').length, 0);
      t.equal((await q.openJobs(T2)).length, 1);
    }
    t.equal(await q.eventCount(), h.replica ? 3 : 2);
  });

  t.test(`${name}: a target is held by one owner at a time`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const { q } = h;
    await q.ingest(event(), [job('a', T1), job('b', T2)]);
    await q.ingest(event(), [job('c', T3)]);
    t.same((await q.claim('alpha', LEASE, 2)).sort(), [T1, T2].sort(), 'the targets with the oldest open jobs first, up to the limit');
    t.same(await q.claim('beta', LEASE, 10), [T3], 'another owner gets only what is free');
    t.same(await q.claim('beta', LEASE, 10), [], 'nothing newly held: its own target is renewed, not returned');
    t.same(await q.claim('alpha', LEASE, 10), []);

    if (!h.replica) return;
    // Two replicas racing for 30 targets, round after round: never one target twice.
    const other = await h.replica();
    const many = Array.from({ length: 30 }, (_, i) => target(`race-${i}`));
    await q.ingest(event(), many.map((m, i) => job(`l${i}`, m)));
    const [mine, theirs] = await Promise.all([
      Promise.all([1, 2, 3].map(() => q.claim('gamma', LEASE, 8))).then((r) => r.flat()),
      Promise.all([1, 2, 3].map(() => other.claim('delta', LEASE, 8))).then((r) => r.flat()),
    ]);
    const claimed = [...mine, ...theirs];
    t.equal(new Set(claimed).size, claimed.length, 'no target was handed to both replicas');
    t.ok(claimed.every((c) => many.includes(c)), 'nobody took a target alpha or beta holds');
  });

  t.test(`${name}: a lease that runs out is taken over; renew keeps it, release frees it`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const { q } = h;
    await q.ingest(event(), [job('a', T1), job('b', T2)]);
    t.same((await q.claim('alpha', 1_000, 10)).sort(), [T1, T2].sort());
    h.advance(800);
    t.same((await q.renew('alpha', [T1, T3], 1_000)).sort(), [T1], 'renew answers the targets still held');
    h.advance(800);
    t.same(await q.claim('beta', 1_000, 10), [T2], 'the lease not renewed ran out and is taken over');
    t.same(await q.renew('alpha', [T2], 1_000), [], 'the old owner learns it lost the target');
    t.same(await q.renew('alpha', [T1], 1_000), [T1]);
    await q.release('alpha', [T1]);
    t.same(await q.claim('beta', 1_000, 10), [T1], 'a released target is free at once');
    await q.release('alpha', [T2]);
    t.same(await q.claim('alpha', 1_000, 10), [], 'releasing what another owner holds changes nothing');
    h.advance(1_000);
    t.same((await q.renew('beta', [T1, T2], 1_000)).sort(), [T1, T2].sort(), 'a lease that ran out but nobody took is still held');
  });

  t.test(`${name}: only targets with open jobs are claimed`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const { q } = h;
    t.same(await q.claim('alpha', LEASE, 10), [], 'nothing to claim in an empty queue');
    const { jobs } = await q.ingest(event(), [job('a', T1)]);
    await q.record(attempt(jobs[0]!));
    t.same(await q.claim('alpha', LEASE, 10), [], 'a target whose jobs are finished is not claimed');
    await q.record(attempt((await q.ingest(event(), [job('b', T2)])).jobs[0]!, { outcome: 'retry', statusCode: 502, nextAttemptAt: START + 60_000 }));
    t.same(await q.claim('alpha', LEASE, 10), [T2], 'a retrying job is open work');
  });

  t.test(`${name}: open jobs of a target, oldest first, in pages`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const { q } = h;
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { jobs } = await q.ingest(event(START + i), [job(`a${i}`, T1), job(`b${i}`, T2), job(`c${i}`, T1)]);
      ids.push(jobs[0]!.id, jobs[2]!.id);
    }
    const all = await q.openJobs(T1);
    t.same(all.map((j) => j.id), ids);
    t.ok(all.every((j) => j.target === T1 && j.status === 'queued'));
    t.same((await q.openJobs(T1, ids[1], 2)).map((j) => j.id), ids.slice(2, 4), 'afterId and limit page through');
    t.same(await q.openJobs(T1, ids[5]), []);
    await q.record(attempt(all[0]!));
    await q.record(attempt(all[1]!, { outcome: 'dead', statusCode: 404 }));
    t.same((await q.openJobs(T1)).map((j) => j.id), ids.slice(2), 'finished jobs are not open');
    t.same(await q.openJobs(target('nobody')), []);
    await q.ingest(event(), Array.from({ length: 101 }, (_, i) => job(`d${i}`, T3)));
    t.equal((await q.openJobs(T3)).length, 100, 'a page holds 100 jobs unless told otherwise');
  });

  t.test(`${name}: record stores the attempt and moves the job`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const { q } = h;
    const { jobs } = await q.ingest(event(), [job('a'), job('b'), job('c')]);
    const [a, b, c] = jobs as [Job, Job, Job];
    await q.record(attempt(a, { statusCode: 502, error: 'HTTP 502', outcome: 'retry', nextAttemptAt: START + 30_000 }));
    t.match(await q.getJob(a.id), { status: 'retrying', attempts: 1, nextAttemptAt: START + 30_000 }, 'the write is visible once record resolves');
    await q.record(attempt(a, { startedAt: START + 30_000, durationMs: 25 }));
    t.match(await q.getJob(a.id), { status: 'delivered', attempts: 2 });
    await q.record(attempt(b, { statusCode: 400, error: 'HTTP 400: bad card', outcome: 'dead' }));
    t.match(await q.getJob(b.id), { status: 'dead', attempts: 1 });
    await q.record(attempt(c, { statusCode: undefined, error: 'timeout after 10000 ms', durationMs: 10_000, outcome: 'retry', nextAttemptAt: START + 20_000 }));

    const view = (await q.get(a.id))!;
    t.match(view, { id: a.id, status: 'delivered', lastStatusCode: 200, lastError: null, nextAttemptAt: null, finishedAt: new Date(START + 30_025).toISOString() });
    t.same(view.attempts, [
      { startedAt: new Date(START + 1_000).toISOString(), durationMs: 40, statusCode: 502, error: 'HTTP 502', outcome: 'retry' },
      { startedAt: new Date(START + 30_000).toISOString(), durationMs: 25, statusCode: 200, error: null, outcome: 'delivered' },
    ]);
    t.match(await q.get(b.id), { status: 'dead', lastStatusCode: 400, lastError: 'HTTP 400: bad card', finishedAt: new Date(START + 1_040).toISOString() });
    t.match(await q.get(c.id), { status: 'retrying', lastStatusCode: null, lastError: 'timeout after 10000 ms', nextAttemptAt: new Date(START + 20_000).toISOString(), finishedAt: null });
    await t.rejects(q.record({ ...attempt(a), jobId: c.id + 1_000 }), 'an attempt of no job is an error, not silence');
  });

  t.test(`${name}: records made at once each settle on their own, in order`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const { q } = h;
    const { jobs } = await q.ingest(event(), Array.from({ length: 30 }, (_, i) => job(`l${i}`)));
    // All in one turn, as a burst of answered posts records them: a missing job among them, and
    // two attempts of one job (a retry, then its success) that must apply in order.
    const twice = jobs[0]!;
    const settled = await Promise.allSettled([
      q.record(attempt(twice, { outcome: 'retry', statusCode: 502, nextAttemptAt: START + 5_000 })),
      ...jobs.slice(1).map((j) => q.record(attempt(j))),
      q.record({ ...attempt(twice), jobId: jobs[29]!.id + 1_000 }),
      q.record(attempt(twice, { startedAt: START + 5_000 })),
    ]);
    t.same(settled.map((s) => s.status), [...Array(30).fill('fulfilled'), 'rejected', 'fulfilled'], 'only the attempt of no job fails');
    for (const j of jobs.slice(1)) t.match(await q.getJob(j.id), { status: 'delivered', attempts: 1 });
    t.match(await q.getJob(twice.id), { status: 'delivered', attempts: 2 }, 'both attempts of one job applied, in order');
    t.same((await q.get(twice.id))!.attempts.map((a) => a.outcome), ['retry', 'delivered']);
  });

  t.test(`${name}: a digest post is recorded on every job it carried, and the log shows which`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const { q } = h;
    const first = await q.ingest(event(), [job('a')]);
    const second = await q.ingest(event(), [job('a')]);
    const alone = await q.ingest(event(), [job('a')]);
    const [a, b, c] = [first.jobs[0]!, second.jobs[0]!, alone.jobs[0]!];
    await q.record(attempt(a, { outcome: 'retry', statusCode: 502, nextAttemptAt: START + 9_000, digest: 'dg-1' }));
    await q.record(attempt(b, { outcome: 'retry', statusCode: 502, nextAttemptAt: START + 9_000, digest: 'dg-1' }));
    await q.record(attempt(a, { startedAt: START + 9_000, digest: 'dg-2' }));
    await q.record(attempt(b, { startedAt: START + 9_000, digest: 'dg-2' }));
    await q.record(attempt(c));
    const view = (await q.get(b.id))!;
    t.equal(view.status, 'delivered');
    t.same(
      view.attempts.map((x) => x.digest),
      [
        { id: 'dg-1', jobs: [a.id, b.id], deliveries: [a.delivery, b.delivery] },
        { id: 'dg-2', jobs: [a.id, b.id], deliveries: [a.delivery, b.delivery] },
      ],
      'each attempt names its digest and everything it carried',
    );
    const listed = await q.list({ linkId: 'a' });
    t.same(listed.find((d) => d.id === a.id)!.attempts[1]!.digest, { id: 'dg-2', jobs: [a.id, b.id], deliveries: [a.delivery, b.delivery] });
    t.notOk('digest' in (await q.get(c.id))!.attempts[0]!, 'a card of its own names no digest');
    t.same(await q.sendsSince(T1, START), [START + 1_040, START + 1_040, START + 9_040], 'a digest post counts once in the rate history, whatever it carried');
  });

  t.test(`${name}: sendsSince answers each post to one target at its answer time`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const { q } = h;
    const { jobs } = await q.ingest(event(), [job('a', T1), job('b', T1), job('c', T2)]);
    const [a, b, c] = jobs as [Job, Job, Job];
    await q.record(attempt(a, { startedAt: START + 2_000, durationMs: 10, outcome: 'retry', statusCode: 429, nextAttemptAt: START + 5_000 }));
    await q.record(attempt(b, { startedAt: START + 1_000, durationMs: 50 }));
    await q.record(attempt(c, { startedAt: START + 1_500, durationMs: 5 }));
    await q.record(attempt(a, { startedAt: START + 5_000, durationMs: 7 }));
    t.same(await q.sendsSince(T1, START), [START + 1_050, START + 2_010, START + 5_007], 'every link on the webhook counts, throttled posts too');
    t.same(await q.sendsSince(T1, START + 1_001), [START + 2_010, START + 5_007], 'posts started before `since` are left out');
    t.same(await q.sendsSince(T2, START), [START + 1_505]);
    t.same(await q.sendsSince(T3, START), []);
  });

  t.test(`${name}: onWork wakes for ingested and requeued work`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const { q } = h;
    const woken = wokenFor(q, T1);
    const { jobs } = await q.ingest(event(), [job('a', T1)]);
    t.ok((await woken).includes(T1), 'an ingest wakes its target');

    await q.record(attempt(jobs[0]!));
    const requeued = wokenFor(q, T1);
    await q.requeue(jobs[0]!.id);
    t.ok((await requeued).includes(T1), 'a requeue wakes its target');

    const calls: string[][] = [];
    const stop = q.onWork((targets) => calls.push(targets));
    stop();
    const seen = wokenFor(q, T2);
    await q.ingest(event(), [job('b', T2)]);
    await seen;
    t.same(calls, [], 'a stopped subscription is not called');

    t.ok((await q.claim('alpha', LEASE, 10)).includes(T2));
    const released = wokenFor(q, T2);
    await q.release('alpha', [T2]);
    t.ok((await released).includes(T2), 'a target released with work left wakes, so another owner takes it at once');

    if (!h.replica) return;
    const other = await h.replica();
    const fromOther = wokenFor(q, T2);
    await other.ingest(event(), [job('d', T2)]);
    t.ok((await fromOther).includes(T2), 'an ingest on another replica wakes this one');
    const otherWoken = wokenFor(other, T1);
    await q.record(attempt((await q.openJobs(T1))[0]!));
    await q.requeue(jobs[0]!.id);
    t.ok((await otherWoken).includes(T1), 'a requeue on this replica wakes the other');
  });

  t.test(`${name}: requeue puts a finished job back with a fresh budget`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const { q } = h;
    const { jobs } = await q.ingest(event(), [job('a'), job('b')]);
    const [a, b] = jobs as [Job, Job];
    t.equal(await q.requeue(a.id), undefined, 'a queued job is not requeued');
    await q.record(attempt(b, { outcome: 'retry', statusCode: 500, nextAttemptAt: START + 9_000 }));
    t.equal(await q.requeue(b.id), undefined, 'nor a retrying one');
    await q.record(attempt(a, { outcome: 'dead', statusCode: 404, error: 'HTTP 404' }));
    h.advance(60_000);
    const requeued = await q.requeue(a.id);
    // retry-policy.ts counts `attempts` within the current budget: a redelivery starts it at 0.
    t.match(requeued, { id: a.id, status: 'queued', attempts: 0, requeuedAt: START + 60_000, nextAttemptAt: START + 60_000 });
    t.same(await q.getJob(a.id), requeued);
    t.equal((await q.get(a.id))!.attempts.length, 1, 'the delivery log keeps the attempts of the earlier budget');
    t.same((await q.openJobs(T1)).map((j) => j.id), [a.id, b.id]);
    t.match(await q.get(a.id), { status: 'queued', finishedAt: null, nextAttemptAt: new Date(START + 60_000).toISOString() });
    t.equal(await q.requeue(b.id + 1_000), undefined, 'no such job');
    t.notOk('requeuedAt' in (await q.getJob(b.id))!, 'a job never requeued has no requeuedAt');
  });

  t.test(`${name}: the delivery log lists newest first, filtered and paged`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const { q } = h;
    const ids: number[] = [];
    for (let i = 0; i < 4; i++) ids.push(...(await q.ingest(event(START + i), [job('a'), job('b', T2)])).jobs.map((j) => j.id));
    await q.record(attempt((await q.getJob(ids[0]!))!, { outcome: 'dead', statusCode: 410 }));
    const all = await q.list({});
    t.same(all.map((v) => v.id), [...ids].reverse());
    t.match(all.at(-1), { delivery: (await q.getJob(ids[0]!))!.delivery, event: 'issues', action: 'opened', repository: 'octo-org/octo-repo', linkId: 'a', summary: 'card for a', status: 'dead' });
    t.equal(all.at(-1)!.attempts.length, 1, 'a listed delivery carries its attempts');
    t.equal(all.at(-1)!.receivedAt, new Date(START).toISOString());
    t.same((await q.list({ linkId: 'b' })).map((v) => v.id), [ids[7], ids[5], ids[3], ids[1]]);
    t.same((await q.list({ status: 'dead' })).map((v) => v.id), [ids[0]]);
    t.same((await q.list({ limit: 3 })).map((v) => v.id), [ids[7], ids[6], ids[5]]);
    t.same((await q.list({ limit: 3, beforeId: ids[5] })).map((v) => v.id), [ids[4], ids[3], ids[2]]);
    t.same((await q.list({ linkId: 'a', status: 'queued', beforeId: ids[4] })).map((v) => v.id), [ids[2]]);
    t.same(await q.list({ linkId: 'nobody' }), []);
    t.equal(await q.get(ids[7]! + 1_000), undefined);
    t.equal(await q.getJob(ids[7]! + 1_000), undefined);
  });

  t.test(`${name}: countByStatus counts every job by status, finished ones included`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const { q } = h;
    t.same(await q.countByStatus(), { queued: 0, retrying: 0, delivered: 0, dead: 0 }, 'every status is there, also at 0');
    const { jobs } = await q.ingest(event(), [job('a'), job('b'), job('c'), job('d', T2)]);
    await q.ingest(event(), [job('e', T3)]);
    const [a, b, c] = jobs as [Job, Job, Job];
    await q.record(attempt(a));
    await q.record(attempt(b, { outcome: 'dead', statusCode: 404, error: 'HTTP 404' }));
    await q.record(attempt(c, { outcome: 'retry', statusCode: 500, nextAttemptAt: START + 9_000 }));
    t.same(await q.countByStatus(), { queued: 2, retrying: 1, delivered: 1, dead: 1 });
    await q.requeue(b.id);
    t.same(await q.countByStatus(), { queued: 3, retrying: 1, delivered: 1, dead: 0 }, 'a requeued dead letter counts as queued again');
    if (!h.replica) return;
    const other = await h.replica();
    await other.ingest(event(), [job('f', T2)]);
    t.same(await q.countByStatus(), { queued: 4, retrying: 1, delivered: 1, dead: 0 }, "another replica's jobs count too: one shared figure");
  });
}
