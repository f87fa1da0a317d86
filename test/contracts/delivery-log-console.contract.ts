/**
 * The console's part of the DeliveryLog contract (src/queue/delivery-log.ts): per-link stats in
 * one query and requeueing a link's dead letters at once. Run against every queue the
 * event-queue suite runs against (same factories).
 */
import type { Test } from 'tap';
import type { Job } from '../../src/queue/records.js';
import { attempt, event, job, START, T2, T1, type EventQueueFactory } from './event-queue.contract.js';

const iso = (ms: number) => new Date(ms).toISOString();

export function deliveryLogConsoleContract(t: Test, name: string, factory: EventQueueFactory): void {
  const open = async (t: Test) => {
    let at = START;
    const harness = await factory(t, { now: () => at });
    return harness && { ...harness, q: harness.subject, advance: (ms: number) => void (at += ms) };
  };

  t.test(`${name}: linkStats counts backlog and dead letters and finds the last attempts, per link in the order asked`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const { q } = h;
    const jobs: Job[] = [];
    for (let i = 0; i < 3; i++) jobs.push(...(await q.ingest(event(), [job('a'), job('b', T2)])).jobs);
    const [a1, b1, a2, b2, a3] = jobs as [Job, Job, Job, Job, Job, Job];
    await q.record(attempt(a1, { startedAt: START + 1_000, durationMs: 30 }));
    await q.record(attempt(a2, { startedAt: START + 2_000, outcome: 'retry', statusCode: 502, nextAttemptAt: START + 9_000 }));
    await q.record(attempt(a3, { startedAt: START + 3_000, outcome: 'dead', statusCode: 404, error: 'HTTP 404' }));
    await q.record(attempt(b1, { startedAt: START + 1_500, outcome: 'dead', statusCode: 410 }));
    await q.record(attempt(b2, { startedAt: START + 2_500, outcome: 'dead', statusCode: 410 }));

    t.same(await q.linkStats(['b', 'none', 'a']), [
      { linkId: 'b', backlog: 1, dead: 2, lastDeliveredAt: null, lastAttemptAt: iso(START + 2_500) },
      { linkId: 'none', backlog: 0, dead: 0, lastDeliveredAt: null, lastAttemptAt: null },
      // a1 delivered (answered at +1,030); a2 retrying; a3 dead, the last attempt.
      { linkId: 'a', backlog: 1, dead: 1, lastDeliveredAt: iso(START + 1_030), lastAttemptAt: iso(START + 3_000) },
    ]);
    t.same(await q.linkStats([]), [], 'no links, no rows');
  });

  t.test(`${name}: requeueDead puts every dead letter of one link back, and only those`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const { q } = h;
    const jobs: Job[] = [];
    for (let i = 0; i < 3; i++) jobs.push(...(await q.ingest(event(), [job('a'), job('b')])).jobs);
    const [a1, b1, a2, , a3] = jobs as [Job, Job, Job, Job, Job, Job];
    for (const j of [a1, b1, a3]) await q.record(attempt(j, { outcome: 'dead', statusCode: 404, error: 'HTTP 404' }));
    await q.record(attempt(a2, { outcome: 'delivered' }));

    const woken = new Promise<string[]>((resolve) => {
      const stop = q.onWork((targets) => (stop(), resolve(targets)));
    });
    h.advance(60_000);
    t.equal(await q.requeueDead('a'), 2);
    t.ok((await woken).includes(T1), 'the target is woken');
    for (const j of [a1, a3]) t.match(await q.getJob(j.id), { status: 'queued', attempts: 0, requeuedAt: START + 60_000, nextAttemptAt: START + 60_000 });
    t.match(await q.getJob(a2.id), { status: 'delivered' }, 'a delivered job stays delivered');
    t.match(await q.getJob(b1.id), { status: 'dead' }, "another link's dead letter stays dead");
    t.same(
      (await q.openJobs(T1)).filter((j) => j.linkId === 'a').map((j) => j.id),
      [a1.id, a3.id],
      'they wait in their original order',
    );
    t.equal(await q.requeueDead('a'), 0, 'nothing left to requeue');
    t.equal(await q.requeueDead('nobody'), 0);
    t.match((await q.linkStats(['a']))[0], { backlog: 2, dead: 0 });
  });

  t.test(`${name}: retarget moves a link's open jobs to its new target, in order, and wakes it`, async (t) => {
    const h = await open(t);
    if (!h) return;
    const { q } = h;
    const jobs: Job[] = [];
    for (let i = 0; i < 4; i++) jobs.push(...(await q.ingest(event(), [job('a'), job('b')])).jobs);
    const [a1, b1, a2, , a3, , a4] = jobs as Job[];
    await q.record(attempt(a1!, { outcome: 'delivered' }));
    await q.record(attempt(a2!, { outcome: 'dead', statusCode: 404, error: 'HTTP 404' }));
    await q.record(attempt(a3!, { outcome: 'retry', statusCode: 502, nextAttemptAt: START + 5_000 }));

    // Wake-ups of the ingests above may still be on their way: wait for the one naming T2.
    const woken = new Promise<void>((resolve) => {
      const stop = q.onWork((targets) => targets.includes(T2) && (stop(), resolve()));
    });
    t.equal(await q.retarget('a', T2), 2, 'the retrying and the queued job move');
    await woken;
    t.pass('the new target is woken');
    t.same((await q.openJobs(T2)).map((j) => j.id), [a3!.id, a4!.id], 'they wait on the new target in their order');
    t.same((await q.openJobs(T1)).map((j) => j.linkId), ['b', 'b', 'b', 'b'], "another link's jobs stay");
    t.match(await q.getJob(a3!.id), { status: 'retrying', attempts: 1, target: T2 }, 'a retry keeps its count');
    t.match(await q.getJob(a1!.id), { status: 'delivered', target: T1 }, 'a finished job keeps the target it was sent to');
    t.match(await q.getJob(a2!.id), { status: 'dead', target: T1 });
    t.equal(await q.retarget('a', T2), 0, 'nothing left to move');
    t.same(await q.sendsSince(T2, 0), [], 'no send history moves with them');
    t.ok((await q.sendsSince(T1, 0)).length >= 3, 'the old target keeps its sends');
    await q.requeue(a2!.id);
    t.equal(await q.retarget('a', T2), 1, 'a dead letter requeued later moves too');
  });
}
