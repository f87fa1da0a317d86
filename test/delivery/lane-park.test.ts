/**
 * Parking a lane (a paused link, src/delivery/target-worker.ts): its head job is not posted, the
 * lane starts nothing else, other lanes on the same webhook go on, and `unpark` resumes it in
 * order. On a fake clock, without waiting.
 */
import t from 'tap';
import { LaneScheduler, type LaneJob } from '../../src/delivery/lane-scheduler.js';
import { RateLimiter } from '../../src/delivery/rate-limiter.js';
import { createFakeClock } from '../helpers/fake-clock.js';

t.test('a parked lane holds its jobs in order until unparked; its neighbours go on', async (t) => {
  const clock = createFakeClock();
  const started: LaneJob[] = [];
  const scheduler = new LaneScheduler<LaneJob>({
    clock,
    limiter: new RateLimiter({ windows: [{ limit: 100, ms: 1000 }], guardMs: 0 }),
    concurrency: 4,
    start: (job) => void started.push(job),
  });
  const job = (id: number, linkId: string): LaneJob => ({ id, linkId, target: 'hook', nextAttemptAt: 0 });
  for (const j of [job(1, 'paused'), job(2, 'other'), job(3, 'paused'), job(4, 'other')]) scheduler.add(j);
  t.same(started.map((j) => j.id), [1, 2], 'one job per lane at a time');

  t.equal(scheduler.park(started[0]!), true, 'the paused lane parks on its head');
  scheduler.finish(started[1]!);
  t.same(started.map((j) => j.id), [1, 2, 4], 'the other lane goes on; the parked one starts nothing');
  scheduler.finish(started[2]!);
  scheduler.add(job(5, 'paused'));
  while (clock.next());
  t.same(started.map((j) => j.id), [1, 2, 4], 'new jobs of a parked lane wait too');
  t.equal(scheduler.held('hook'), 3, 'its jobs are still held (the target stays leased)');

  scheduler.unpark('nobody');
  t.equal(started.length, 3, 'unparking another link changes nothing');
  scheduler.unpark('paused');
  t.same(started.map((j) => j.id), [1, 2, 4, 1], 'unparked, the head goes first');
  for (let i = 3; i < 6; i++) scheduler.finish(started[i]!);
  t.same(started.map((j) => j.id), [1, 2, 4, 1, 3, 5], 'then the rest, in order');
  t.equal(scheduler.park(started[0]!), false, 'a job not in flight cannot park');
});
