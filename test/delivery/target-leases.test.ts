/**
 * Target leases on a fake clock over the memory job queue (whose leases run on the same clock):
 * claims, renewals, takeover after a death, and dropping a lease the moment it is in doubt.
 */
import t from 'tap';
import { TargetLeases, replicaId } from '../../src/delivery/target-leases.js';
import type { JobQueue } from '../../src/queue/job-queue.js';
import { createFakeClock, settle, type FakeClock } from '../helpers/fake-clock.js';
import { createMemoryJobDatabase, createMemoryJobQueue, type MemoryJobDatabase } from '../helpers/memory-job-queue.js';

const LEASE_MS = 4000;
const quiet = { debug() {}, warn() {}, error() {} };

function world() {
  const clock = createFakeClock();
  const db = createMemoryJobDatabase({ now: clock.now });
  return { clock, db };
}

async function store(db: MemoryJobDatabase, target: string, n = 1) {
  for (let i = 0; i < n; i++) {
    await db.ingest({ delivery: `${target}-${Math.random()}`, name: 'push', payload: '{}', receivedAt: db.now() }, [{ linkId: `l-${target}`, target, summary: 's' }]);
  }
}

function replica(clock: FakeClock, queue: Pick<JobQueue, 'claim' | 'renew' | 'release' | 'onWork'>, owner: string) {
  const events = { claimed: [] as string[], lost: [] as Array<[string, number]>, work: [] as string[] };
  const leases = new TargetLeases({
    queue,
    owner,
    leaseMs: LEASE_MS,
    clock,
    logger: quiet,
    claimed: (ts) => events.claimed.push(...ts),
    lost: (ts) => events.lost.push(...ts.map((x): [string, number] => [x, clock.now()])),
    work: (ts) => events.work.push(...ts),
  });
  return { leases, events };
}

t.test('claims the targets with work, and keeps them by renewing every quarter of leaseMs', async (t) => {
  const { clock, db } = world();
  await store(db, 'hook-1');
  await store(db, 'hook-2');
  const a = replica(clock, createMemoryJobQueue(db), 'a');
  await a.leases.start();
  t.same(a.events.claimed.sort(), ['hook-1', 'hook-2']);
  t.equal(db.leases.get('hook-1')!.until, clock.now() + (LEASE_MS * 3) / 4, 'written for 3/4 of leaseMs');
  const b = replica(clock, createMemoryJobQueue(db), 'b');
  await b.leases.start();
  await clock.run(LEASE_MS * 10);
  t.same(b.events.claimed, [], 'a live holder is never displaced');
  t.ok(a.leases.holds('hook-1'));
  t.equal(db.leaseLog.length, 2, 'one span per target, extended by each renewal');
  await a.leases.stop();
  await b.leases.stop();
});

t.test('a dead holder\'s targets are taken over within leaseMs of its last renewal', async (t) => {
  const { clock, db } = world();
  await store(db, 'hook');
  const aQueue = createMemoryJobQueue(db);
  const a = replica(clock, aQueue, 'a');
  await a.leases.start();
  const b = replica(clock, createMemoryJobQueue(db), 'b');
  await b.leases.start();
  await clock.run(LEASE_MS / 2 + 1);
  // Dies right after a renewal: the worst case for the one who takes over.
  const died = clock.now();
  aQueue.sever();
  await a.leases.stop();
  await clock.run(LEASE_MS);
  t.same(b.events.claimed, ['hook']);
  const taken = db.leaseLog.find((s) => s.owner === 'b')!.from;
  t.ok(taken - died <= LEASE_MS, `taken ${taken - died} ms after the death`);
  t.ok(taken >= db.leaseLog.find((s) => s.owner === 'a')!.until, 'and not before the old lease ran out');
  await b.leases.stop();
});

t.test('a failed renewal drops the targets at once, before their lease could go to another', async (t) => {
  const { clock, db } = world();
  await store(db, 'hook');
  const aQueue = createMemoryJobQueue(db);
  const a = replica(clock, aQueue, 'a');
  await a.leases.start();
  aQueue.sever();
  await clock.run(LEASE_MS);
  t.equal(a.events.lost.length, 1);
  const [, lostAt] = a.events.lost[0];
  t.ok(lostAt < db.leases.get('hook')!.until, 'dropped while the lease was still its own');
  t.notOk(a.leases.holds('hook'));
  await a.leases.stop();
});

t.test('a lease whose renewal hangs is not trusted past its deadline', async (t) => {
  const { clock, db } = world();
  await store(db, 'hook');
  const real = createMemoryJobQueue(db);
  let hang = false;
  const a = replica(clock, { ...real, renew: (...args) => (hang ? new Promise<string[]>(() => {}) : real.renew(...args)) }, 'a');
  await a.leases.start();
  hang = true;
  await clock.run(LEASE_MS / 4 + 1);
  t.ok(a.leases.holds('hook'), 'still within the lease');
  const until = db.leases.get('hook')!.until;
  await clock.run(until - clock.now() - 1);
  t.notOk(a.leases.holds('hook'), 'not trusted before its end');
  t.equal(a.events.lost.length, 1);
  await a.leases.stop();
});

t.test('a lease dropped at its deadline while a renewal was slow is released, then claimed again', async (t) => {
  const { clock, db } = world();
  await store(db, 'hook');
  const real = createMemoryJobQueue(db);
  let slow = false;
  // The store renews at once, but the answer comes back a whole lease later.
  const renew: typeof real.renew = (...args) => {
    const answer = real.renew(...args);
    return slow ? new Promise((resolve) => clock.setTimeout(() => resolve(answer), LEASE_MS)) : answer;
  };
  const a = replica(clock, { ...real, renew }, 'a');
  await a.leases.start();
  slow = true;
  await clock.run((LEASE_MS * 5) / 8 + 100);
  t.notOk(a.leases.holds('hook'), 'not trusted past its deadline');
  t.equal(db.leases.get('hook')?.owner, 'a', 'though the store still has it as ours');
  slow = false;
  await clock.run(LEASE_MS * 2);
  t.same(a.events.claimed, ['hook', 'hook'], 'released and claimed again, not renewed unseen');
  t.ok(a.leases.holds('hook'), 'and a late answer did not shorten the new deadline');
  await a.leases.stop();
});

t.test('a lease dropped on an error is released before the next claim, which then gets it back', async (t) => {
  const { clock, db } = world();
  await store(db, 'hook');
  const real = createMemoryJobQueue(db);
  let fail = 1;
  const a = replica(clock, { ...real, renew: (...args) => (fail-- > 0 ? Promise.reject(new Error('blip')) : real.renew(...args)) }, 'a');
  await a.leases.start();
  await clock.run(LEASE_MS / 4 + 1);
  t.same(a.events.lost.map(([x]) => x), ['hook']);
  t.same(a.events.claimed, ['hook', 'hook'], 'claimed again at once, not left renewed and unseen');
  t.ok(a.leases.holds('hook'));
  await a.leases.stop();
});

t.test('wake-ups: held targets get their work, others one claim however many wake-ups', async (t) => {
  const { clock, db } = world();
  await store(db, 'held');
  const queue = createMemoryJobQueue(db);
  let claims = 0;
  const a = replica(clock, { ...queue, claim: (...args) => (claims++, queue.claim(...args)) }, 'a');
  await a.leases.start();
  claims = 0;
  await store(db, 'held');
  for (let i = 0; i < 5; i++) await store(db, `new-${i}`);
  await settle();
  t.ok(a.events.work.includes('held'));
  await clock.run(10);
  t.equal(claims, 1);
  t.equal(a.leases.size, 6);
  await a.leases.stop();
});

t.test('a released target is free at once, and work arriving meanwhile is claimed after the release', async (t) => {
  const { clock, db } = world();
  await store(db, 'hook');
  const queue = createMemoryJobQueue(db);
  const a = replica(clock, queue, 'a');
  await a.leases.start();
  const releasing = a.leases.release('hook');
  a.leases.wake(['hook']);
  await releasing;
  await clock.run(10);
  t.same(a.events.claimed, ['hook', 'hook']);
  await a.leases.stop();
  t.equal(db.leases.size, 0, 'stop releases every lease');
});

t.test('replica ids are unique per process start and name the host and pid', async (t) => {
  const [x, y] = [replicaId(), replicaId()];
  t.not(x, y);
  t.match(x, new RegExp(`-${process.pid}-[0-9a-f]{8}$`));
});
