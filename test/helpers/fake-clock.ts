/**
 * A clock for the `Clock` that delivery parts take (src/delivery/clock.ts), moved by hand: tests
 * of windows, retries and leases run in simulated milliseconds and never wait.
 *
 *   const clock = createFakeClock();
 *   clock.next();          // jumps to the earliest timer and fires it (false when none)
 *   clock.advance(250);    // fires every timer due within 250 ms, each at its own time
 *   await clock.run(1000); // the same, letting promises settle after each timer (async code)
 */
import type { Clock } from '../../src/delivery/clock.js';

export interface FakeClock extends Clock {
  /** Fires the earliest timer, at its time; false when none is set. */
  next(): boolean;
  advance(ms: number): void;
  /** As advance, but settles pending promises before and after each timer. */
  run(ms: number): Promise<void>;
  /** Timers set and not yet fired or cleared. */
  readonly pending: number;
}

interface Timer {
  at: number;
  seq: number;
  fn: () => void;
}

/** Lets every promise callback queued so far (and those they queue) run. */
export const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createFakeClock(start = 1_700_000_000_000): FakeClock {
  let now = start;
  let seq = 0;
  const timers = new Set<Timer>();
  const earliest = (until = Infinity) => {
    let first: Timer | undefined;
    for (const t of timers) if (t.at <= until && (!first || t.at < first.at || (t.at === first.at && t.seq < first.seq))) first = t;
    return first;
  };
  const fire = (t: Timer) => {
    timers.delete(t);
    now = Math.max(now, t.at);
    t.fn();
  };
  return {
    now: () => now,
    setTimeout(fn, ms) {
      const timer = { at: now + Math.max(0, ms), seq: seq++, fn };
      timers.add(timer);
      return timer;
    },
    clearTimeout(handle) {
      timers.delete(handle as Timer);
    },
    next() {
      const t = earliest();
      if (!t) return false;
      fire(t);
      return true;
    },
    advance(ms) {
      const until = now + ms;
      for (let t = earliest(until); t; t = earliest(until)) fire(t);
      now = until;
    },
    async run(ms) {
      const until = now + ms;
      await settle();
      for (let t = earliest(until); t; t = earliest(until)) {
        fire(t);
        await settle();
      }
      now = until;
      await settle();
    },
    get pending() {
      return timers.size;
    },
  };
}
