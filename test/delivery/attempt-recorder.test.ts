import t from 'tap';
import { AttemptRecorder } from '../../src/delivery/attempt-recorder.js';
import type { AttemptRecord } from '../../src/queue/records.js';
import { createFakeClock, settle } from '../helpers/fake-clock.js';
import { createMemoryJobDatabase, createMemoryJobQueue } from '../helpers/memory-job-queue.js';

const quiet = { info() {}, error() {} };

async function world() {
  const clock = createFakeClock();
  const db = createMemoryJobDatabase({ now: clock.now });
  const queue = createMemoryJobQueue(db);
  const { jobs } = await db.ingest({ delivery: 'd1', name: 'push', payload: '{}', receivedAt: clock.now() }, [
    { linkId: 'l', target: 'x', summary: 's' },
    { linkId: 'l', target: 'x', summary: 's' },
  ]);
  const pauses: boolean[] = [];
  const recorder = new AttemptRecorder({ queue, clock, backoff: { minMs: 100, baseMs: 100, capMs: 100 }, logger: quiet, paused: (on) => pauses.push(on) });
  const attempt = (jobId: number): AttemptRecord => ({ jobId, linkId: 'l', target: 'x', startedAt: clock.now(), durationMs: 5, outcome: 'delivered' });
  return { clock, db, queue, jobs, pauses, recorder, attempt };
}

t.test('a write that fails is tried again with backoff until stored, once, and sending is paused meanwhile', async (t) => {
  const w = await world();
  w.queue.failNext('record', 3);
  let stored: boolean | undefined;
  void w.recorder.write(w.attempt(w.jobs[0].id)).then((ok) => (stored = ok));
  await settle();
  t.same(w.pauses, [true], 'paused at the first failure');
  await w.clock.run(250);
  t.equal(stored, undefined, 'still trying after two waits');
  await w.clock.run(100);
  t.equal(stored, true);
  t.same(w.pauses, [true, false], 'resumed once stored');
  t.equal(w.db.attempts.length, 1, 'stored once');
  t.equal(w.recorder.failures, 3);
});

t.test('sending resumes only when every failed write has gone through', async (t) => {
  const w = await world();
  w.queue.failNext('record', 2);
  const first = w.recorder.write(w.attempt(w.jobs[0].id));
  const second = w.recorder.write(w.attempt(w.jobs[1].id));
  await settle();
  t.same(w.pauses, [true]);
  await w.clock.run(100);
  t.same(await Promise.all([first, second]), [true, true]);
  t.same(w.pauses, [true, false]);
});

t.test('abandoned at stop, a write still failing gives up at its next try', async (t) => {
  const w = await world();
  w.queue.sever();
  let stored: boolean | undefined;
  void w.recorder.write(w.attempt(w.jobs[0].id)).then((ok) => (stored = ok));
  await w.clock.run(1000);
  t.equal(stored, undefined, 'a store out of reach is waited for');
  w.recorder.abandon();
  await w.clock.run(100);
  t.equal(stored, false);
  t.same(w.pauses, [true, false]);
});
