/**
 * Decides, for a link whose head job may be sent, whether it goes now as its own card, waits, or
 * goes now as a digest folding the link's pending jobs (DESIGN §2 "Delivery modes",
 * docs/digests.md). Pure over the send history of the webhook target: the lane scheduler asks it
 * instead of the bare rate limiter, and every slot it grants is also a slot of every Teams window.
 *
 * Why pacing and not only folding: Teams lets a webhook post 100 times an hour and 150 times in
 * two hours. A link that spends those on single cards during a burst is then silent for up to an
 * hour, and folding alone cannot help (there is no slot to post the digest in). So every grant
 * keeps this promise: after it, posting once every `paceMs` from now on still fits every window
 * (the *pace reserve*). A link that is behind therefore always has a slot within `paceMs`, and
 * `paceMs` is DIGEST_AFTER_SECONDS (at least a quarter slower than the slowest pace Teams
 * sustains, 48 s: so 60 s for any smaller setting).
 *
 * Single cards promise more: `burstReserve` further posts must still fit, so that when a burst
 * comes, its digest may take several cards (one per 20 KB) back to back instead of one per
 * `paceMs`. Digests may spend that reserve; single cards may not.
 *
 * A link folds when sending its pending jobs one card each, under those rules, would post one of
 * them more than `digestAfterMs` after it arrived.
 *
 * The check "does the reserve still fit" is exact: for a window of limit L and length D, the
 * reserved posts at now + k·pace (k = 0, 1, …, while k·pace < D) and the history must leave each
 * window ending at one of those posts with at most L posts. When it fails, the wait is the time
 * for the oldest posts in the way to leave their windows, which only frees more as time passes.
 */
import type { RateLimiter, RateWindow } from './rate-limiter.js';

export type Tier = 'card' | 'digest';

export interface DigestPlannerOptions {
  /** The limiter every post goes through; its history is the planner's. */
  limiter: Pick<RateLimiter, 'windows' | 'waitMs' | 'record' | 'sendsOf'>;
  /** Teams widens no window; this is the limiter's guard, counted the same way. */
  guardMs: number;
  /** DIGEST_AFTER_SECONDS in ms: the longest a card may wait behind the windows before folding. */
  digestAfterMs: number;
  /** Posts single cards must leave for a burst's digest cards (default 10). */
  burstReserve?: number;
}

export type Plan = { wait: number } | { send: Tier };

/**
 * The pace is kept this much slower than the slowest Teams sustains: at exactly that pace the
 * daily window has no post to spare, and every card, even on a quiet link, would wait a full pace.
 */
export const PACE_SLACK = 1.25;

/** Jobs looked at when deciding whether to fold; past this many pending, a lane folds anyway. */
export const FOLD_LOOKAHEAD = 16;

/** The slowest pace every window sustains forever: one post per max(D / L). */
export function sustainablePaceMs(windows: readonly RateWindow[], guardMs: number): number {
  return Math.max(...windows.map((w) => Math.ceil((w.ms + guardMs) / w.limit)));
}

export class DigestPlanner {
  readonly paceMs: number;
  readonly digestAfterMs: number;
  private readonly windows: ReadonlyArray<RateWindow & { span: number }>;
  private readonly burstReserve: number;
  private readonly limiter: DigestPlannerOptions['limiter'];

  constructor(options: DigestPlannerOptions) {
    if (!(options.digestAfterMs > 0)) throw new Error(`digest planner: digestAfterMs must be positive, got ${options.digestAfterMs}`);
    this.limiter = options.limiter;
    this.digestAfterMs = options.digestAfterMs;
    this.burstReserve = options.burstReserve ?? 10;
    const guard = options.guardMs;
    // A pace the windows cannot sustain would promise slots that do not exist, and one they only
    // just sustain leaves none for single cards: take a little slower than the slowest they can.
    this.paceMs = Math.max(options.digestAfterMs, Math.ceil(sustainablePaceMs(options.limiter.windows, guard) * PACE_SLACK));
    this.windows = options.limiter.windows.map((w) => ({ ...w, span: w.ms + guard }));
  }

  /**
   * What a lane whose head may go now does, given when its pending jobs arrived (oldest first;
   * the first FOLD_LOOKAHEAD + 1 are enough) and how many there are. A grant to send takes the
   * slot in the limiter.
   */
  plan(target: string, arrivals: readonly number[], pending: number, now: number): Plan {
    const history = this.limiter.sendsOf(target);
    const held = this.limiter.waitMs(target, now);
    const tier: Tier = this.folds(history, arrivals, pending, now, held) ? 'digest' : 'card';
    const wait = Math.max(held, this.waitFor(history, now, tier));
    if (wait > 0) return { wait };
    this.limiter.record(target, now);
    return { send: tier };
  }

  /** When a post of `tier` may go at the earliest, from `now`, given `history` (oldest first). */
  waitFor(history: readonly number[], now: number, tier: Tier): number {
    let wait = 0;
    for (const w of this.windows) {
      const reserve = tier === 'card' && w.span > this.paceMs ? this.burstReserve : 0;
      wait = Math.max(wait, this.windowWait(history, now, w, reserve));
    }
    return wait;
  }

  /** Would sending each pending job as its own card post one later than digestAfterMs after it came? */
  private folds(history: readonly number[], arrivals: readonly number[], pending: number, now: number, held: number): boolean {
    if (pending > FOLD_LOOKAHEAD) return true;
    const sim = [...history];
    let at = now + held;
    for (let i = 0; i < pending && i < arrivals.length; i++) {
      at += this.waitFor(sim, at, 'card');
      // A lone job that is late goes as its own card, but on the digest's budget.
      if (at - arrivals[i]! > this.digestAfterMs) return true;
      sim.push(at);
    }
    return false;
  }

  /**
   * Wait until a post at now + wait leaves, in window `w`, room for `reserve` more posts and a
   * post every paceMs after it. Window ending at now + k·pace holds the history after
   * now + k·pace − span, plus 1 + reserve + k posts.
   */
  private windowWait(history: readonly number[], now: number, w: RateWindow & { span: number }, reserve: number): number {
    const n = history.length;
    // Cheap exit: even the whole history beside the whole reserve fits.
    const reserved = Math.ceil(w.span / this.paceMs);
    if (n + reserve + reserved <= w.limit) return 0;
    let wait = 0;
    let first = lowerBound(history, now - w.span, true);
    for (let k = 0; k * this.paceMs < w.span; k++) {
      const from = now + k * this.paceMs - w.span;
      while (first < n && history[first]! <= from) first++;
      const inWindow = n - first;
      const excess = inWindow + 1 + reserve + k - w.limit;
      if (excess <= 0) continue;
      // Those posts must leave: the excess-th oldest still inside sets the wait.
      if (excess > inWindow) return Infinity;
      wait = Math.max(wait, history[first + excess - 1]! - from);
    }
    return wait;
  }
}

/** First index whose value is > x (strict) or >= x. */
function lowerBound(a: readonly number[], x: number, strict: boolean): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (strict ? a[mid]! <= x : a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
