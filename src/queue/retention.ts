/**
 * The pruner of RETENTION_DAYS: every PRUNE_EVERY_MS a pass deletes what finished before
 * `now - retentionMs`, PRUNE_BATCH rows at a time until a batch comes back short. Between batches
 * it gives the event loop a turn (setImmediate, after pending I/O), so a webhook that arrives
 * mid-pass is stored and acknowledged before the pass goes on: a batch is the longest ingest
 * ever waits for it. Time and timers come from the injected clock.
 *
 * Several replicas on PostgreSQL each run one: pruning is safe concurrently (rows are taken FOR
 * UPDATE SKIP LOCKED, see postgres-queue.ts), and since passes are short and far apart they
 * rarely overlap; when they do they share the work.
 */
import { sweepSchedule } from '../auth/sweep-schedule.js';
import type { Clock } from '../delivery/clock.js';
import type { PruneCounts, RetentionStore } from './retention-store.js';

/** Between passes. A pass finds at most this long's worth of newly expired rows. */
export const PRUNE_EVERY_MS = 10 * 60_000;
/** The first pass, after a start: once the server listens, not in the middle of opening it. */
export const FIRST_PASS_AFTER_MS = 1_000;
/** Rows of each kind per batch: a few milliseconds of work on either store. */
export const PRUNE_BATCH = 500;

type LogFn = (obj: object, msg: string) => void;

export interface PrunerOptions {
  store: RetentionStore;
  /** RETENTION_DAYS in ms. */
  retentionMs: number;
  clock: Clock;
  logger: { info: LogFn; error: LogFn };
  everyMs?: number;
  firstAfterMs?: number;
  batch?: number;
  /** `store.reclaim` at most this often (by the clock), after passes that deleted rows; default every such pass. */
  reclaimEveryMs?: number;
}

export interface PassResult extends PruneCounts {
  batches: number;
}

export interface Pruner {
  /** Schedules the first pass; later ones follow every `everyMs` after the previous ends. */
  start(): void;
  /** One pass now (tests, benches); resolves with what it deleted. */
  runPass(): Promise<PassResult>;
  /** No further pass; resolves once a pass in progress has finished its batch and stopped. */
  close(): Promise<void>;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createPruner(opts: PrunerOptions): Pruner {
  const { store, clock, logger } = opts;
  const everyMs = opts.everyMs ?? PRUNE_EVERY_MS;
  const batch = opts.batch ?? PRUNE_BATCH;
  const reclaimDue = sweepSchedule(opts.reclaimEveryMs ?? 0);
  let timer: unknown;
  let running: Promise<PassResult> | undefined;
  let closed = false;

  async function pass(): Promise<PassResult> {
    const before = clock.now() - opts.retentionMs;
    const total: PassResult = { events: 0, jobs: 0, attempts: 0, batches: 0 };
    const started = clock.now();
    while (!closed) {
      const counts = await store.prune(before, batch);
      total.batches++;
      total.events += counts.events;
      total.jobs += counts.jobs;
      total.attempts += counts.attempts;
      if (counts.jobs < batch && counts.events < batch) break;
      await turn();
    }
    if (total.events + total.jobs + total.attempts > 0) {
      if (!closed && store.reclaim && reclaimDue(clock.now())) await store.reclaim();
      logger.info({ ...total, before: new Date(before).toISOString(), ms: clock.now() - started }, 'pruned finished deliveries older than RETENTION_DAYS');
    }
    return total;
  }

  const runPass = () => {
    if (closed) return Promise.reject(new Error('the pruner is closed'));
    // One pass at a time: a call during a pass shares its result.
    running ??= pass().finally(() => (running = undefined));
    return running;
  };

  const schedule = (ms: number) => {
    if (closed) return;
    timer = clock.setTimeout(() => {
      timer = undefined;
      runPass()
        .catch((err: unknown) => logger.error({ err }, 'pruning failed; the next pass tries again'))
        .finally(() => schedule(everyMs));
    }, ms);
  };

  return {
    start() {
      if (timer === undefined && !running) schedule(opts.firstAfterMs ?? FIRST_PASS_AFTER_MS);
    },
    runPass,
    async close() {
      closed = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
      await running?.catch(() => undefined);
    },
  };
}
