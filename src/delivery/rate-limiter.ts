/**
 * Sliding-window rate limiter holding every key (the worker uses the webhook URL, which is what
 * Teams counts by) to all of Teams' webhook windows at once, so the bridge itself never causes a
 * 429. A key that is a URL counts by its canonical spelling (`webhookKey`): two links whose URLs
 * differ only in spelling (`HTTP://`, `:443`, a trailing `?`) share one webhook's windows. One
 * limiter serves the worker and the "send test card" route, so test cards count too. The worker
 * rebuilds a webhook's history from the store's attempts when it takes the webhook over
 * (`rebuild`); test cards are no job's attempts, so the limiter keeps their times beside the
 * ring and a rebuild counts them again.
 *
 * A send is allowed at `now` when, for every window (limit L, length D), fewer than L sends of
 * the link fall in the last D ms. Only the L-th most recent send matters for that test, so each
 * key keeps its recent send times in a ring buffer as long as the largest limit (1,800 for the
 * daily window): memory per key is bounded, and a check is O(number of windows).
 *
 * Teams counts at its own receive time, and two posts that leave 1,000 ms apart may land a few
 * ms closer. `guardMs` widens every window by that much so jitter cannot turn an exact schedule
 * into an over-limit one; it is the only slack, the counting itself is exact.
 */

import { webhookKey } from '../links/webhook-url.js';

export interface RateWindow {
  /** Sends allowed within `ms`. */
  limit: number;
  ms: number;
}

const SECOND = 1000;
const HOUR = 3600 * SECOND;

/** Teams' published per-webhook limits (DESIGN §4). */
export const TEAMS_WINDOWS: readonly RateWindow[] = Object.freeze([
  { limit: 4, ms: 1 * SECOND },
  { limit: 60, ms: 30 * SECOND },
  { limit: 100, ms: 1 * HOUR },
  { limit: 150, ms: 2 * HOUR },
  { limit: 1800, ms: 24 * HOUR },
]);

export const DEFAULT_GUARD_MS = 50;

export interface RateLimiterOptions {
  windows?: readonly RateWindow[];
  guardMs?: number;
}

/** Send times of one key, newest last, in a ring that grows by doubling up to `max`. */
class SendRing {
  private times: Float64Array;
  private start = 0;
  count = 0;

  constructor(private readonly max: number) {
    this.times = new Float64Array(Math.min(8, max));
  }

  /** The n-th most recent send (1 = newest); only call with n <= count. */
  fromNewest(n: number): number {
    return this.times[(this.start + this.count - n) % this.times.length];
  }

  newest(): number {
    return this.count === 0 ? -Infinity : this.fromNewest(1);
  }

  /**
   * Moves the newest send equal to `from` later, to `to`. Sends made after it and answered first
   * (two links posting to one webhook at once) shift one place older, so the ring stays sorted
   * and each send counts at its own answer: capping it at a newer send would free its slot early.
   */
  delay(from: number, to: number): void {
    const at = (n: number) => (this.start + this.count - n) % this.times.length;
    for (let n = 1; n <= this.count; n++) {
      if (this.times[at(n)] !== from) continue;
      let m = n;
      for (; m > 1 && this.fromNewest(m - 1) < to; m--) this.times[at(m)] = this.fromNewest(m - 1);
      this.times[at(m)] = to;
      return;
    }
  }

  /** Removes the newest send equal to `at`, keeping the rest in order. */
  remove(at: number): void {
    const len = this.times.length;
    const at_ = (n: number) => (this.start + this.count - n) % len;
    for (let n = 1; n <= this.count; n++) {
      if (this.times[at_(n)] !== at) continue;
      for (let m = n; m > 1; m--) this.times[at_(m)] = this.times[at_(m - 1)];
      this.count--;
      return;
    }
  }

  /**
   * Adds a send in time order. Usually it is the newest; one reserved after the clock stepped
   * back (NTP), or behind a send whose late answer moved it later, goes to its own place, so
   * that settle() finds it at the time it was reserved.
   */
  push(at: number): void {
    if (this.count === this.times.length) {
      if (this.times.length < this.max) this.grow();
      else {
        // Full at the largest limit: the oldest entry can no longer decide any window.
        this.start = (this.start + 1) % this.times.length;
        this.count--;
      }
    }
    const len = this.times.length;
    let m = this.count;
    for (; m > 0 && this.times[(this.start + m - 1) % len] > at; m--) this.times[(this.start + m) % len] = this.times[(this.start + m - 1) % len];
    this.times[(this.start + m) % len] = at;
    this.count++;
  }

  private grow(): void {
    const next = new Float64Array(Math.min(this.times.length * 2, this.max));
    for (let i = 0; i < this.count; i++) next[i] = this.times[(this.start + i) % this.times.length];
    this.times = next;
    this.start = 0;
  }
}

export class RateLimiter {
  readonly windows: readonly RateWindow[];
  private readonly guardMs: number;
  private readonly capacity: number;
  /** The longest window: sends older than this decide nothing. */
  readonly horizonMs: number;
  private readonly rings = new Map<string, SendRing>();
  /** Keys the server itself throttled, until when. */
  private readonly holds = new Map<string, number>();
  /** Per key, the times of sends no store records (reserved with `unstored`), in no order: `rebuild` sorts. */
  private readonly unstored = new Map<string, number[]>();
  /** Canonical spellings of keys seen: parsing a URL per send would cost more than the check. */
  private readonly canonical = new Map<string, string>();

  private keyOf(key: string): string {
    let canonical = this.canonical.get(key);
    if (canonical === undefined) {
      // Keys are a few per link; the bound only guards against an endless stream of spellings.
      if (this.canonical.size >= 10_000) this.canonical.clear();
      this.canonical.set(key, (canonical = webhookKey(key)));
    }
    return canonical;
  }

  constructor(options: RateLimiterOptions = {}) {
    const windows = options.windows ?? TEAMS_WINDOWS;
    if (windows.length === 0) throw new Error('rate limiter needs at least one window');
    for (const w of windows) {
      if (!(Number.isInteger(w.limit) && w.limit > 0 && w.ms > 0)) {
        throw new Error(`invalid rate window ${JSON.stringify(w)}: limit must be a positive integer and ms positive`);
      }
    }
    this.windows = windows.map((w) => ({ ...w }));
    this.guardMs = options.guardMs ?? DEFAULT_GUARD_MS;
    this.capacity = Math.max(...windows.map((w) => w.limit));
    this.horizonMs = Math.max(...windows.map((w) => w.ms)) + this.guardMs;
  }

  /** Milliseconds until `key` may send again; 0 means it may send now. Reserves nothing. */
  waitMs(key: string, now: number): number {
    key = this.keyOf(key);
    const held = this.holds.get(key);
    let wait = held !== undefined && held > now ? held - now : 0;
    const ring = this.rings.get(key);
    if (!ring) return wait;
    for (const w of this.windows) {
      if (ring.count < w.limit) continue;
      const freeAt = ring.fromNewest(w.limit) + w.ms + this.guardMs;
      if (freeAt > now + wait) wait = freeAt - now;
    }
    return wait;
  }

  /**
   * Takes a send slot for `key` at `now` when every window allows it and returns 0;
   * otherwise reserves nothing and returns how many ms to wait before asking again.
   * `unstored`: no store will record this send, so `rebuild` must keep it.
   */
  reserve(key: string, now: number, opts: { unstored?: boolean } = {}): number {
    const wait = this.waitMs(key, now);
    if (wait > 0) return wait;
    this.record(key, now);
    if (opts.unstored) {
      key = this.keyOf(key);
      const times = this.unstored.get(key) ?? [];
      times.push(now);
      this.unstored.set(key, times);
    }
    return 0;
  }

  /** Counts a send that happened (restore after a restart, or a send made elsewhere). */
  record(key: string, at: number): void {
    key = this.keyOf(key);
    let ring = this.rings.get(key);
    if (!ring) {
      ring = new SendRing(this.capacity);
      this.rings.set(key, ring);
    }
    ring.push(at);
  }

  /**
   * Teams counts a post when it arrives, which may be any time before its answer: once answered,
   * the send is counted at the answer's time, the latest it can have arrived. A slow connection
   * or a busy process then cannot make two posts land closer than the windows allow.
   */
  settle(key: string, reservedAt: number, answeredAt: number): void {
    if (answeredAt <= reservedAt) return;
    key = this.keyOf(key);
    this.rings.get(key)?.delay(reservedAt, answeredAt);
    const times = this.unstored.get(key);
    const i = times?.lastIndexOf(reservedAt) ?? -1;
    if (i >= 0) times![i] = answeredAt;
  }

  /** The sends of `key` still counted, oldest first: the history the digest planner paces by. */
  sendsOf(key: string): number[] {
    const ring = this.rings.get(this.keyOf(key));
    if (!ring) return [];
    const out = new Array<number>(ring.count);
    for (let n = ring.count; n >= 1; n--) out[ring.count - n] = ring.fromNewest(n);
    return out;
  }

  /** Gives back a slot reserved at `at` that was not used for a post (a job found not yet due). */
  unreserve(key: string, at: number): void {
    key = this.keyOf(key);
    this.rings.get(key)?.remove(at);
    const times = this.unstored.get(key);
    const i = times?.lastIndexOf(at) ?? -1;
    if (i >= 0) times!.splice(i, 1);
  }

  /**
   * Holds every send of `key` until `until`: when Teams throttles a webhook anyway (another
   * sender shares it, or its counting differs), no other job should try it before it said to.
   */
  holdUntil(key: string, until: number): void {
    key = this.keyOf(key);
    if (until > (this.holds.get(key) ?? 0)) this.holds.set(key, until);
  }

  /**
   * Replaces the history of `key` with `stored`, the sends a store recorded (those of the last
   * `horizonMs` are enough), plus the sends it cannot know of: test cards, including one in
   * flight. Holds stay: Teams' Retry-After holds whoever sends next.
   */
  rebuild(key: string, stored: readonly number[]): void {
    key = this.keyOf(key);
    this.rings.delete(key);
    const times = [...stored, ...(this.unstored.get(key) ?? [])].sort((a, b) => a - b);
    for (const at of times) this.record(key, at);
  }

  /** Drops keys with no send inside the longest window, so idle webhooks cost no memory. */
  prune(now: number): void {
    for (const [key, ring] of this.rings) {
      if (ring.newest() + this.horizonMs <= now) this.rings.delete(key);
    }
    for (const [key, until] of this.holds) if (until <= now) this.holds.delete(key);
    for (const [key, times] of this.unstored) {
      const live = times.filter((at) => at + this.horizonMs > now);
      if (live.length) this.unstored.set(key, live);
      else this.unstored.delete(key);
    }
  }

  /** Keys currently tracked (for stats and tests of the memory bound). */
  get size(): number {
    return this.rings.size;
  }
}
