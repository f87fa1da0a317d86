/**
 * The lane scheduler on a fake clock: what the worker tests once checked by waiting (`took >=
 * 1300`) is checked here to the millisecond, without waiting.
 */
import t from 'tap';
import { LaneScheduler, type LaneJob } from '../../src/delivery/lane-scheduler.js';
import { RateLimiter, type RateWindow } from '../../src/delivery/rate-limiter.js';
import { windowViolationsOf } from '../helpers/fake-teams.js';
import { createFakeClock } from '../helpers/fake-clock.js';

interface Started {
  job: LaneJob;
  at: number;
}

/** A scheduler whose posts are answered when the test says so (`answer`), by default at once. */
function harness(options: { windows?: RateWindow[]; guardMs?: number; concurrency?: number } = {}) {
  const clock = createFakeClock();
  const t0 = clock.now();
  const limiter = new RateLimiter({ windows: options.windows ?? [{ limit: 100, ms: 1000 }], guardMs: options.guardMs ?? 0 });
  const started: Started[] = [];
  const inFlight: Started[] = [];
  const windowWaits: number[] = [];
  const scheduler = new LaneScheduler<LaneJob>({
    clock,
    limiter,
    concurrency: options.concurrency ?? 16,
    windowWait: (ms) => windowWaits.push(ms),
    start(job, at) {
      const s = { job, at: at - t0 };
      started.push(s);
      inFlight.push(s);
    },
  });
  let nextId = 1;
  const add = (linkId: string, target = linkId, nextAttemptAt = 0) => {
    const job = { id: nextId++, linkId, target, nextAttemptAt };
    scheduler.add(job);
    return job;
  };
  /** Answers every post in flight (and those that start meanwhile) with `retryAt(job)`'s verdict. */
  const answer = (retryAt: (job: LaneJob) => number | undefined = () => undefined) => {
    while (inFlight.length) {
      const { job } = inFlight.shift()!;
      scheduler.finish(job, retryAt(job));
    }
  };
  /** Answers at once and moves the clock from timer to timer until nothing is left to do. */
  const drain = (retryAt?: (job: LaneJob) => number | undefined) => {
    do answer(retryAt);
    while (clock.next() || inFlight.length);
  };
  const sendTimes = (linkId?: string) => started.filter((s) => linkId === undefined || s.job.linkId === linkId).map((s) => s.at);
  return { clock, t0, limiter, scheduler, started, inFlight, windowWaits, add, answer, drain, sendTimes };
}

t.test('a backlog is paced exactly by every window, each send as soon as its slot frees', async (t) => {
  const windows = [
    { limit: 3, ms: 200 },
    { limit: 5, ms: 600 },
  ];
  const h = harness({ windows, guardMs: 50 });
  for (let i = 0; i < 11; i++) h.add('busy');
  h.drain();
  // The long window binds twice; no send is late by a millisecond, none early.
  t.same(h.sendTimes(), [0, 0, 0, 250, 250, 650, 650, 650, 900, 900, 1300]);
  t.same(windowViolationsOf(h.sendTimes(), windows.map((w) => ({ ...w, ms: w.ms + 50 }))), []);
  t.ok(h.scheduler.stats().rateLimited > 0);
  t.match(h.scheduler.stats(), { jobs: 0, lanes: 0, inFlight: 0 });
  // Each held post waited from the moment it was ready (its predecessor answered) to its start.
  t.same(h.windowWaits, [250, 400, 250, 400], 'every wait on a window is reported once, to the millisecond');
});

t.test('a retry waiting for its time is no wait on a window', async (t) => {
  const h = harness({ windows: [{ limit: 10, ms: 1000 }] });
  const a = h.add('a');
  let tries = 0;
  h.drain((job) => (job === a && tries++ < 2 ? h.clock.now() + 100 : undefined));
  t.same(h.sendTimes(), [0, 100, 200]);
  t.same(h.windowWaits, []);
});

t.test('one timer at a time, however many lanes wait', async (t) => {
  const h = harness({ windows: [{ limit: 1, ms: 1000 }] });
  for (let i = 0; i < 50; i++) h.add(`link-${i}`, `target-${i % 10}`);
  h.answer();
  t.equal(h.started.length, 10, 'one per target at once');
  t.equal(h.clock.pending, 1);
  h.drain();
  t.equal(h.started.length, 50);
  t.equal(h.clock.pending, 0, 'no timer left behind');
});

t.test('a retrying head blocks its lane until its time; other lanes go on', async (t) => {
  const h = harness();
  const [a1, a2] = [h.add('a'), h.add('a')];
  const b = [h.add('b'), h.add('b'), h.add('b')];
  let tries = 0;
  h.drain((job) => (job === a1 && tries++ < 2 ? h.clock.now() + 100 : undefined));
  t.same(
    h.started.filter((s) => s.job.linkId === 'a').map((s) => [s.job.id, s.at]),
    [
      [a1.id, 0],
      [a1.id, 100],
      [a1.id, 200],
      [a2.id, 200],
    ],
    'the head is tried at each retry time, and the next job only after it is done',
  );
  t.same(
    h.started.filter((s) => s.job.linkId === 'b').map((s) => s.at),
    [0, 0, 0],
    'b was never held up',
  );
  t.same(b.map((j) => j.id), [3, 4, 5]);
});

t.test('links on one target share its windows; targets do not share', async (t) => {
  const h = harness({ windows: [{ limit: 2, ms: 300 }] });
  for (let i = 0; i < 2; i++) {
    h.add('repo-a', 'channel');
    h.add('repo-b', 'channel');
    h.add('other', 'elsewhere');
  }
  h.drain();
  const channel = h.started.filter((s) => s.job.target === 'channel').map((s) => s.at);
  t.same(channel, [0, 0, 300, 300]);
  t.same(h.sendTimes('other'), [0, 0]);
});

t.test('a hold on a target (Teams throttled it) stops every lane on it until then', async (t) => {
  const h = harness();
  h.add('first', 'hook');
  h.answer();
  h.limiter.holdUntil('hook', h.clock.now() + 500);
  h.add('second', 'hook');
  h.add('third', 'free');
  h.drain();
  t.same(h.sendTimes('second'), [500]);
  t.same(h.sendTimes('third'), [0]);
});

t.test('concurrency bounds the posts in flight over all lanes', async (t) => {
  const h = harness({ concurrency: 3 });
  for (let i = 0; i < 7; i++) h.add(`l${i}`);
  t.equal(h.inFlight.length, 3);
  t.equal(h.scheduler.stats().inFlight, 3);
  h.scheduler.finish(h.inFlight.shift()!.job);
  t.equal(h.inFlight.length, 3, 'a freed slot is taken at once');
  h.drain();
  t.equal(h.started.length, 7);
});

t.test('pause starts nothing until resume; lanes keep their order', async (t) => {
  const h = harness();
  h.scheduler.pause();
  const jobs = [h.add('x'), h.add('x')];
  t.equal(h.started.length, 0);
  h.clock.advance(1000);
  h.scheduler.resume();
  h.drain();
  t.same(h.started.map((s) => s.job.id), jobs.map((j) => j.id));
});

t.test('a dropped target is forgotten; its post in flight frees its slot and nothing else', async (t) => {
  const h = harness({ concurrency: 1 });
  const [first] = [h.add('l', 'gone'), h.add('l', 'gone')];
  t.equal(h.scheduler.held('gone'), 2);
  t.equal(h.scheduler.inFlightOf('gone'), 1);
  h.scheduler.dropTarget('gone');
  t.equal(h.scheduler.held('gone'), 0);
  const other = h.add('m', 'kept');
  t.equal(h.started.length, 1, 'the dropped post still holds its slot');
  t.equal(h.scheduler.finish(h.inFlight.shift()!.job), false, 'its answer changes no lane');
  t.same(h.started.map((s) => s.job.id), [first.id, other.id]);
  t.ok(h.scheduler.add({ ...first }), 'the same job may be held again after a new claim');
  h.drain();
  t.match(h.scheduler.stats(), { jobs: 0, lanes: 0, inFlight: 0 });
});

t.test('a job is held once, and one not yet due waits for its time', async (t) => {
  const h = harness();
  const job = h.add('later', 'later', h.clock.now() + 750);
  t.notOk(h.scheduler.add(job));
  t.equal(h.scheduler.stats().scheduled, 1);
  h.drain();
  t.same(h.sendTimes(), [750]);
});

t.test('an answered post frees its slot for another lane, while its own lane waits for finish', async (t) => {
  const h = harness({ concurrency: 1 });
  const a1 = h.add('a');
  h.add('a');
  const b1 = h.add('b');
  h.clock.advance(0);
  t.same(h.started.map((s) => s.job.id), [a1.id], 'one slot: one post');
  h.scheduler.answered(a1);
  t.same(h.started.map((s) => s.job.id), [a1.id, b1.id], "b's post takes the slot a's answer freed");
  t.equal(h.scheduler.stats().inFlight, 2, 'both lanes stay busy until their records are done');
  h.scheduler.answered(b1);
  t.equal(h.started.length, 2, "a's next card waits for a's finish, not for a slot");
  h.scheduler.finish(a1);
  t.equal(h.started.at(-1)!.job.linkId, 'a', 'then it goes');
  h.scheduler.answered(a1);
  h.scheduler.finish(b1);
  t.equal(h.started.length, 3, 'an answer or finish counted twice frees no second slot');
});
