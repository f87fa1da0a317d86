/**
 * Writes delivery attempts to the job queue and does not let go of one until it is stored. What
 * was sent and not recorded would be sent again by whoever holds the target next, so while any
 * write fails, sending is paused (`paused(true)`): the failed write is tried again with backoff,
 * and sending resumes once every write that failed has gone through.
 */
import type { JobQueue } from '../queue/job-queue.js';
import type { AttemptRecord } from '../queue/records.js';
import { backoffDelay, type BackoffOptions } from './backoff.js';
import type { Clock } from './clock.js';

type LogFn = (obj: object, msg?: string) => void;

export interface AttemptRecorderOptions {
  queue: Pick<JobQueue, 'record'>;
  clock: Clock;
  /** Waits between tries of a write that failed. */
  backoff?: BackoffOptions;
  logger: { info: LogFn; error: LogFn };
  /** Called with true when the first write starts failing, with false when none fails any more. */
  paused(on: boolean): void;
}

export const DEFAULT_RECORD_BACKOFF: BackoffOptions = { minMs: 50, baseMs: 200, capMs: 5_000 };

export class AttemptRecorder {
  /** Writes that failed, counting each try. */
  failures = 0;
  private failing = 0;
  private abandoned = false;

  constructor(private readonly options: AttemptRecorderOptions) {}

  /** Resolves true once stored; false when given up (see abandon). */
  async write(attempt: AttemptRecord): Promise<boolean> {
    const { queue, clock, logger } = this.options;
    let tries = 0;
    try {
      for (;;) {
        try {
          await queue.record(attempt);
          return true;
        } catch (err) {
          this.failures++;
          if (tries++ === 0) {
            if (this.failing++ === 0) this.options.paused(true);
            logger.error({ err, jobId: attempt.jobId }, 'could not record a delivery attempt; sending is paused until it is');
          }
          if (this.abandoned) {
            logger.error({ jobId: attempt.jobId, outcome: attempt.outcome }, 'gave up recording an attempt at stop; the job will be sent again');
            return false;
          }
          await new Promise((resolve) => clock.setTimeout(() => resolve(undefined), backoffDelay(tries, undefined, this.options.backoff ?? DEFAULT_RECORD_BACKOFF)));
        }
      }
    } finally {
      if (tries > 0 && --this.failing === 0) {
        logger.info({ jobId: attempt.jobId }, 'attempts are recorded again; sending resumes');
        this.options.paused(false);
      }
    }
  }

  /** At stop, when the store stays out of reach: writes still failing give up at their next try. */
  abandon(): void {
    this.abandoned = true;
  }
}
