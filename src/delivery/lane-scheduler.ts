/**
 * Decides which job is posted next, and when. It posts nothing itself: `start` is called with a
 * lane's head job once it may be sent, and the caller reports back with `finish`.
 *
 * Shape (O(log n) or O(1) per job, no scans of the backlog):
 * - one lane per link within a webhook target, its jobs in the order they were added. A lane
 *   sends one job at a time, so a link's cards arrive in order; a retrying head blocks the jobs
 *   behind it until it is delivered or dead, since skipping it would reorder the channel.
 * - a FIFO of lanes whose head may be sent now, drained up to `concurrency` posts in flight. A
 *   post counts until its answer comes (`answered`); its lane stays busy until `finish`, while
 *   the attempt is recorded, without holding a slot other lanes could post with (a durable
 *   record takes a commit, and slots held through it capped throughput at slots ÷ commit time).
 * - one min-heap of lanes waiting (a retry's time, or a rate window) and a single timer for its
 *   earliest entry, rather than a timer per job.
 *
 * Rate windows belong to the target (Teams counts per webhook URL, and two links may post to one
 * channel), so the limiter is asked per target while lanes stay per link.
 */
import { MAX_TIMER_MS, type Clock } from './clock.js';
import { FOLD_LOOKAHEAD, type Plan } from './digest-planner.js';
import type { RateLimiter } from './rate-limiter.js';

export interface LaneJob {
  id: number;
  linkId: string;
  /** The webhook target: the unit of rate windows (and of leases). */
  target: string;
  /** Not to be sent before this time. */
  nextAttemptAt: number;
  /** When its event arrived: how late a card of it would be (digest planning). */
  createdAt?: number;
  /** Set on a manual redelivery: it goes as its own card, never folded into a digest. */
  requeuedAt?: number;
}

/** Jobs a digest may carry at most in one post. */
export const MAX_DIGEST_JOBS = 200;

export interface LaneSchedulerOptions<J extends LaneJob> {
  clock: Clock;
  /** Says how long a target must wait, or takes a send slot for it. */
  limiter: Pick<RateLimiter, 'reserve' | 'prune'>;
  /** Posts in flight at once, over all lanes. */
  concurrency: number;
  /**
   * Starts the post of a lane's head job, whose send slot was taken at `at`. Must not call back
   * into the scheduler synchronously; the lane stays busy until `finish(job)`, and the post
   * holds one of `concurrency` slots until `answered(job)` or `finish(job)`.
   */
  start(job: J, at: number, fold: boolean): void;
  /**
   * Decides between a card, a wait and a digest (digest-planner.ts); without it every head job
   * goes as its own card as soon as the limiter allows.
   */
  planner?: { plan(target: string, arrivals: readonly number[], pending: number, now: number): Plan };
  /** A job's own earliest time beyond nextAttemptAt (a scheduled digest's slot); no slot is taken before it. */
  notBefore?(job: J): number | undefined;
  /** Told, when a post that a rate window held back starts, how long it waited since it was first held. */
  windowWait?(ms: number): void;
}

export interface LaneStats {
  /** Lanes with jobs waiting, in flight or scheduled. */
  lanes: number;
  /** Jobs held (waiting or in flight). */
  jobs: number;
  inFlight: number;
  /** Lanes waiting on the timer (a retry's time or a rate window). */
  scheduled: number;
  /** Times a send was held back by a rate window. */
  rateLimited: number;
}

interface Lane<J> {
  target: string;
  linkId: string;
  jobs: J[];
  /** Index of the head job in `jobs` (shifting arrays is O(n)). */
  head: number;
  busy: boolean;
  queued: boolean;
  /** When the lane's timer entry fires; 0 when it has none. */
  wakeAt: number;
  /** Its target was dropped: entries still in the FIFO or the heap are skipped. */
  dropped: boolean;
  /** When a rate window first held back its head job; 0 when it was not held. */
  heldSince: number;
  /** Held with its head unsent until `unpark` (a paused link). */
  parked: boolean;
}

interface TargetLanes<J> {
  lanes: Map<string, Lane<J>>;
  jobs: number;
  inFlight: number;
}

interface Wake<J> {
  at: number;
  lane: Lane<J>;
}

const PRUNE_EVERY_MS = 60_000;

/** Binary min-heap of wake-ups by time. */
class WakeHeap<J> {
  private items: Wake<J>[] = [];
  get size(): number {
    return this.items.length;
  }
  peek(): Wake<J> | undefined {
    return this.items[0];
  }
  push(item: Wake<J>): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent].at <= a[i].at) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }
  pop(): Wake<J> | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let min = i;
        if (l < a.length && a[l].at < a[min].at) min = l;
        if (r < a.length && a[r].at < a[min].at) min = r;
        if (min === i) break;
        [a[min], a[i]] = [a[i], a[min]];
        i = min;
      }
    }
    return top;
  }
}

export class LaneScheduler<J extends LaneJob> {
  private readonly clock: Clock;
  private readonly limiter: Pick<RateLimiter, 'reserve' | 'prune'>;
  private readonly concurrency: number;
  private readonly startPost: LaneSchedulerOptions<J>['start'];
  private readonly planner: LaneSchedulerOptions<J>['planner'];
  private readonly notBefore: LaneSchedulerOptions<J>['notBefore'];
  private readonly windowWait?: (ms: number) => void;

  private readonly targets = new Map<string, TargetLanes<J>>();
  private readonly ids = new Set<number>();
  /** Jobs started and not finished, each with its lane. */
  private readonly inFlight = new Map<J, Lane<J>>();
  /** Jobs in flight whose post has not been answered yet: these hold the `concurrency` slots. */
  private readonly posting = new Set<J>();
  private ready: Lane<J>[] = [];
  private readyHead = 0;
  private readonly wakes = new WakeHeap<J>();
  private timer: unknown;
  private timerAt = 0;
  private laneCount = 0;
  private jobCount = 0;
  private rateLimited = 0;
  private pumping = false;
  private paused = false;
  private closed = false;
  private lastPrune: number;

  constructor(options: LaneSchedulerOptions<J>) {
    this.clock = options.clock;
    this.limiter = options.limiter;
    this.concurrency = options.concurrency;
    this.startPost = options.start;
    this.planner = options.planner;
    this.notBefore = options.notBefore;
    this.windowWait = options.windowWait;
    this.lastPrune = this.clock.now();
  }

  /** Appends a job to its link's lane; false when a job with this id is already held. */
  add(job: J): boolean {
    if (this.ids.has(job.id)) return false;
    this.ids.add(job.id);
    let group = this.targets.get(job.target);
    if (!group) this.targets.set(job.target, (group = { lanes: new Map(), jobs: 0, inFlight: 0 }));
    let lane = group.lanes.get(job.linkId);
    if (!lane) {
      lane = { target: job.target, linkId: job.linkId, jobs: [], head: 0, busy: false, queued: false, wakeAt: 0, dropped: false, heldSince: 0, parked: false };
      group.lanes.set(job.linkId, lane);
      this.laneCount++;
    }
    lane.jobs.push(job);
    group.jobs++;
    this.jobCount++;
    if (lane.jobs.length - lane.head === 1) this.schedule(lane);
    this.pump();
    return true;
  }

  /**
   * The post of `job` is over. Without `retryAt` the job leaves its lane (delivered or dead);
   * with it, it stays at the head until then. False for a job not in flight, or whose target
   * was dropped meanwhile (its slot is freed all the same).
   */
  finish(job: J, retryAt?: number, carried?: readonly J[]): boolean {
    const held = this.release(job);
    if (!held) return false;
    const { lane, group } = held;
    if (retryAt === undefined) {
      this.shift(lane, group);
      if (carried && carried.length > 1) this.remove(lane, group, carried);
    } else job.nextAttemptAt = retryAt;
    this.schedule(lane);
    this.pump();
    return true;
  }

  /**
   * `job` was started but not posted, and its lane must wait (its link is paused): the job stays
   * at the head and the lane starts nothing until `unpark` names its link. False as `finish`.
   */
  park(job: J): boolean {
    const held = this.release(job);
    if (!held) return false;
    held.lane.parked = true;
    this.pump();
    return true;
  }

  /**
   * Ends `job`'s time in flight: its slot and its lane are free. Undefined for a job not in
   * flight, or whose target was dropped meanwhile (then the freed slot is pumped here).
   */
  private release(job: J): { lane: Lane<J>; group: TargetLanes<J> } | undefined {
    const lane = this.inFlight.get(job);
    if (!lane) return undefined;
    this.inFlight.delete(job);
    this.posting.delete(job);
    lane.busy = false;
    const group = this.targets.get(lane.target);
    if (lane.dropped || !group) {
      this.pump();
      return undefined;
    }
    group.inFlight--;
    return { lane, group };
  }

  /** Lets the parked lanes of a link go on, head first. */
  unpark(linkId: string): void {
    for (const group of this.targets.values()) {
      const lane = group.lanes.get(linkId);
      if (!lane?.parked) continue;
      lane.parked = false;
      this.schedule(lane);
    }
    this.pump();
  }

  /** The post of `job` was answered: its slot goes to the next lane while its lane waits for `finish`. */
  answered(job: J): void {
    if (this.posting.delete(job)) this.pump();
  }

  /** Forgets every job of a target (its lease is gone). Posts in flight end with a false finish. */
  dropTarget(target: string): void {
    const group = this.targets.get(target);
    if (!group) return;
    this.targets.delete(target);
    this.jobCount -= group.jobs;
    for (const lane of group.lanes.values()) {
      lane.dropped = true;
      this.laneCount--;
      for (let i = lane.head; i < lane.jobs.length; i++) this.ids.delete(lane.jobs[i].id);
      lane.jobs = [];
      lane.head = 0;
    }
  }

  /**
   * The jobs a digest headed by `job` (in flight) may carry: the head, then the lane's other
   * pending jobs that may fold (not redeliveries), oldest first, at most `limit`.
   */
  batchOf(job: J, limit = MAX_DIGEST_JOBS): J[] {
    const lane = this.inFlight.get(job);
    if (!lane) return [job];
    const batch = [job];
    for (let i = lane.head + 1; i < lane.jobs.length && batch.length < limit; i++) {
      const next = lane.jobs[i]!;
      if (next.requeuedAt === undefined) batch.push(next);
    }
    return batch;
  }

  /** Jobs of `target` waiting or in flight. */
  held(target: string): number {
    return this.targets.get(target)?.jobs ?? 0;
  }

  /** Posts of `target` in flight. */
  inFlightOf(target: string): number {
    return this.targets.get(target)?.inFlight ?? 0;
  }

  has(id: number): boolean {
    return this.ids.has(id);
  }

  /** Starts no post until resume(); lanes keep their place. */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.pump();
  }

  /** Starts no post ever again and clears the timer. */
  close(): void {
    this.closed = true;
    this.armTimer();
  }

  stats(): LaneStats {
    return { lanes: this.laneCount, jobs: this.jobCount, inFlight: this.inFlight.size, scheduled: this.wakes.size, rateLimited: this.rateLimited };
  }

  private shift(lane: Lane<J>, group: TargetLanes<J>): void {
    const job = lane.jobs[lane.head];
    if (job) {
      this.ids.delete(job.id);
      group.jobs--;
      this.jobCount--;
    }
    lane.jobs[lane.head++] = undefined as unknown as J;
    if (lane.head === lane.jobs.length) {
      lane.jobs = [];
      lane.head = 0;
    } else if (lane.head > 1024 && lane.head * 2 > lane.jobs.length) {
      lane.jobs = lane.jobs.slice(lane.head);
      lane.head = 0;
    }
  }

  /** Takes the jobs a digest carried (besides its head, already shifted) out of their lane. */
  private remove(lane: Lane<J>, group: TargetLanes<J>, carried: readonly J[]): void {
    const gone = new Set(carried);
    const kept: J[] = [];
    for (let i = lane.head; i < lane.jobs.length; i++) {
      const job = lane.jobs[i]!;
      if (!gone.has(job)) kept.push(job);
      else {
        this.ids.delete(job.id);
        group.jobs--;
        this.jobCount--;
      }
    }
    lane.jobs = kept;
    lane.head = 0;
  }

  /** When the first jobs of a lane arrived, for the planner. */
  private arrivalsOf(lane: Lane<J>, now: number): number[] {
    const out: number[] = [];
    for (let i = lane.head; i < lane.jobs.length && out.length <= FOLD_LOOKAHEAD; i++) {
      const job = lane.jobs[i]!;
      out.push(job.requeuedAt ?? job.createdAt ?? now);
    }
    return out;
  }

  /** Puts an idle lane where its head belongs: the FIFO, the heap, or nowhere (then it is dropped). */
  private schedule(lane: Lane<J>): void {
    if (lane.busy || lane.queued || lane.wakeAt !== 0 || lane.dropped || lane.parked) return;
    const job = lane.jobs[lane.head];
    if (!job) return this.tidy(lane);
    if (job.nextAttemptAt > this.clock.now()) return this.wakeAt(lane, job.nextAttemptAt);
    lane.queued = true;
    this.ready.push(lane);
  }

  /** Drops a lane with nothing left, so finished links cost no memory. */
  private tidy(lane: Lane<J>): void {
    if (lane.busy || lane.queued || lane.wakeAt !== 0 || lane.dropped || lane.jobs[lane.head]) return;
    const group = this.targets.get(lane.target);
    if (!group || group.lanes.get(lane.linkId) !== lane) return;
    group.lanes.delete(lane.linkId);
    this.laneCount--;
    if (group.lanes.size === 0 && group.inFlight === 0) this.targets.delete(lane.target);
  }

  private wakeAt(lane: Lane<J>, at: number): void {
    lane.wakeAt = at;
    this.wakes.push({ at, lane });
    this.armTimer();
  }

  private armTimer(): void {
    const next = this.wakes.peek();
    if (!next || this.closed) {
      if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
      this.timer = undefined;
      return;
    }
    if (this.timer !== undefined && this.timerAt === next.at) return;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timerAt = next.at;
    this.timer = this.clock.setTimeout(() => this.onTimer(), Math.min(Math.max(0, next.at - this.clock.now()), MAX_TIMER_MS));
  }

  private onTimer(): void {
    this.timer = undefined;
    const now = this.clock.now();
    for (let w = this.wakes.peek(); w && w.at <= now; w = this.wakes.peek()) {
      this.wakes.pop();
      // Stale entries (the lane was rescheduled or dropped since) are skipped rather than removed.
      if (w.lane.wakeAt !== w.at) continue;
      w.lane.wakeAt = 0;
      this.schedule(w.lane);
    }
    this.armTimer();
    this.pump();
  }

  private pump(): void {
    if (this.pumping || this.paused || this.closed) return;
    this.pumping = true;
    try {
      while (this.posting.size < this.concurrency && this.readyHead < this.ready.length) {
        const lane = this.ready[this.readyHead++];
        lane.queued = false;
        const job = lane.jobs[lane.head];
        if (lane.dropped || !job || lane.busy || lane.wakeAt !== 0 || lane.parked) {
          this.tidy(lane);
          continue;
        }
        const now = this.clock.now();
        if (job.nextAttemptAt > now) {
          this.wakeAt(lane, job.nextAttemptAt);
          continue;
        }
        const due = this.notBefore?.(job);
        if (due !== undefined && due > now) {
          this.wakeAt(lane, due);
          continue;
        }
        let fold = false;
        let wait: number;
        if (this.planner) {
          const plan = this.planner.plan(lane.target, this.arrivalsOf(lane, now), lane.jobs.length - lane.head, now);
          wait = 'wait' in plan ? plan.wait : 0;
          fold = 'send' in plan && plan.send === 'digest';
        } else wait = this.limiter.reserve(lane.target, now);
        if (wait > 0) {
          this.rateLimited++;
          if (lane.heldSince === 0) lane.heldSince = now;
          this.wakeAt(lane, now + wait);
          continue;
        }
        if (lane.heldSince !== 0) {
          this.windowWait?.(now - lane.heldSince);
          lane.heldSince = 0;
        }
        lane.busy = true;
        this.inFlight.set(job, lane);
        this.posting.add(job);
        this.targets.get(lane.target)!.inFlight++;
        this.startPost(job, now, fold);
      }
      if (this.readyHead === this.ready.length) {
        this.ready = [];
        this.readyHead = 0;
      } else if (this.readyHead > 4096) {
        this.ready = this.ready.slice(this.readyHead);
        this.readyHead = 0;
      }
      const now = this.clock.now();
      if (now - this.lastPrune > PRUNE_EVERY_MS) {
        this.lastPrune = now;
        this.limiter.prune(now);
      }
    } finally {
      this.pumping = false;
    }
  }
}
