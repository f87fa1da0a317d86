/**
 * The simulated busy day of issue 9, on a fake clock: one link, 1,000 events in an hour of which
 * 300 come in one minute, delivered through the real lane scheduler, digest planner and rate
 * limiter with Teams' windows, and digests rendered by the real renderer from real example
 * payloads. Shared by test/delivery/busy-day.test.ts and the bench.
 */
import { digestEntryOf, renderDigestCards } from '../../src/cards/digest.js';
import { DigestPlanner } from '../../src/delivery/digest-planner.js';
import { LaneScheduler, type LaneJob } from '../../src/delivery/lane-scheduler.js';
import { DEFAULT_GUARD_MS, RateLimiter, TEAMS_WINDOWS } from '../../src/delivery/rate-limiter.js';
import { createFakeClock } from './fake-clock.js';
import { exampleGroups } from './github-examples.js';

export interface BusyDayPost {
  /** When the slot was taken and when the post was answered (epoch ms of the fake clock). */
  at: number;
  answeredAt: number;
  /** Jobs it carried (1 for a single card). */
  jobs: number[];
  digest: boolean;
  bytes: number;
}

export interface BusyDayResult {
  start: number;
  events: Array<{ id: number; at: number }>;
  posts: BusyDayPost[];
  /** Per event id, answer time of the post that carried it minus its arrival. */
  delays: Map<number, number>;
  /** Jobs carried by more than one post (must be none). */
  carriedTwice: number[];
}

export interface BusyDayOptions {
  events?: number;
  burst?: number;
  /** When in the hour the burst's minute starts. */
  burstAtMs?: number;
  digestAfterMs?: number;
  /** How long Teams takes to answer a post. */
  answerMs?: number;
  seed?: number;
}

/** A small deterministic PRNG, so every run is the same day. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILIES = ['issues', 'pull_request', 'push', 'issue_comment', 'pull_request_review', 'release', 'workflow_run', 'create'];

export function simulateBusyDay(options: BusyDayOptions = {}): BusyDayResult {
  const total = options.events ?? 1000;
  const burst = options.burst ?? 300;
  const burstAt = options.burstAtMs ?? 20 * 60_000;
  const answerMs = options.answerMs ?? 250;
  const random = mulberry32(options.seed ?? 9);
  const pool = exampleGroups.filter((g) => FAMILIES.includes(g.name)).flatMap((g) => g.examples.map((payload) => ({ name: g.name, payload })));

  const clock = createFakeClock();
  const start = clock.now();
  const limiter = new RateLimiter({ windows: TEAMS_WINDOWS, guardMs: DEFAULT_GUARD_MS });
  const planner = new DigestPlanner({ limiter, guardMs: DEFAULT_GUARD_MS, digestAfterMs: options.digestAfterMs ?? 60_000 });
  const target = 'busy-webhook';

  const events = Array.from({ length: total }, (_, i) => ({
    id: i + 1,
    at: start + Math.floor(i < burst ? burstAt + random() * 60_000 : random() * 3600_000),
    example: pool[Math.floor(random() * pool.length)]!,
  })).sort((a, b) => a.at - b.at || a.id - b.id);
  const byId = new Map(events.map((e) => [e.id, e]));

  const posts: BusyDayPost[] = [];
  const delays = new Map<number, number>();
  const carriedTwice: number[] = [];
  const scheduler: LaneScheduler<LaneJob> = new LaneScheduler<LaneJob>({
    clock,
    limiter,
    planner,
    concurrency: 4,
    start(job, at, fold) {
      let carried = [job];
      let bytes = 0;
      if (fold) {
        const batch = scheduler.batchOf(job);
        const entries = batch.map((j) => {
          const e = byId.get(j.id)!;
          return digestEntryOf({ delivery: String(j.id), name: e.example.name, payload: e.example.payload, receivedAt: e.at });
        });
        const cards = renderDigestCards(entries, { repository: 'octo-org/busy', reason: 'busy' });
        const card = cards.find((c) => c.deliveries.includes(String(job.id)))!;
        const ids = new Set(card.deliveries.map(Number));
        carried = batch.filter((j) => ids.has(j.id));
        bytes = Buffer.byteLength(JSON.stringify(card.message));
      }
      clock.setTimeout(() => {
        const answeredAt = clock.now();
        limiter.settle(target, at, answeredAt);
        posts.push({ at, answeredAt, jobs: carried.map((j) => j.id), digest: fold, bytes });
        for (const j of carried) {
          if (delays.has(j.id)) carriedTwice.push(j.id);
          delays.set(j.id, answeredAt - byId.get(j.id)!.at);
        }
        scheduler.finish(job, undefined, carried);
      }, answerMs);
    },
  });
  for (const e of events) {
    clock.setTimeout(() => scheduler.add({ id: e.id, linkId: 'busy', target, nextAttemptAt: e.at, createdAt: e.at }), e.at - start);
  }
  while (clock.next());
  return { start, events: events.map(({ id, at }) => ({ id, at })), posts, delays, carriedTwice };
}

/** The figures the bench prints, from one simulated day. */
export function busyDayFigures(result: BusyDayResult) {
  const delays = [...result.delays.values()].sort((a, b) => a - b);
  const digests = result.posts.filter((p) => p.digest);
  // Posts in the busiest hour (any sliding hour), the figure Teams' 100-an-hour window bounds.
  const times = result.posts.map((p) => p.answeredAt).sort((a, b) => a - b);
  let postsPerHour = 0;
  for (let lo = 0, hi = 0; lo < times.length; lo++) {
    while (hi < times.length && times[hi]! < times[lo]! + 3600_000) hi++;
    postsPerHour = Math.max(postsPerHour, hi - lo);
  }
  return {
    posts: result.posts.length,
    postsPerHour,
    worstDelayMs: delays.at(-1) ?? 0,
    p95DelayMs: delays[Math.min(delays.length - 1, Math.floor(delays.length * 0.95))] ?? 0,
    digests: digests.length,
    eventsPerDigest: digests.length ? digests.reduce((n, p) => n + p.jobs.length, 0) / digests.length : 0,
  };
}
