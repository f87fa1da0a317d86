/**
 * Time as the delivery parts see it. Injected, so that retries, rate windows and leases are
 * tested on a fake clock in milliseconds rather than by waiting.
 */
export interface Clock {
  now(): number;
  /** Calls `fn` once after `ms`; the handle goes to clearTimeout. */
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** setTimeout's ceiling; a later wake-up must re-arm. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** The process clock. Its timers do not keep the process alive: the server does that. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout(fn, ms) {
    const timer = setTimeout(fn, Math.min(Math.max(0, ms), MAX_TIMER_MS));
    timer.unref();
    return timer;
  },
  clearTimeout(handle) {
    clearTimeout(handle as NodeJS.Timeout);
  },
};
