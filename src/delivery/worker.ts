/**
 * The delivery worker: posts queued jobs to their links' Teams webhooks, in order per link,
 * within every Teams rate window, retrying what may succeed later and dead-lettering the rest.
 *
 * Shape (all O(log n) or O(1) per job, no scans of the backlog):
 * - one lane per link with its jobs in id order. A lane sends one job at a time, so a link's
 *   cards arrive in order; a retrying head job blocks the jobs behind it until it is delivered
 *   or dead, since skipping it would reorder the channel.
 * - a FIFO of lanes whose head may be sent now, drained up to `concurrency` posts in flight.
 * - one min-heap of lanes waiting (backoff or rate window) and a single timer for its earliest
 *   entry, rather than a timer per job.
 *
 * Failure policy:
 * - permanent answers dead-letter the job at once; so do retries past `maxAttempts`, or whose
 *   next try would fall later than `maxAgeMs` after the event arrived. The age limit applies to
 *   retries only: a job never tried (say after a long outage) is still delivered.
 * - each dead-lettered job counts as a failure of its link; after `failingAfter` in a row the
 *   link is marked `failing` (links.update; from then on only a changed error is written, so the
 *   stored count stops at `failingAfter` for a dead endpoint). The link is not paused: its next jobs are still
 *   tried, each costing one request, so a URL fixed by the operator or an endpoint that comes
 *   back heals the link without anyone un-pausing it, and one delivery resets the count.
 * - a job whose link no longer exists is dead-lettered without a request.
 * - a lane moves on only once the attempt it made is recorded (EventQueue.recordAttempt
 *   resolves when durable). When the store refuses the write (a full disk), the job is held and
 *   the write retried, and no post starts anywhere until it succeeds: a card the bridge cannot
 *   record having sent would be sent again after a restart.
 *
 * Rate windows belong to the webhook, not the link: Teams counts per webhook URL, and two links
 * (say two repositories) may post to one channel's webhook. Lanes stay per link, for ordering.
 * The windows are restored on start from the attempts stored in the last day, charged to each
 * link's current URL. A post in flight when the process was killed was never recorded, so each
 * link with pending jobs is also charged one send at start: at most one send per link is
 * unaccounted for, and charging it late is always the safe side. When Teams throttles a
 * webhook anyway, every link on it holds off until the throttled job's next try.
 */
import type { Dispatcher } from 'undici';
import type { AttemptRecord, EventQueue, Job } from '../queue/event-queue.js';
import type { Link, LinkStore } from '../links/link.js';
import { backoffDelay, type BackoffOptions } from './backoff.js';
import type { CardSource } from './card-source.js';
import { RateLimiter, type RateWindow } from './rate-limiter.js';
import { createTeamsAgent, DEFAULT_TIMEOUT_MS, postToTeams, webhookTarget, type PostCancels, type PostResult } from './teams-client.js';

type LogFn = (obj: object, msg?: string) => void;
/** The part of a pino logger the worker uses. */
export interface DeliveryLogger {
  debug: LogFn;
  info: LogFn;
  warn: LogFn;
  error: LogFn;
}

export interface DeliveryWorkerOptions {
  /** Posts in flight at once, over all links. */
  concurrency?: number;
  /** Per post, connect to end of answer. */
  timeoutMs?: number;
  /** Attempts (the first included) before a retrying job is dead-lettered. */
  maxAttempts?: number;
  /** A job is not retried past this age (from the event's arrival). */
  maxAgeMs?: number;
  /** Consecutive dead-lettered jobs before a link is marked failing. */
  failingAfter?: number;
  /** Rate windows per link; Teams' by default. */
  windows?: readonly RateWindow[];
  /** Slack added to each window against network jitter (see rate-limiter). */
  guardMs?: number;
  /** The rate governor, when others (the test card) must share it; else one of its own from `windows` and `guardMs`. */
  limiter?: RateLimiter;
  backoff?: BackoffOptions;
  /** HTTP dispatcher; by default a keep-alive undici Agent with `concurrency` sockets per origin. */
  dispatcher?: Dispatcher;
}

export interface DeliveryWorkerDeps {
  queue: EventQueue;
  links: LinkStore;
  /** Renders a job's card when it is sent. */
  cards: CardSource;
  logger: DeliveryLogger;
  options?: DeliveryWorkerOptions;
}

export interface DeliveryStats {
  running: boolean;
  /** Links with jobs waiting, in flight or scheduled. */
  links: number;
  /** Jobs held by the worker (waiting or in flight). */
  jobs: number;
  inFlight: number;
  /** Lanes waiting on the timer (backoff or a rate window). */
  scheduled: number;
  delivered: number;
  retried: number;
  dead: number;
  /** Times a send was held back by a rate window. */
  rateLimited: number;
}

export interface DeliveryWorker {
  /** Loads the pending backlog, restores the rate windows and begins delivering. */
  start(): void;
  /** Resolves once start() has loaded the backlog. */
  ready(): Promise<void>;
  /** Hands over jobs just stored (ingest) or requeued (redelivery); ids already held are ignored. */
  enqueue(jobs: Job[]): void;
  /** Takes no new posts, waits for those in flight (aborting them after `timeoutMs`), then resolves. */
  stop(timeoutMs?: number): Promise<void>;
  stats(): DeliveryStats;
}

export const DEFAULT_WORKER_OPTIONS = {
  concurrency: 128,
  timeoutMs: DEFAULT_TIMEOUT_MS,
  maxAttempts: 12,
  maxAgeMs: 24 * 3600_000,
  failingAfter: 3,
};
const PRUNE_EVERY_MS = 60_000;
/** Pause before retrying an attempt the store refused, doubling up to the cap. */
const RECORD_RETRY_MS = 250;
const RECORD_RETRY_CAP_MS = 5_000;
/** setTimeout's ceiling; later wake-ups re-arm. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A job as the worker holds it. A manual redelivery comes back `queued` with its old attempts and
 * an old event time; it gets a fresh retry budget counted from when the worker received it.
 */
interface HeldJob extends Job {
  attemptsBefore: number;
  retrySince: number;
}

interface Lane {
  linkId: string;
  jobs: HeldJob[];
  /** Index of the head job in `jobs` (shifting arrays is O(n)). */
  head: number;
  busy: boolean;
  queued: boolean;
  /** When the lane's timer entry fires; 0 when it has none. */
  wakeAt: number;
  /** Consecutive dead-lettered jobs, seeded from the link. */
  failures?: number;
  /** The last error written to the link, seeded from it. */
  lastError?: string;
  /** The link's health as the worker last saw or wrote it; anything else means it was edited since. */
  stored?: string;
  /** Health writes not yet settled: until they are, the stored link lags behind `failures`. */
  writing: number;
}

interface Wake {
  at: number;
  lane: Lane;
}

/** Binary min-heap of wake-ups by time. */
class WakeHeap {
  private items: Wake[] = [];
  get size(): number {
    return this.items.length;
  }
  peek(): Wake | undefined {
    return this.items[0];
  }
  push(item: Wake): void {
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
  pop(): Wake | undefined {
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

export function createDeliveryWorker({ queue, links, cards, logger, options = {} }: DeliveryWorkerDeps): DeliveryWorker {
  const opts = { ...DEFAULT_WORKER_OPTIONS };
  for (const key of Object.keys(DEFAULT_WORKER_OPTIONS) as Array<keyof typeof DEFAULT_WORKER_OPTIONS>) {
    const value = options[key];
    if (value === undefined) continue;
    if (!(Number.isFinite(value) && value >= 1)) throw new Error(`delivery worker: ${key} must be a number ≥ 1, got ${value}`);
    opts[key] = value;
  }
  const limiter = options.limiter ?? new RateLimiter({ windows: options.windows, guardMs: options.guardMs });
  const ownAgent = options.dispatcher ? undefined : createTeamsAgent(opts.concurrency);
  const dispatcher = options.dispatcher ?? ownAgent;
  const cancels: PostCancels = new Set();

  const lanes = new Map<string, Lane>();
  const known = new Set<number>();
  /** Jobs held in lanes (waiting or in flight), kept as a count so stats() is O(1). */
  let held = 0;
  let ready: Lane[] = [];
  let readyHead = 0;
  const wakes = new WakeHeap();
  let timer: NodeJS.Timeout | undefined;
  let timerAt = 0;
  const inFlight = new Set<Promise<void>>();
  let started = false;
  let loading: Promise<void> | undefined;
  let early: Job[] = [];
  let stopping = false;
  let pumping = false;
  /** Attempts the store refused and that are being retried: while any is, no post starts. */
  let unrecorded = 0;
  /** Set when stop() gives up waiting: attempts still unrecorded are then dropped. */
  let abandoned = false;
  const sleepers = new Set<() => void>();
  let lastPrune = Date.now();
  const counts = { delivered: 0, retried: 0, dead: 0, rateLimited: 0 };

  const headOf = (lane: Lane): HeldJob | undefined => lane.jobs[lane.head];

  function laneFor(linkId: string): Lane {
    let lane = lanes.get(linkId);
    if (!lane) {
      lane = { linkId, jobs: [], head: 0, busy: false, queued: false, wakeAt: 0, writing: 0 };
      lanes.set(linkId, lane);
    }
    return lane;
  }

  function shift(lane: Lane): void {
    const job = lane.jobs[lane.head];
    if (job) {
      known.delete(job.id);
      held--;
    }
    lane.jobs[lane.head++] = undefined as unknown as HeldJob;
    if (lane.head === lane.jobs.length) {
      lane.jobs = [];
      lane.head = 0;
    } else if (lane.head > 1024 && lane.head * 2 > lane.jobs.length) {
      lane.jobs = lane.jobs.slice(lane.head);
      lane.head = 0;
    }
  }

  /** Drops a lane with nothing left, so finished links cost no memory. */
  function tidy(lane: Lane): void {
    if (!lane.busy && !lane.queued && lane.wakeAt === 0 && !headOf(lane)) lanes.delete(lane.linkId);
  }

  function markReady(lane: Lane): void {
    if (lane.queued || lane.busy || lane.wakeAt !== 0 || !headOf(lane)) return tidy(lane);
    lane.queued = true;
    ready.push(lane);
  }

  function wakeAt(lane: Lane, at: number): void {
    lane.wakeAt = at;
    wakes.push({ at, lane });
    armTimer();
  }

  function armTimer(): void {
    const next = wakes.peek();
    if (!next || stopping) {
      if (timer) clearTimeout(timer);
      timer = undefined;
      return;
    }
    if (timer && timerAt === next.at) return;
    if (timer) clearTimeout(timer);
    timerAt = next.at;
    timer = setTimeout(onTimer, Math.min(Math.max(0, next.at - Date.now()), MAX_TIMER_MS));
    timer.unref();
  }

  function onTimer(): void {
    timer = undefined;
    const now = Date.now();
    for (let w = wakes.peek(); w && w.at <= now; w = wakes.peek()) {
      wakes.pop();
      // Stale entries (the lane was rescheduled since) are skipped rather than removed.
      if (w.lane.wakeAt !== w.at) continue;
      w.lane.wakeAt = 0;
      markReady(w.lane);
    }
    armTimer();
    pump();
  }

  function pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      sleepers.add(wake);
    });
  }

  /** Records an attempt, retrying until the store takes it; false only when stop() gave up. */
  async function record(job: Job, startedAt: number, result: Pick<PostResult, 'statusCode' | 'error' | 'durationMs'>, outcome: 'delivered' | 'retry' | 'dead', nextAttemptAt?: number): Promise<boolean> {
    const attempt: AttemptRecord = { jobId: job.id, linkId: job.linkId, startedAt, durationMs: result.durationMs, outcome };
    if (result.statusCode !== undefined) attempt.statusCode = result.statusCode;
    if (result.error !== undefined) attempt.error = result.error;
    if (nextAttemptAt !== undefined) attempt.nextAttemptAt = nextAttemptAt;
    let refused = false;
    for (let delay = RECORD_RETRY_MS; ; delay = Math.min(delay * 2, RECORD_RETRY_CAP_MS)) {
      try {
        await queue.recordAttempt(attempt);
        if (refused && --unrecorded === 0) logger.info({ jobId: job.id }, 'delivery attempts are recorded again; sending resumes');
        return true;
      } catch (err) {
        if (!refused) {
          refused = true;
          if (unrecorded++ === 0) logger.error({ err, jobId: job.id }, 'cannot record a delivery attempt; no post starts until the store can write');
        }
        if (abandoned) {
          unrecorded--;
          logger.error({ jobId: job.id, linkId: job.linkId }, 'delivery attempt left unrecorded at stop; the card will be sent again after a restart');
          return false;
        }
        await pause(delay);
      }
    }
  }

  const healthOf = (link: Link) => `${link.health} ${link.consecutiveFailures} ${link.lastError ?? ''}`;

  function noteLinkHealth(lane: Lane, failed: boolean, error?: string): void {
    const link = links.get(lane.linkId);
    if (link && (lane.failures === undefined || (lane.writing === 0 && lane.stored !== healthOf(link)))) {
      // First news of this link, or someone else set its health since (an edit starts it
      // afresh): count on from what is stored, not from what this lane remembers.
      lane.failures = link.consecutiveFailures;
      lane.lastError = link.lastError;
      lane.stored = healthOf(link);
    }
    const before = lane.failures ?? 0;
    const lastError = lane.lastError;
    lane.failures = failed ? before + 1 : 0;
    lane.lastError = failed ? error : undefined;
    if (!link || (!failed && before === 0 && link.health === 'active')) return;
    // The link store may rewrite a whole file per update: once a link is failing, a dead
    // endpoint would cost a write per job, so only a new kind of error is written from then on.
    if (failed && lane.failures > opts.failingAfter && error === lastError) return;
    const patch = failed
      ? { consecutiveFailures: lane.failures, lastError: error ?? 'delivery failed', ...(lane.failures >= opts.failingAfter && { health: 'failing' as const }) }
      : { consecutiveFailures: 0, health: 'active' as const, lastError: null };
    if (failed && lane.failures === opts.failingAfter) {
      logger.warn({ linkId: lane.linkId, failures: lane.failures, error }, 'link marked failing');
    }
    lane.writing++;
    links
      .update(lane.linkId, patch)
      .then((updated) => {
        if (updated) lane.stored = healthOf(updated);
      })
      .catch((err: unknown) => logger.error({ err, linkId: lane.linkId }, 'could not update link health'))
      .finally(() => lane.writing--);
  }

  async function deadLetter(lane: Lane, job: Job, startedAt: number, result: Pick<PostResult, 'statusCode' | 'error' | 'durationMs'>, countsAgainstLink: boolean): Promise<void> {
    await record(job, startedAt, result, 'dead');
    counts.dead++;
    logger.warn(
      { jobId: job.id, delivery: job.delivery, linkId: job.linkId, attempts: job.attempts + 1, statusCode: result.statusCode, error: result.error },
      'delivery dead-lettered',
    );
    shift(lane);
    if (countsAgainstLink) noteLinkHealth(lane, true, result.error);
  }

  async function settle(lane: Lane, job: HeldJob, link: Link, startedAt: number, result: PostResult): Promise<void> {
    if (result.outcome === 'delivered') {
      await record(job, startedAt, result, 'delivered');
      counts.delivered++;
      shift(lane);
      noteLinkHealth(lane, false);
    } else if (result.outcome === 'permanent') {
      await deadLetter(lane, job, startedAt, result, true);
    } else {
      const attempts = job.attempts + 1;
      const tries = attempts - job.attemptsBefore;
      const nextAttemptAt = Date.now() + backoffDelay(tries, result.retryAfterMs, options.backoff);
      if (tries >= opts.maxAttempts || nextAttemptAt - job.retrySince > opts.maxAgeMs) {
        const why = tries >= opts.maxAttempts ? `${tries} attempts` : 'the maximum age';
        await deadLetter(lane, job, startedAt, { ...result, error: `${result.error ?? 'retry'}; gave up after ${why}` }, true);
      } else {
        if (result.throttled) limiter.holdUntil(link.webhookUrl, nextAttemptAt);
        await record(job, startedAt, result, 'retry', nextAttemptAt);
        counts.retried++;
        job.attempts = attempts;
        job.status = 'retrying';
        job.nextAttemptAt = nextAttemptAt;
        logger.debug({ jobId: job.id, linkId: job.linkId, attempts, statusCode: result.statusCode, error: result.error, nextAttemptAt }, 'delivery will be retried');
      }
    }
  }

  /** Keeps the lane busy while `work` (a post and the record of its attempt) runs, then moves it on. */
  function hold(lane: Lane, work: Promise<void>): void {
    lane.busy = true;
    const done = work.finally(() => {
      lane.busy = false;
      inFlight.delete(done);
      const next = headOf(lane);
      if (next && next.nextAttemptAt > Date.now()) {
        if (lane.wakeAt === 0) wakeAt(lane, next.nextAttemptAt);
      } else markReady(lane);
      pump();
    });
    inFlight.add(done);
  }

  function send(lane: Lane, job: HeldJob, link: Link, startedAt: number): void {
    const post = async () => {
      const card = await cards.messageFor(job, link);
      // Nothing to post (the link's options changed since the event came): not the link's fault.
      if ('ignored' in card) return deadLetter(lane, job, startedAt, { error: `no card: ${card.ignored}`, durationMs: Date.now() - startedAt }, false);
      const result = await postToTeams(link.webhookUrl, card.message, { timeoutMs: opts.timeoutMs, dispatcher, cancels });
      limiter.settle(link.webhookUrl, startedAt, Date.now());
      await settle(lane, job, link, startedAt, result);
    };
    hold(
      lane,
      post().catch((err: unknown) => {
        // postToTeams never throws; a failed render or event load must not wedge the lane either.
        logger.error({ err, jobId: job.id, target: webhookTarget(link.webhookUrl) }, 'delivery worker error');
        if (headOf(lane) === job) wakeAt(lane, Date.now() + 60_000);
      }),
    );
  }

  function pump(): void {
    if (pumping || !started || stopping || unrecorded > 0) return;
    pumping = true;
    try {
      while (inFlight.size < opts.concurrency && readyHead < ready.length) {
        const lane = ready[readyHead++];
        lane.queued = false;
        const job = headOf(lane);
        if (!job || lane.busy || lane.wakeAt !== 0) {
          tidy(lane);
          continue;
        }
        const now = Date.now();
        if (job.nextAttemptAt > now) {
          wakeAt(lane, job.nextAttemptAt);
          continue;
        }
        const link = links.get(lane.linkId);
        if (!link) {
          hold(lane, deadLetter(lane, job, now, { error: `link ${lane.linkId} no longer exists`, durationMs: 0 }, false));
          continue;
        }
        const wait = limiter.reserve(link.webhookUrl, now);
        if (wait > 0) {
          counts.rateLimited++;
          wakeAt(lane, now + wait);
          continue;
        }
        send(lane, job, link, now);
      }
      if (readyHead === ready.length) {
        ready = [];
        readyHead = 0;
      } else if (readyHead > 4096) {
        ready = ready.slice(readyHead);
        readyHead = 0;
      }
      const now = Date.now();
      if (now - lastPrune > PRUNE_EVERY_MS) {
        lastPrune = now;
        limiter.prune(now);
      }
    } finally {
      pumping = false;
    }
  }

  /** Takes in new jobs; returns the lanes they joined (one entry per job, repeats included). */
  function add(jobs: Job[]): Lane[] {
    const touched: Lane[] = [];
    for (const job of jobs) {
      if (known.has(job.id) || job.status === 'delivered' || job.status === 'dead') continue;
      known.add(job.id);
      held++;
      const lane = laneFor(job.linkId);
      const redelivery = job.status === 'queued' && job.attempts > 0;
      // Spelled out rather than spread: one object shape for every held job keeps this cheap.
      lane.jobs.push({
        id: job.id,
        eventId: job.eventId,
        delivery: job.delivery,
        eventName: job.eventName,
        linkId: job.linkId,
        summary: job.summary,
        status: job.status,
        attempts: job.attempts,
        nextAttemptAt: job.nextAttemptAt,
        createdAt: job.createdAt,
        attemptsBefore: redelivery ? job.attempts : 0,
        retrySince: redelivery ? Date.now() : job.createdAt,
      });
      touched.push(lane);
    }
    return touched;
  }

  return {
    start() {
      if (started || loading) return;
      // Until the backlog is loaded, new jobs wait in `early` so a link's jobs stay in id order.
      loading = Promise.all([queue.pending(), queue.sendsSince(Date.now() - limiter.horizonMs)])
        .then(([pending, sends]) => {
          const now = Date.now();
          limiter.restore(sends.map((s) => ({ key: links.get(s.linkId)?.webhookUrl ?? s.linkId, at: s.at })));
          const touched = new Set(add(pending));
          add(early.sort((a, b) => a.id - b.id));
          early = [];
          started = true;
          for (const lane of lanes.values()) {
            const link = links.get(lane.linkId);
            if (touched.has(lane) && link) limiter.record(link.webhookUrl, now);
            markReady(lane);
          }
          logger.info({ pending: pending.length, links: lanes.size }, 'delivery worker started');
          pump();
        })
        .catch((err: unknown) => logger.error({ err }, 'delivery worker could not load its backlog'));
    },
    ready() {
      return loading ?? Promise.resolve();
    },
    enqueue(jobs) {
      if (!started) {
        early.push(...jobs);
        return;
      }
      for (const lane of add(jobs)) markReady(lane);
      pump();
    },
    async stop(timeoutMs = 10_000) {
      if (stopping) return;
      await loading;
      stopping = true;
      armTimer();
      let timeout: NodeJS.Timeout | undefined;
      const drained = Promise.allSettled([...inFlight]).then(() => true);
      const expired = new Promise<boolean>((resolve) => (timeout = setTimeout(() => resolve(false), timeoutMs)));
      const finished = await Promise.race([drained, expired]);
      clearTimeout(timeout);
      if (!finished) {
        // Aborted posts settle as retries at once, so every attempt is still recorded.
        logger.warn({ inFlight: inFlight.size }, 'delivery worker stop timed out; aborting posts in flight');
        abandoned = true;
        for (const wake of [...sleepers]) wake();
        const stopped = new Error('delivery worker stopped');
        for (const cancel of [...cancels]) cancel(stopped);
        await Promise.allSettled([...inFlight]);
      }
      await ownAgent?.close().catch(() => ownAgent.destroy());
      logger.info({ ...counts }, 'delivery worker stopped');
    },
    stats() {
      return { running: started && !stopping, links: lanes.size, jobs: held, inFlight: inFlight.size, scheduled: wakes.size, ...counts };
    },
  };
}
