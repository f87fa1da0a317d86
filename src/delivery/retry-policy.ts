/**
 * What happens to a job after Teams answered a post of it: a pure function of the answer, the
 * job and the limits, so that each rule is tested alone.
 *
 * - delivered: done.
 * - permanent answers: dead at once (sending the same card again fails the same way).
 * - retryable answers: tried again after a jittered backoff, never before `Retry-After`; dead
 *   once this was attempt number `maxAttempts`, or when the next try would fall later than
 *   `maxAgeMs` after the job's budget began (the event's arrival, or a manual redelivery). The
 *   age limit applies to retries only: a job never tried, say after a long outage, is still sent.
 * - a throttled answer (Teams says the webhook is over its limits) asks the caller to hold every
 *   job on that webhook until the retry, not just this one.
 */
import type { Job } from '../queue/records.js';
import { backoffDelay, type BackoffOptions } from './backoff.js';
import type { PostResult } from './teams-client.js';

export interface RetryLimits {
  /** Attempts (the first included) before a retrying job is dead-lettered. */
  maxAttempts: number;
  /** A job is not retried later than this after its budget began. */
  maxAgeMs: number;
  backoff?: BackoffOptions;
}

export type NextStep =
  | { step: 'delivered' }
  | { step: 'retry'; at: number; holdWebhook: boolean }
  | { step: 'dead'; error: string };

/**
 * `job.attempts` counts the attempts before this one within the current budget: a redelivery
 * starts a fresh budget (the store resets the count and sets `requeuedAt`).
 */
export function nextStep(
  result: Pick<PostResult, 'outcome' | 'error' | 'retryAfterMs' | 'throttled'>,
  job: Pick<Job, 'attempts' | 'createdAt' | 'requeuedAt'>,
  limits: RetryLimits,
  now: number,
): NextStep {
  if (result.outcome === 'delivered') return { step: 'delivered' };
  if (result.outcome === 'permanent') return { step: 'dead', error: result.error ?? 'permanent failure' };
  const tries = job.attempts + 1;
  const at = now + backoffDelay(tries, result.retryAfterMs, limits.backoff);
  const budgetFrom = job.requeuedAt ?? job.createdAt;
  if (tries >= limits.maxAttempts || at - budgetFrom > limits.maxAgeMs) {
    const why = tries >= limits.maxAttempts ? `${tries} attempts` : 'the maximum age';
    return { step: 'dead', error: `${result.error ?? 'retry'}; gave up after ${why}` };
  }
  return { step: 'retry', at, holdWebhook: result.throttled === true };
}
