/**
 * Retry delays: exponential backoff with full jitter (AWS "Exponential Backoff and Jitter"),
 * so that many links throttled at the same moment do not retry in lockstep, and never earlier
 * than the server's `Retry-After`.
 */

export interface BackoffOptions {
  /** Delay ceiling of the first retry; doubles with each attempt. */
  baseMs?: number;
  /** Ceiling of the exponential part. */
  capMs?: number;
  /** Floor of any delay, so a jitter draw near 0 cannot make a hot loop. */
  minMs?: number;
  /** Largest Retry-After we honour: a hostile or broken value must not park a link for days. */
  maxRetryAfterMs?: number;
  /** Injectable for tests; must return [0, 1). */
  random?: () => number;
}

export const DEFAULT_BACKOFF: Required<Omit<BackoffOptions, 'random'>> = {
  baseMs: 1000,
  capMs: 5 * 60_000,
  minMs: 250,
  maxRetryAfterMs: 60 * 60_000,
};

/**
 * Delay before retry number `attempt` (1 for the first retry): uniform in
 * [minMs, min(capMs, baseMs * 2^(attempt-1))], then raised to `retryAfterMs` when the server
 * asked for longer (itself capped by `maxRetryAfterMs`).
 */
export function backoffDelay(attempt: number, retryAfterMs?: number, options: BackoffOptions = {}): number {
  const { baseMs, capMs, minMs, maxRetryAfterMs } = { ...DEFAULT_BACKOFF, ...options };
  const random = options.random ?? Math.random;
  const exponent = Math.min(Math.max(attempt, 1) - 1, 52);
  const ceiling = Math.max(minMs, Math.min(capMs, baseMs * 2 ** exponent));
  const jittered = Math.round(minMs + random() * (ceiling - minMs));
  if (retryAfterMs === undefined) return jittered;
  return Math.max(jittered, Math.min(retryAfterMs, maxRetryAfterMs));
}

/**
 * `Retry-After` as milliseconds from `now`: delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * A date in the past gives 0; anything unparsable gives undefined (fall back to backoff).
 */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!raw) return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return Math.round(Number(raw) * 1000);
  const at = Date.parse(raw);
  if (Number.isNaN(at) || !/[a-z]/i.test(raw)) return undefined;
  return Math.max(0, at - now);
}
