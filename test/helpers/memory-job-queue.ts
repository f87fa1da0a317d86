/**
 * An in-memory job queue for tests and benches, following the EventStore, JobQueue and
 * DeliveryLog contracts (src/queue/event-store.ts, job-queue.ts, delivery-log.ts) to the letter:
 * the database and one queue over it, together (`createMemoryEventQueue`), pass the queue
 * contract suite (test/contracts/event-queue.contract.ts).
 *
 * One `MemoryJobDatabase` plays the shared database: several queues made over it behave as
 * replicas on one PostgreSQL (they compete for leases, and a wake-up reaches all of them), and
 * each queue can be made to fail on its own: `failNext('record', n)` rejects its next n records
 * (any method likewise) without storing anything, `sever()` cuts it off (every later call
 * rejects, wake-ups stop), as a replica that lost its database or died. The database keeps every lease span (`leaseLog`), so a test
 * can check that each post went out while its sender held the target.
 *
 * What a real database does and this leaves out: durability (nothing survives the process),
 * concurrent transactions (each call is applied at once, in one step), a record that commits
 * and then reports an error, and clock skew between replicas (all read `now()`).
 */
import type { DeliveryLog } from '../../src/queue/delivery-log.js';
import type { EventStore } from '../../src/queue/event-store.js';
import type { JobQueue, StoredEvent } from '../../src/queue/job-queue.js';
import { statusCounts, type AttemptRecord, type DeliveryView, type EventRecord, type IngestResult, type Job, type JobInput } from '../../src/queue/records.js';

export interface LeaseSpan {
  target: string;
  owner: string;
  from: number;
  /** Its end: the lease's time while held, the release time once released. */
  until: number;
}

export interface MemoryJobDatabase extends EventStore, DeliveryLog {
  now(): number;
  /** Payloads are kept as bytes, off the JS heap as a database keeps them: a bench's heap holds only the worker's data. */
  events: Map<number, Omit<EventRecord, 'payload'> & { id: number; payload: Buffer }>;
  jobs: Map<number, Job>;
  attempts: AttemptRecord[];
  leases: Map<string, { owner: string; until: number }>;
  leaseLog: LeaseSpan[];
  /** Who held `target` at `at`, by the lease log. */
  holderAt(target: string, at: number): string | undefined;
}

type Method = Exclude<keyof JobQueue, 'onWork'>;

export interface MemoryJobQueue extends JobQueue {
  /** The next `n` calls of `method` reject and change nothing. */
  failNext(method: Method, n?: number): void;
  /** Every later call rejects and wake-ups stop: a replica cut off from the database. */
  sever(): void;
}

interface Internals {
  /** Open job ids per target, ascending. */
  open: Map<string, number[]>;
  attemptsByTarget: Map<string, AttemptRecord[]>;
  attemptsByJob: Map<number, AttemptRecord[]>;
  /** The current span of each lease in `leaseLog`. */
  spans: Map<string, LeaseSpan>;
  subscribers: Set<(targets: string[]) => void>;
  /** Wakes every subscriber with `targets`, after the caller's write (as a NOTIFY after COMMIT). */
  notify(targets: string[]): void;
}

const DEFAULT_OPEN_JOBS = 100;
const internals = new WeakMap<MemoryJobDatabase, Internals>();
const isOpen = (job: Job) => job.status === 'queued' || job.status === 'retrying';

function insertSorted(list: number[], id: number): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < id) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] !== id) list.splice(lo, 0, id);
}

function firstAfter(list: number[], id: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] <= id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function createMemoryJobDatabase(options: { now?: () => number } = {}): MemoryJobDatabase {
  const now = options.now ?? Date.now;
  const subscribers = new Set<(targets: string[]) => void>();
  // A NOTIFY reaches listeners after the commit, never inside the writer's call.
  const notify = (targets: string[]) => {
    if (targets.length === 0) return;
    setImmediate(() => {
      for (const wake of [...subscribers]) wake(targets);
    });
  };
  const state: Internals = { open: new Map(), attemptsByTarget: new Map(), attemptsByJob: new Map(), spans: new Map(), subscribers, notify };
  const deliveries = new Set<string>();
  let nextEvent = 1;
  let nextJob = 1;

  const markOpen = (job: Job) => {
    let list = state.open.get(job.target);
    if (!list) state.open.set(job.target, (list = []));
    insertSorted(list, job.id);
  };

  /** What the digest `id` carried: every job with an attempt of that id, in recorded order. */
  const digestView = (id: string) => {
    const jobs = [...new Set(db.attempts.filter((a) => a.digest === id).map((a) => a.jobId))];
    return { id, jobs, deliveries: jobs.map((j) => db.jobs.get(j)!.delivery) };
  };

  const view = (job: Job): DeliveryView => {
    const event = db.events.get(job.eventId)!;
    const tried = state.attemptsByJob.get(job.id) ?? [];
    const last = tried.at(-1);
    const finished = !isOpen(job);
    return {
      id: job.id,
      delivery: job.delivery,
      event: job.eventName,
      action: event.action ?? null,
      repository: event.repository ?? null,
      linkId: job.linkId,
      summary: job.summary,
      status: job.status,
      attempts: tried.map((a) => ({
        startedAt: new Date(a.startedAt).toISOString(),
        durationMs: a.durationMs,
        statusCode: a.statusCode ?? null,
        error: a.error ?? null,
        outcome: a.outcome,
        ...(a.digest !== undefined && { digest: digestView(a.digest) }),
      })),
      lastStatusCode: last?.statusCode ?? null,
      lastError: last?.error ?? null,
      receivedAt: new Date(event.receivedAt).toISOString(),
      nextAttemptAt: finished ? null : new Date(job.nextAttemptAt).toISOString(),
      finishedAt: finished && last ? new Date(last.startedAt + last.durationMs).toISOString() : null,
    };
  };

  const db: MemoryJobDatabase = {
    now,
    events: new Map(),
    jobs: new Map(),
    attempts: [],
    leases: new Map(),
    leaseLog: [],
    holderAt(target, at) {
      return db.leaseLog.find((s) => s.target === target && s.from <= at && at < s.until)?.owner;
    },
    async ingest(event: EventRecord, inputs: JobInput[]): Promise<IngestResult> {
      if (deliveries.has(event.delivery)) return { duplicate: true, jobs: [] };
      deliveries.add(event.delivery);
      const eventId = nextEvent++;
      db.events.set(eventId, { ...event, id: eventId, payload: Buffer.from(event.payload) });
      const jobs = inputs.map((input): Job => {
        const job: Job = {
          id: nextJob++,
          eventId,
          delivery: event.delivery,
          eventName: event.name,
          linkId: input.linkId,
          target: input.target,
          summary: input.summary,
          status: 'queued',
          attempts: 0,
          nextAttemptAt: event.receivedAt,
          createdAt: event.receivedAt,
        };
        db.jobs.set(job.id, job);
        markOpen(job);
        return { ...job };
      });
      notify([...new Set(jobs.map((j) => j.target))]);
      return { duplicate: false, eventId, jobs };
    },
    async ping() {},
    async requeue(id) {
      const job = db.jobs.get(id);
      if (!job || isOpen(job)) return undefined;
      const at = now();
      Object.assign(job, { status: 'queued', attempts: 0, nextAttemptAt: at, requeuedAt: at });
      markOpen(job);
      notify([job.target]);
      return { ...job };
    },
    async requeueDead(linkId) {
      const dead = [...db.jobs.values()].filter((j) => j.linkId === linkId && j.status === 'dead');
      const at = now();
      for (const job of dead) {
        Object.assign(job, { status: 'queued', attempts: 0, nextAttemptAt: at, requeuedAt: at });
        markOpen(job);
      }
      notify([...new Set(dead.map((j) => j.target))]);
      return dead.length;
    },
    async retarget(linkId, target) {
      const moving = [...db.jobs.values()].filter((j) => j.linkId === linkId && isOpen(j) && j.target !== target);
      for (const job of moving) {
        const list = state.open.get(job.target);
        const at = list?.indexOf(job.id) ?? -1;
        if (list && at >= 0) list.splice(at, 1);
        job.target = target;
        markOpen(job);
      }
      if (moving.length) notify([target]);
      return moving.length;
    },
    async linkStats(linkIds) {
      const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
      return linkIds.map((linkId) => {
        const jobs = [...db.jobs.values()].filter((j) => j.linkId === linkId);
        const tried = db.attempts.filter((a) => a.linkId === linkId);
        const latest = (list: AttemptRecord[]) => list.reduce<AttemptRecord | undefined>((m, a) => (!m || a.startedAt >= m.startedAt ? a : m), undefined);
        const delivered = latest(tried.filter((a) => a.outcome === 'delivered'));
        return {
          linkId,
          backlog: jobs.filter(isOpen).length,
          dead: jobs.filter((j) => j.status === 'dead').length,
          lastDeliveredAt: iso(delivered && delivered.startedAt + Math.round(delivered.durationMs)),
          lastAttemptAt: iso(latest(tried)?.startedAt),
        };
      });
    },
    async list(filter) {
      const limit = Math.min(Math.max(filter.limit ?? 50, 1), 500);
      const found: DeliveryView[] = [];
      for (const job of [...db.jobs.values()].reverse()) {
        if (found.length >= limit) break;
        if (filter.linkId && job.linkId !== filter.linkId) continue;
        if (filter.status && job.status !== filter.status) continue;
        if (filter.beforeId && job.id >= filter.beforeId) continue;
        found.push(view(job));
      }
      return found;
    },
    async get(id) {
      const job = db.jobs.get(id);
      return job && view(job);
    },
    async getJob(id) {
      const job = db.jobs.get(id);
      return job && { ...job };
    },
    async eventCount() {
      return db.events.size;
    },
    async countByStatus() {
      const counts = statusCounts([]);
      for (const job of db.jobs.values()) counts[job.status]++;
      return counts;
    },
  };
  internals.set(db, state);
  return db;
}

export function createMemoryJobQueue(db: MemoryJobDatabase): MemoryJobQueue {
  const state = internals.get(db);
  if (!state) throw new Error('not a memory job database');
  const failing = new Map<Method, number>();
  let severed = false;
  const wakes = new Set<(targets: string[]) => void>();

  /** Runs `fn` as one database call of this replica. */
  const call = async <T>(method: Method, fn: () => T): Promise<T> => {
    if (severed) throw new Error('memory job queue: connection lost');
    const fails = failing.get(method) ?? 0;
    if (fails > 0) {
      failing.set(method, fails - 1);
      throw new Error(`memory job queue: injected ${method} failure`);
    }
    return fn();
  };

  const live = (target: string, at: number) => {
    const lease = db.leases.get(target);
    return lease && lease.until > at ? lease : undefined;
  };

  const lease = (target: string, owner: string, at: number, leaseMs: number) => {
    const current = live(target, at);
    const until = at + leaseMs;
    db.leases.set(target, { owner, until });
    const span = state.spans.get(target);
    if (current && current.owner === owner && span) span.until = until;
    else {
      const fresh = { target, owner, from: at, until };
      db.leaseLog.push(fresh);
      state.spans.set(target, fresh);
    }
  };

  return {
    claim: (owner, leaseMs, limit) =>
      call('claim', () => {
        const at = db.now();
        // Every lease of the owner is renewed, whether or not its target has work left, and one
        // that ran out but nobody took is still its own: neither is newly held.
        for (const [target, current] of db.leases) if (current.owner === owner) lease(target, owner, at, leaseMs);
        const candidates: Array<[string, number]> = [];
        for (const [target, ids] of state.open) if (ids.length > 0 && !live(target, at)) candidates.push([target, ids[0]]);
        candidates.sort((a, b) => a[1] - b[1]);
        const taken = candidates.slice(0, Math.max(0, limit)).map(([target]) => target);
        for (const target of taken) lease(target, owner, at, leaseMs);
        return taken;
      }),
    renew: (owner, targets, leaseMs) =>
      call('renew', () => {
        const at = db.now();
        const kept: string[] = [];
        for (const target of targets) {
          // A lease that ran out is still the owner's until someone else takes it.
          if (db.leases.get(target)?.owner !== owner) continue;
          lease(target, owner, at, leaseMs);
          kept.push(target);
        }
        return kept;
      }),
    release: (owner, targets) =>
      call('release', () => {
        const at = db.now();
        const workLeft: string[] = [];
        for (const target of targets) {
          if (db.leases.get(target)?.owner !== owner) continue;
          db.leases.delete(target);
          const span = state.spans.get(target);
          if (span) span.until = Math.min(span.until, at);
          state.spans.delete(target);
          if (state.open.get(target)?.length) workLeft.push(target);
        }
        // Another owner takes a target given up with work left at once, not at its next claim.
        state.notify(workLeft);
      }),
    openJobs: (target, afterId, limit = DEFAULT_OPEN_JOBS) =>
      call('openJobs', () => {
        const ids = state.open.get(target) ?? [];
        const from = afterId === undefined ? 0 : firstAfter(ids, afterId);
        const to = Math.min(ids.length, from + Math.max(0, limit));
        return ids.slice(from, to).map((id) => ({ ...db.jobs.get(id)! }));
      }),
    loadEvents: (eventIds) =>
      call('loadEvents', () => {
        const found = new Map<number, StoredEvent>();
        for (const id of eventIds) {
          const event = db.events.get(id);
          if (event) found.set(id, { name: event.name, payload: event.payload.toString() });
        }
        return found;
      }),
    record: (attempt) =>
      call('record', () => {
        const job = db.jobs.get(attempt.jobId);
        if (!job) throw new Error(`attempt for unknown job ${attempt.jobId}`);
        const stored = { ...attempt };
        db.attempts.push(stored);
        let list = state.attemptsByTarget.get(attempt.target);
        if (!list) state.attemptsByTarget.set(attempt.target, (list = []));
        list.push(stored);
        let ofJob = state.attemptsByJob.get(attempt.jobId);
        if (!ofJob) state.attemptsByJob.set(attempt.jobId, (ofJob = []));
        ofJob.push(stored);
        const wasOpen = isOpen(job);
        job.attempts++;
        job.status = attempt.outcome === 'retry' ? 'retrying' : attempt.outcome;
        if (attempt.nextAttemptAt !== undefined) job.nextAttemptAt = attempt.nextAttemptAt;
        if (wasOpen && !isOpen(job)) {
          const ids = state.open.get(job.target)!;
          ids.splice(firstAfter(ids, job.id) - 1, 1);
          if (ids.length === 0) state.open.delete(job.target);
        }
      }),
    sendsSince: (target, since) =>
      call('sendsSince', () =>
        (state.attemptsByTarget.get(target) ?? [])
          // A digest post is recorded on each job it carried and counts once.
          .filter((a, i, all) => a.startedAt >= since && (a.digest === undefined || all.findIndex((o) => o.digest === a.digest) === i))
          .map((a) => a.startedAt + a.durationMs)
          .sort((a, b) => a - b),
      ),
    onWork(wake) {
      const listener = (targets: string[]) => {
        if (!severed) wake(targets);
      };
      state.subscribers.add(listener);
      wakes.add(listener);
      return () => {
        state.subscribers.delete(listener);
        wakes.delete(listener);
      };
    },
    failNext(method, n = 1) {
      failing.set(method, (failing.get(method) ?? 0) + n);
    },
    sever() {
      severed = true;
      for (const listener of wakes) state.subscribers.delete(listener);
    },
  };
}

/** One replica's whole queue (EventStore, JobQueue and DeliveryLog) over a database of its own. */
export function createMemoryEventQueue(options: { now?: () => number } = {}): EventStore & DeliveryLog & MemoryJobQueue & { db: MemoryJobDatabase } {
  const db = createMemoryJobDatabase(options);
  const { ingest, ping, list, get, getJob, requeue, requeueDead, retarget, linkStats, eventCount, countByStatus } = db;
  return { ...createMemoryJobQueue(db), ingest, ping, list, get, getJob, requeue, requeueDead, retarget, linkStats, eventCount, countByStatus, db };
}
