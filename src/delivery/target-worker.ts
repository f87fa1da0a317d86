/**
 * The delivery worker: posts queued jobs to their links' Teams webhooks, in order per link,
 * within every Teams rate window, retrying what may succeed later and dead-lettering the rest,
 * with any number of replicas sharing one queue. It only glues the parts, each named after what
 * it decides:
 * - target-leases: which webhook targets this replica delivers to (one replica per target);
 * - lane-scheduler: which job goes next and when (per-link order, rate windows, retry times);
 * - retry-policy: what an answer from Teams means for the job;
 * - link-health: what it means for the link;
 * - attempt-recorder: that each attempt is stored before its lane moves on (while a write fails
 *   no post starts anywhere, the target stays held, and the job is not sent again after);
 * - teams-client: the post itself; card-source: the card, rendered from the stored event.
 *
 * Rules kept here, where they meet:
 * - a paused link's lane is parked on its head job without a post (nothing is recorded; its
 *   jobs stay queued); when the link store reports a change of that link and it is no longer
 *   paused, the lane goes on from its head, in order. The send slot the parked job had taken is
 *   given back to the webhook's windows.
 * - a job whose link now has another URL is dropped from its lane without a post: the link's
 *   open jobs were moved to the new URL's target, whose holder sends them.
 * - a job whose link no longer exists is dead-lettered without a request, and so is one whose
 *   event no longer renders to a card (neither counts against the link).
 * - on taking a target over, its windows are rebuilt from the sends stored for it, and one more
 *   send is charged if it has open jobs: a post in flight when its last holder died was never
 *   recorded, and charging it late is the safe side. When Teams throttles a webhook anyway,
 *   every link on it holds off until the throttled job's next try.
 * - a target's open jobs are loaded a page at a time (the next page when few are left), and once
 *   none are left it is checked from the start (a redelivered job has an old id, and another
 *   replica's ingest may commit a lower id after a higher one); a woken target holding only a
 *   few jobs is read from the start at once, which then stands for that check until the next
 *   wake-up. After `idleReleaseMs` with nothing to send its lease is given up.
 * - a target whose lease is in doubt is dropped at once; its posts in flight finish and are
 *   recorded, and it is not loaded again until they have.
 * - stop() takes no new posts, waits for those in flight (aborting them after its timeout; an
 *   aborted post counts as a retry), then releases the leases.
 */
import type { Dispatcher } from 'undici';
import type { Link, LinkDelivery } from '../links/link.js';
import type { DeliveryOutcomeForHealth, LinkStore } from '../links/link-store.js';
import { targetKeyOf } from '../links/target-key.js';
import type { JobQueue } from '../queue/job-queue.js';
import type { AttemptRecord, Job } from '../queue/records.js';
import { AttemptRecorder } from './attempt-recorder.js';
import type { BackoffOptions } from './backoff.js';
import type { CardSource } from './card-source.js';
import type { DeliveryObserver } from './delivery-observer.js';
import { systemClock, type Clock } from './clock.js';
import { DigestPlanner } from './digest-planner.js';
import { digestOf, dueOf, type DigestPost } from './digest-post.js';
import { LaneScheduler } from './lane-scheduler.js';
import { LinkHealth } from './link-health.js';
import { DEFAULT_GUARD_MS, RateLimiter, type RateWindow } from './rate-limiter.js';
import { nextStep, type NextStep } from './retry-policy.js';
import { replicaId, TargetLeases } from './target-leases.js';
import { createTeamsAgent, DEFAULT_TIMEOUT_MS, postToTeams, type PostCancels, type PostResult } from './teams-client.js';

type LogFn = (obj: object, msg?: string) => void;
/** The part of a pino logger the worker uses. */
export interface DeliveryLogger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

export interface TargetWorkerOptions {
  /** Posts in flight at once, over all targets. */
  concurrency?: number;
  /** Per post, connect to end of answer. */
  timeoutMs?: number;
  /** Attempts (the first included) before a retrying job is dead-lettered. */
  maxAttempts?: number;
  /** A job is not retried past this age (from the event's arrival or its redelivery). */
  maxAgeMs?: number;
  /** Consecutive dead-lettered jobs before a link is marked failing. */
  failingAfter?: number;
  /** Another replica takes a dead one's targets over within this (LEASE_SECONDS). */
  leaseMs?: number;
  /** Open jobs of a target loaded at a time. */
  pageSize?: number;
  /** Targets held at once. */
  maxTargets?: number;
  /**
   * A target with nothing to send keeps its lease this long: a link posting every few seconds
   * is then not claimed again (and charged a send) for each card.
   */
  idleReleaseMs?: number;
  /**
   * The rate governor, keyed by webhook target; one of its own by default. The server passes the
   * one the test card uses, so both count against the same windows.
   */
  limiter?: RateLimiter;
  /** Rate windows per webhook target; Teams' by default (ignored with `limiter`). */
  windows?: readonly RateWindow[];
  /** Slack added to each window against network jitter (see rate-limiter). */
  guardMs?: number;
  /** DIGEST_AFTER_SECONDS in ms: a link's pending cards fold into a digest past this wait (digest-planner). */
  digestAfterMs?: number;
  backoff?: BackoffOptions;
  /** Waits between tries of an attempt record that failed. */
  recordBackoff?: BackoffOptions;
  /** HTTP dispatcher; by default a keep-alive undici Agent with `concurrency` sockets per origin. */
  dispatcher?: Dispatcher;
  /** This replica in the lease table; `host-pid-random` by default. */
  owner?: string;
  clock?: Clock;
  /** Told of every stored attempt and of waits on rate windows (the metrics). */
  observer?: DeliveryObserver;
}

export interface TargetWorkerDeps {
  queue: JobQueue;
  links: LinkStore;
  /** Renders a job's card when it is sent. */
  cards: CardSource;
  logger: DeliveryLogger;
  options?: TargetWorkerOptions;
}

export interface TargetWorkerStats {
  running: boolean;
  /** Webhook targets this replica holds. */
  targets: number;
  /** Links with jobs waiting, in flight or scheduled. */
  links: number;
  /** Jobs held (waiting or in flight). */
  jobs: number;
  inFlight: number;
  /** Lanes waiting on the timer (backoff or a rate window). */
  scheduled: number;
  delivered: number;
  retried: number;
  dead: number;
  /** Times a send was held back by a rate window. */
  rateLimited: number;
  /** Attempt records that failed to write (each was tried again). */
  recordFailures: number;
}

export interface TargetWorker {
  readonly owner: string;
  /** Claims targets, loads their work and begins delivering. */
  start(): void;
  /** Resolves once start() has claimed its first targets and loaded their work. */
  ready(): Promise<void>;
  /**
   * A hint from ingest that jobs were stored for these targets (the queue's own wake-up may come
   * later): held targets load them, others are claimed.
   */
  enqueue(jobs: ReadonlyArray<Pick<Job, 'target'> & Partial<Pick<Job, 'id'>>>): void;
  /** Takes no new posts, waits for those in flight (aborting them after `timeoutMs`), releases the leases. */
  stop(timeoutMs?: number): Promise<void>;
  stats(): TargetWorkerStats;
}

export const DEFAULT_TARGET_WORKER_OPTIONS = {
  concurrency: 128,
  timeoutMs: DEFAULT_TIMEOUT_MS,
  maxAttempts: 12,
  maxAgeMs: 24 * 3600_000,
  failingAfter: 3,
  leaseMs: 15_000,
  pageSize: 500,
  maxTargets: 10_000,
};
export const DEFAULT_DIGEST_AFTER_MS = 60_000;
/** A failed render or event load is tried again after this, without counting as an attempt. */
const ERROR_PAUSE_MS = 5_000;
/** A target whose open jobs could not be read is read again after this. */
const LOAD_RETRY_MS = 1_000;
/** A woken target holding fewer jobs than this is read from the start (see review). */
const FROM_START_BELOW = 8;
const MAX_CACHED_LINKS = 10_000;

type Numeric = keyof typeof DEFAULT_TARGET_WORKER_OPTIONS;

function resolveOptions(options: TargetWorkerOptions): typeof DEFAULT_TARGET_WORKER_OPTIONS & { idleReleaseMs: number } {
  const opts = { ...DEFAULT_TARGET_WORKER_OPTIONS };
  for (const key of Object.keys(DEFAULT_TARGET_WORKER_OPTIONS) as Numeric[]) {
    const value = options[key];
    if (value === undefined) continue;
    if (!(Number.isFinite(value) && value >= 1)) throw new Error(`delivery worker: ${key} must be a number ≥ 1, got ${value}`);
    opts[key] = value;
  }
  const idleReleaseMs = options.idleReleaseMs ?? opts.leaseMs;
  if (!(Number.isFinite(idleReleaseMs) && idleReleaseMs >= 0)) throw new Error(`delivery worker: idleReleaseMs must be a number ≥ 0, got ${idleReleaseMs}`);
  return { ...opts, idleReleaseMs };
}

/** What the worker knows of a target it holds. */
interface HeldTarget {
  target: string;
  /** Highest job id loaded. */
  lastId: number;
  /** Jobs may be stored past the last page loaded (a full page, or a wake-up since). */
  more: boolean;
  /** A wake-up came while a page was being read: the page may have missed its jobs. */
  woken: boolean;
  /** Checked from the start and found empty: waits for a wake-up or its idle release. */
  dry: boolean;
  /**
   * Read from the start since its last wake-up, and the read ended within its page: every open
   * job was then held, so running dry needs no read of its own.
   */
  complete: boolean;
  loading: boolean;
  /** Loaded once (windows restored); until then it waits for an earlier tenure's posts. */
  begun: boolean;
  /** Lost or released: late answers to its loads are ignored. */
  gone: boolean;
  idleTimer?: unknown;
}

export function createTargetWorker({ queue, links, cards, logger, options = {} }: TargetWorkerDeps): TargetWorker {
  const opts = resolveOptions(options);
  const clock = options.clock ?? systemClock;
  const owner = options.owner ?? replicaId();
  const limits = { maxAttempts: opts.maxAttempts, maxAgeMs: opts.maxAgeMs, backoff: options.backoff };
  const limiter = options.limiter ?? new RateLimiter({ windows: options.windows, guardMs: options.guardMs });
  const ownAgent = options.dispatcher ? undefined : createTeamsAgent(opts.concurrency);
  const dispatcher = options.dispatcher ?? ownAgent;
  const cancels: PostCancels = new Set();
  const health = new LinkHealth({ links, failingAfter: opts.failingAfter, logger });
  const recorder = new AttemptRecorder({
    queue,
    clock,
    backoff: options.recordBackoff,
    logger,
    paused: (on) => {
      if (on) scheduler.pause();
      else if (!stopping) scheduler.resume();
    },
  });
  const lowWater = Math.max(1, Math.floor(opts.pageSize / 2));

  const targets = new Map<string, HeldTarget>();
  /** Posts (with their records) still running per target, from this tenure or a lost one. */
  const running = new Map<string, number>();
  const sends = new Set<Promise<void>>();
  const linkCache = new Map<string, Promise<Link | undefined>>();
  /** Links whose lanes are parked because the link is paused. */
  const pausedLinks = new Set<string>();
  const counts = { delivered: 0, retried: 0, dead: 0 };
  let started = false;
  let stopping = false;
  let firstClaim: Promise<void> | undefined;
  const beginning = new Set<Promise<void>>();
  let unwatch: (() => void) | undefined;

  const planner = new DigestPlanner({ limiter, guardMs: options.guardMs ?? DEFAULT_GUARD_MS, digestAfterMs: options.digestAfterMs ?? DEFAULT_DIGEST_AFTER_MS });
  /** Links with scheduled digests, as last read: their jobs take no send slot before their own. */
  const schedules = new Map<string, LinkDelivery>();
  const observer = options.observer;
  const scheduler = new LaneScheduler<Job>({
    clock,
    limiter,
    planner,
    concurrency: opts.concurrency,
    start: startSend,
    notBefore: (job) => dueOf(schedules, job),
    windowWait: observer && ((ms) => observer.windowWait(ms)),
  });
  const leases = new TargetLeases({
    queue,
    owner,
    leaseMs: opts.leaseMs,
    clock,
    maxTargets: opts.maxTargets,
    logger,
    claimed: (claimed) => {
      for (const target of claimed) hold(target);
    },
    lost: (lost) => {
      for (const target of lost) forget(target);
    },
    work: (held) => {
      for (const target of held) {
        const state = targets.get(target);
        if (!state) continue;
        state.more = true;
        state.woken = true;
        state.dry = false;
        state.complete = false;
        review(state);
      }
    },
  });

  // ---- links: read once per link and kept until any replica changes it ----

  function linkOf(id: string): Promise<Link | undefined> {
    let link = linkCache.get(id);
    if (!link) {
      if (linkCache.size >= MAX_CACHED_LINKS) linkCache.clear();
      link = links.get(id);
      linkCache.set(id, link);
      link.catch(() => linkCache.get(id) === link && linkCache.delete(id));
    }
    return link;
  }

  /** A paused link changed: when it is resumed (or gone), its parked lanes go on. */
  function recheckPaused(id: string): void {
    linkOf(id).then(
      (link) => {
        if (link?.paused || stopping) return;
        pausedLinks.delete(id);
        scheduler.unpark(id);
      },
      (err: unknown) => {
        logger.error({ err, linkId: id }, 'could not read a paused link; asking again shortly');
        clock.setTimeout(() => recheckPaused(id), ERROR_PAUSE_MS);
      },
    );
  }

  // ---- targets: held, loaded a page at a time, released when idle ----

  function hold(target: string): void {
    if (targets.has(target)) return;
    const state: HeldTarget = { target, lastId: 0, more: true, woken: false, dry: false, complete: false, loading: false, begun: false, gone: false };
    targets.set(target, state);
    if (!running.get(target)) begin(state);
  }

  /** First load of a newly held target: its windows from the stored sends, then its first page. */
  function begin(state: HeldTarget): void {
    state.begun = true;
    state.loading = true;
    state.woken = false;
    const now = clock.now();
    const loaded = Promise.all([queue.sendsSince(state.target, now - limiter.horizonMs), queue.openJobs(state.target, undefined, opts.pageSize)])
      .then(([sent, page]) => {
        if (state.gone) return;
        limiter.rebuild(state.target, sent);
        // A post in flight when the last holder stopped was never recorded.
        if (page.length > 0) limiter.record(state.target, clock.now());
        take(state, page);
        state.complete = !state.more;
      })
      .catch((err: unknown) => {
        logger.error({ err }, 'could not load the work of a webhook target; giving it back');
        release(state);
      })
      .finally(() => {
        state.loading = false;
        review(state);
      });
    beginning.add(loaded);
    void loaded.finally(() => beginning.delete(loaded));
  }

  function take(state: HeldTarget, page: Job[]): void {
    state.more = page.length === opts.pageSize || state.woken;
    for (const job of page) {
      if (job.id > state.lastId) state.lastId = job.id;
      if (job.target !== state.target || scheduler.has(job.id)) continue;
      scheduler.add(job);
    }
  }

  /**
   * Loads what a target needs next: its next page when few jobs are left, or a check from the
   * start when none are. A target holding only a few jobs is read from the start after a wake-up:
   * the read costs a few more rows and then also stands for the check once it runs dry, which
   * halved the reads per card of a link posting now and then (the delivery bench).
   */
  function review(state: HeldTarget): void {
    if (state.gone || !state.begun || state.loading || stopping) return;
    const held = scheduler.held(state.target);
    if (state.more && held < lowWater) return load(state, held < FROM_START_BELOW ? undefined : state.lastId);
    if (held > 0 || running.get(state.target) || state.dry) return;
    if (state.complete) return idle(state);
    load(state, undefined);
  }

  function load(state: HeldTarget, afterId: number | undefined): void {
    state.loading = true;
    state.woken = false;
    if (state.idleTimer !== undefined) clock.clearTimeout(state.idleTimer);
    state.idleTimer = undefined;
    const done = () => {
      state.loading = false;
      review(state);
    };
    queue.openJobs(state.target, afterId, opts.pageSize).then(
      (page) => {
        if (state.gone) return;
        take(state, page);
        if (afterId === undefined) state.complete = !state.more;
        if (afterId === undefined && page.length === 0 && !state.more) idle(state);
        done();
      },
      (err: unknown) => {
        // The target stays held and is read again after a pause (wake-ups meanwhile are kept).
        logger.error({ err }, 'could not load the open jobs of a webhook target');
        if (!state.gone) state.idleTimer = clock.setTimeout(done, LOAD_RETRY_MS);
      },
    );
  }

  function idle(state: HeldTarget): void {
    state.dry = true;
    if (state.idleTimer !== undefined) clock.clearTimeout(state.idleTimer);
    state.idleTimer = clock.setTimeout(() => {
      state.idleTimer = undefined;
      if (state.dry && !state.gone && !state.loading && !scheduler.held(state.target) && !running.get(state.target)) release(state);
    }, opts.idleReleaseMs);
  }

  function release(state: HeldTarget): void {
    forget(state.target);
    void leases.release(state.target);
  }

  /** Stops everything for a target at once; its posts in flight finish and are recorded. */
  function forget(target: string): void {
    const state = targets.get(target);
    if (!state) return;
    state.gone = true;
    if (state.idleTimer !== undefined) clock.clearTimeout(state.idleTimer);
    targets.delete(target);
    scheduler.dropTarget(target);
  }

  // ---- one post: link, card, answer, record, health ----

  function startSend(job: Job, at: number, fold: boolean): void {
    running.set(job.target, (running.get(job.target) ?? 0) + 1);
    const send = deliver(job, at, fold)
      .catch((err: unknown) => {
        // postToTeams never throws; a failed render or event load must not wedge the lane either.
        logger.error({ err, jobId: job.id }, 'delivery worker error');
        scheduler.finish(job, clock.now() + ERROR_PAUSE_MS);
      })
      .finally(() => {
        sends.delete(send);
        const left = (running.get(job.target) ?? 1) - 1;
        if (left > 0) running.set(job.target, left);
        else running.delete(job.target);
        const state = targets.get(job.target);
        if (!state) return;
        if (!state.begun && left === 0) begin(state);
        else review(state);
      });
    sends.add(send);
  }

  async function deliver(job: Job, startedAt: number, fold: boolean): Promise<void> {
    const read = linkOf(job.linkId);
    const link = await read;
    // Checked after an await: dropping the target must not happen inside the scheduler's loop.
    if (!leases.holds(job.target)) {
      const state = targets.get(job.target);
      if (state) state.complete = false;
      scheduler.finish(job);
      return;
    }
    if (!link) {
      const error = `link ${job.linkId} no longer exists`;
      return settle(job, startedAt, { error, durationMs: 0 }, { step: 'dead', error });
    }
    const target = targetKeyOf(link.webhookUrl);
    if (target !== job.target) {
      // The link's URL changed and its open jobs moved to the new target (DeliveryLog.retarget):
      // that target's holder sends this one, under its lease and windows. Woken, in case it read
      // the job while this lane still held it.
      limiter.unreserve(job.target, startedAt);
      scheduler.finish(job);
      leases.wake([target]);
      return;
    }
    if (link.paused) {
      if (!pausedLinks.has(link.id)) logger.info({ linkId: link.id }, 'link paused: its deliveries wait');
      pausedLinks.add(link.id);
      // Nothing is posted: the send slot taken for it goes back.
      limiter.unreserve(job.target, startedAt);
      scheduler.park(job);
      // A change noticed while this read was in flight found no parked lane to wake: look again.
      if (linkCache.get(link.id) !== read) recheckPaused(link.id);
      return;
    }
    if (link.delivery && link.delivery.mode !== 'immediate') {
      if (schedules.size >= MAX_CACHED_LINKS) schedules.clear();
      schedules.set(link.id, link.delivery);
    } else schedules.delete(link.id);
    const digest = await digestOf({ job, link, fold, startedAt, batch: (j) => scheduler.batchOf(j), cards });
    if (digest === 'early') {
      // Its slot has not come (the link became scheduled since it was queued): the slot taken goes back.
      limiter.unreserve(job.target, startedAt);
      scheduler.finish(job, dueOf(schedules, job));
      return;
    }
    if (digest) return post(job, startedAt, link, digest.message, digest);
    const card = await cards.messageFor(job, link);
    if ('ignored' in card) {
      // Nothing to post (the link's options changed since the event came): not the link's fault.
      const error = `no card: ${card.ignored}`;
      return settle(job, startedAt, { error, durationMs: clock.now() - startedAt }, { step: 'dead', error });
    }
    return post(job, startedAt, link, card.message);
  }

  async function post(job: Job, startedAt: number, link: Link, message: Buffer, digest?: DigestPost<Job>): Promise<void> {
    const result = await postToTeams(link.webhookUrl, message, { timeoutMs: opts.timeoutMs, dispatcher, cancels, now: () => clock.now() });
    // The socket is free for another link's post; this lane waits for the record below.
    scheduler.answered(job);
    limiter.settle(job.target, startedAt, clock.now());
    const step = nextStep(result, job, limits, clock.now());
    if (step.step === 'retry' && step.holdWebhook) limiter.holdUntil(job.target, step.at);
    return settle(job, startedAt, result, step, link, digest);
  }

  /** Records the attempt (durably, before anything moves on), then the link's health, then frees the lane. */
  async function settle(job: Job, startedAt: number, result: Pick<PostResult, 'statusCode' | 'error' | 'durationMs'>, step: NextStep, link?: Link, digest?: DigestPost<Job>): Promise<void> {
    const attempt: AttemptRecord = {
      jobId: job.id,
      linkId: job.linkId,
      target: job.target,
      startedAt,
      durationMs: result.durationMs,
      outcome: step.step,
    };
    if (result.statusCode !== undefined) attempt.statusCode = result.statusCode;
    const error = step.step === 'dead' ? step.error : result.error;
    if (error !== undefined) attempt.error = error;
    if (step.step === 'retry') attempt.nextAttemptAt = step.at;
    // A digest's jobs are delivered, retried or dead together, each with an attempt naming the post.
    const carried = digest?.jobs ?? [job];
    if (digest) attempt.digest = digest.id;
    const attempts = carried.map((j) => (j === job ? attempt : { ...attempt, jobId: j.id, linkId: j.linkId }));
    const written = await Promise.all(attempts.map((a) => recorder.write(a)));
    if (written.includes(false)) return;
    if (observer) carried.forEach((j, i) => observer.settled(j, attempts[i]));

    if (step.step === 'retry') {
      counts.retried += carried.length;
      for (const j of carried) {
        j.attempts++;
        j.status = 'retrying';
      }
      logger.debug({ jobId: job.id, linkId: job.linkId, attempts: job.attempts, statusCode: result.statusCode, error, nextAttemptAt: step.at }, 'delivery will be retried');
    } else if (step.step === 'dead') {
      counts.dead += carried.length;
      logger.warn({ jobId: job.id, delivery: job.delivery, linkId: job.linkId, attempts: job.attempts + 1, statusCode: result.statusCode, error }, 'delivery dead-lettered');
    } else counts.delivered += carried.length;

    if (link && step.step !== 'retry') {
      const outcome: DeliveryOutcomeForHealth = step.step === 'delivered' ? { ok: true } : { ok: false, error: step.error };
      const updated = await health.note(link, outcome);
      if (updated !== link && linkCache.has(link.id)) linkCache.set(link.id, Promise.resolve(updated));
    }
    scheduler.finish(job, step.step === 'retry' ? step.at : undefined, carried);
  }

  /** Resolves true when every send ended within `ms`. */
  async function drained(ms: number): Promise<boolean> {
    let timer: unknown;
    const expired = new Promise<boolean>((resolve) => (timer = clock.setTimeout(() => resolve(false), ms)));
    const done = (async () => {
      while (sends.size) await Promise.allSettled([...sends]);
      return true;
    })();
    const finished = await Promise.race([done, expired]);
    clock.clearTimeout(timer);
    return finished;
  }

  let stopped: Promise<void> | undefined;

  return {
    owner,
    start() {
      if (started) return;
      started = true;
      unwatch = links.watch((id) => {
        linkCache.delete(id);
        schedules.delete(id);
        if (pausedLinks.has(id)) recheckPaused(id);
      });
      firstClaim = leases.start().then(async () => {
        while (beginning.size) await Promise.allSettled([...beginning]);
        logger.info({ owner, targets: leases.size, jobs: scheduler.stats().jobs }, 'delivery worker started');
      });
    },
    ready() {
      return firstClaim ?? Promise.resolve();
    },
    enqueue(jobs) {
      if (!started || stopping) return;
      // The queue's own wake-up mostly came first: a held target that has read past these jobs
      // is not read again for them (a second read of each target per webhook, all of it empty).
      const unread = new Set<string>();
      for (const job of jobs) {
        const state = targets.get(job.target);
        if (!(state?.begun && job.id !== undefined && job.id <= state.lastId)) unread.add(job.target);
      }
      if (unread.size) leases.wake(unread);
    },
    stop(timeoutMs = 10_000) {
      stopped ??= (async () => {
        await firstClaim;
        stopping = true;
        leases.stopClaiming();
        scheduler.close();
        unwatch?.();
        if (!(await drained(timeoutMs))) {
          // Aborted posts settle as retries at once, so every attempt is still recorded.
          logger.warn({ inFlight: sends.size }, 'delivery worker stop timed out; aborting posts in flight');
          const reason = new Error('delivery worker stopped');
          for (const cancel of [...cancels]) cancel(reason);
          if (!(await drained(timeoutMs))) recorder.abandon();
        }
        for (const state of [...targets.values()]) forget(state.target);
        await leases.stop();
        await ownAgent?.close().catch(() => ownAgent.destroy());
        logger.info({ owner, ...counts, recordFailures: recorder.failures }, 'delivery worker stopped');
      })();
      return stopped;
    },
    stats() {
      const lanes = scheduler.stats();
      return {
        running: started && !stopping,
        targets: targets.size,
        links: lanes.lanes,
        jobs: lanes.jobs,
        inFlight: lanes.inFlight,
        scheduled: lanes.scheduled,
        rateLimited: lanes.rateLimited,
        ...counts,
        recordFailures: recorder.failures,
      };
    },
  };
}
