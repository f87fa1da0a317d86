/**
 * The webhook targets this replica may deliver to, each under a lease in the job queue. One
 * replica at a time holds a target, so a channel's order and Teams' windows hold across
 * replicas; when a holder dies, another replica takes its targets over within `leaseMs`.
 *
 * Timing, from `leaseMs` (the takeover bound, `LEASE_SECONDS`):
 * - leases are written for 3/4 of it, and renewed every 1/4 (a third of the written lease), so
 *   a renewal can fail twice before the lease runs out;
 * - claims run at start, on a wake-up from the queue (debounced), and with every renewal, so a
 *   dead holder's lease is taken at most 1/4 after it expired: within `leaseMs` of the death;
 * - a target is dropped the moment its renewal fails or is refused, and whenever its own
 *   deadline (the renewal's start plus the written lease, less a margin) has passed: it stops
 *   sending before the lease could have gone to another replica. A lease dropped on an error
 *   may still be ours in the store, where a claim would renew it without returning it, so it
 *   is released before the next claim.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { JobQueue } from '../queue/job-queue.js';
import type { Clock } from './clock.js';

type LogFn = (obj: object, msg?: string) => void;

export interface TargetLeasesOptions {
  queue: Pick<JobQueue, 'claim' | 'renew' | 'release' | 'onWork'>;
  /** This replica, as the lease table names it. */
  owner: string;
  /** Another replica takes a dead one's targets over within this. */
  leaseMs: number;
  clock: Clock;
  /** Targets asked for per claim. */
  claimBatch?: number;
  /** Targets held at once. */
  maxTargets?: number;
  /** Wake-ups within this are served by one claim. */
  wakeDebounceMs?: number;
  logger: { debug: LogFn; warn: LogFn; error: LogFn };
  /** Targets newly held: load their work. */
  claimed(targets: string[]): void;
  /** Targets no longer held: send nothing more to them, at once. */
  lost(targets: string[]): void;
  /** New work on targets already held. */
  work(targets: string[]): void;
}

/** `host-pid-random`: unique per process start, readable in the lease table. */
export function replicaId(): string {
  return `${hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

export class TargetLeases {
  readonly owner: string;
  /** How long a lease is written for. */
  readonly writtenMs: number;
  /** Renewal (and claim) period. */
  readonly tickMs: number;
  private readonly options: TargetLeasesOptions;
  private readonly batch: number;
  private readonly maxTargets: number;
  private readonly debounceMs: number;
  /** Held targets and the time after which this replica no longer trusts its lease. */
  private readonly held = new Map<string, number>();
  /** Dropped on an error: perhaps still ours in the store. */
  private readonly toRelease = new Set<string>();
  private readonly releases = new Set<Promise<void>>();
  private unsubscribe?: () => void;
  private tickTimer: unknown;
  private wakeTimer: unknown;
  private claiming?: Promise<void>;
  private claimAgain = false;
  private renewing = false;
  private claims = true;
  private stopped = false;

  constructor(options: TargetLeasesOptions) {
    this.options = options;
    this.owner = options.owner;
    this.writtenMs = Math.max(1, Math.round((options.leaseMs * 3) / 4));
    this.tickMs = Math.max(1, Math.round(options.leaseMs / 4));
    this.batch = options.claimBatch ?? 256;
    this.maxTargets = options.maxTargets ?? 10_000;
    this.debounceMs = options.wakeDebounceMs ?? 5;
  }

  /** Subscribes to wake-ups, claims at once and starts renewing; resolves after the first claim. */
  start(): Promise<void> {
    this.unsubscribe = this.options.queue.onWork((targets) => this.wake(targets));
    this.armTick();
    return this.claim();
  }

  get size(): number {
    return this.held.size;
  }

  /** Whether this replica may send to `target` now; a lease past its deadline is dropped here. */
  holds(target: string): boolean {
    const until = this.held.get(target);
    if (until === undefined) return false;
    if (until > this.options.clock.now()) return true;
    // A renewal may still be on its way and keep the lease ours: release it before claiming.
    this.lose([target], true, 'lease deadline passed before a renewal');
    return false;
  }

  /** New work on `targets` (from the queue, or a hint from ingest): held ones are passed on, others claimed. */
  wake(targets: Iterable<string>): void {
    if (this.stopped) return;
    const mine: string[] = [];
    let claim = false;
    for (const target of targets) {
      if (this.held.has(target)) mine.push(target);
      else claim = true;
    }
    if (mine.length) this.options.work(mine);
    if (claim && this.claims && this.wakeTimer === undefined) {
      this.wakeTimer = this.options.clock.setTimeout(() => {
        this.wakeTimer = undefined;
        void this.claim();
      }, this.debounceMs);
    }
  }

  /** Gives a target up (nothing left to send). Later claims wait for the release. */
  release(target: string): Promise<void> {
    if (!this.held.delete(target)) return Promise.resolve();
    return this.track(this.options.queue.release(this.owner, [target]), [target]);
  }

  /** Claims no more targets and ignores wake-ups; renewals go on while posts drain. */
  stopClaiming(): void {
    this.claims = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.wakeTimer !== undefined) this.options.clock.clearTimeout(this.wakeTimer);
    this.wakeTimer = undefined;
  }

  /** Stops renewing and releases every lease (best effort: an unreleased one runs out by itself). */
  async stop(): Promise<void> {
    this.stopClaiming();
    this.stopped = true;
    if (this.tickTimer !== undefined) this.options.clock.clearTimeout(this.tickTimer);
    this.tickTimer = undefined;
    const all = [...new Set([...this.held.keys(), ...this.toRelease])];
    this.held.clear();
    this.toRelease.clear();
    if (all.length) await this.track(this.options.queue.release(this.owner, all), all);
    await Promise.allSettled([...this.releases]);
  }

  private track(release: Promise<void>, targets: string[]): Promise<void> {
    const done = release.catch((err: unknown) => {
      if (!this.stopped) for (const t of targets) this.toRelease.add(t);
      this.options.logger.warn({ err, targets: targets.length }, 'could not release leases; they run out by themselves');
    });
    this.releases.add(done);
    void done.finally(() => this.releases.delete(done));
    return done;
  }

  private lose(targets: string[], mayBeOurs: boolean, why: string): void {
    const gone = targets.filter((t) => this.held.delete(t));
    if (!gone.length) return;
    if (mayBeOurs) for (const t of gone) this.toRelease.add(t);
    this.options.logger.warn({ targets: gone.length, why }, 'stopped sending to targets whose lease is not certain');
    this.options.lost(gone);
  }

  private armTick(): void {
    if (this.stopped) return;
    this.tickTimer = this.options.clock.setTimeout(() => this.tick(), this.tickMs);
  }

  /** Renewal and claim run on their own: a slow claim must not hold up renewals. */
  private tick(): void {
    this.tickTimer = undefined;
    this.armTick();
    void this.renew().then(() => {
      if (this.claims) return this.claim();
    });
  }

  private async renew(): Promise<void> {
    const { clock, queue } = this.options;
    const now = clock.now();
    const late = [...this.held].filter(([, until]) => until <= now).map(([t]) => t);
    if (late.length) this.lose(late, true, 'lease deadline passed while a renewal was pending');
    if (this.renewing) return;
    const targets = [...this.held.keys()];
    if (!targets.length) return;
    this.renewing = true;
    try {
      const sentAt = clock.now();
      let kept: string[];
      try {
        kept = await queue.renew(this.owner, targets, this.writtenMs);
      } catch (err) {
        this.options.logger.error({ err, targets: targets.length }, 'could not renew leases');
        this.lose(targets, true, 'renewal failed');
        return;
      }
      const keep = new Set(kept);
      const until = this.deadline(sentAt);
      for (const t of targets) {
        // A late answer must not shorten a deadline that a claim since has set.
        const current = this.held.get(t);
        if (keep.has(t) && current !== undefined && current < until) this.held.set(t, until);
      }
      this.lose(targets.filter((t) => !keep.has(t)), false, 'renewal refused');
    } finally {
      this.renewing = false;
    }
  }

  /** One claim round at a time; a request during one runs another after it. */
  private claim(): Promise<void> {
    if (this.claiming) {
      this.claimAgain = true;
      return this.claiming;
    }
    this.claiming = this.claimRounds().finally(() => (this.claiming = undefined));
    return this.claiming;
  }

  private async claimRounds(): Promise<void> {
    do {
      this.claimAgain = false;
      await this.claimRound();
    } while (this.claimAgain && this.claims);
  }

  private async claimRound(): Promise<void> {
    const { clock, queue, logger } = this.options;
    // A release still on its way would leave the lease ours, and a claim would renew it unseen.
    await Promise.allSettled([...this.releases]);
    try {
      if (this.toRelease.size) {
        const stale = [...this.toRelease];
        await queue.release(this.owner, stale);
        for (const t of stale) this.toRelease.delete(t);
      }
      for (;;) {
        const room = Math.min(this.batch, this.maxTargets - this.held.size);
        if (room <= 0 || !this.claims) return;
        const sentAt = clock.now();
        const got = await queue.claim(this.owner, this.writtenMs, room);
        if (!this.claims) {
          // Stopped meanwhile: give them straight back.
          if (got.length) await this.track(queue.release(this.owner, got), got);
          return;
        }
        const until = this.deadline(sentAt);
        const fresh = got.filter((t) => !this.held.has(t));
        for (const t of got) this.held.set(t, until);
        if (fresh.length) {
          logger.debug({ targets: fresh.length }, 'claimed webhook targets');
          this.options.claimed(fresh);
        }
        if (got.length < room) return;
      }
    } catch (err) {
      logger.error({ err }, 'could not claim webhook targets');
    }
  }

  /** A lease written at `sentAt` is trusted until shortly before it runs out. */
  private deadline(sentAt: number): number {
    return sentAt + this.writtenMs - Math.ceil(this.tickMs / 2);
  }
}
