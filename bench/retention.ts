/**
 * Retention benchmark (issue 10): the store stays the same size under a steady stream once
 * RETENTION_DAYS prunes it, and the pruner costs ingest little.
 *
 * A stream of 10 KB `push` events goes through the queue as the service drives it: ingest, then
 * the job's delivered attempt (concurrent callers, so SQLite's and PostgreSQL's group commits
 * work as under load). Time is simulated so that a retention period passes in seconds: each
 * event moves the stream's clock on by PERIOD / PER_PERIOD, and the real pruner
 * (src/queue/retention.ts) reads that clock, with its timer every PRUNE_EVERY_MS of real time
 * and its production batch size. The store's size is taken at the end of every period: the file
 * and its WAL on SQLite, pg_total_relation_size of the three tables on PostgreSQL. The figures:
 * - the last period's size over the first's (target ≤ 1.2), after a first period of warm-up that
 *   fills the store with one retention's worth (its size is printed, not counted): flat means no
 *   period holds more than the one before. The same stream without the pruner is printed beside
 *   (it grows by a period's worth each period). Dead space waits for the next pass on SQLite and
 *   the next VACUUM on PostgreSQL; at production's proportions (a pass every 10 minutes against 30
 *   days) that lag is nothing, here a pass every PRUNE_EVERY_MS of a period of about a second is
 *   a few percent of it;
 * - ingest throughput with the pruner running over the same stream without it (≥ 0.9),
 *   alternating rounds, medians.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock, type Clock } from '../src/delivery/clock.js';
import { openPostgres } from '../src/db/postgres.js';
import type { EventStore } from '../src/queue/event-store.js';
import type { JobQueue } from '../src/queue/job-queue.js';
import { openPostgresQueue } from '../src/queue/postgres-queue.js';
import { createPruner } from '../src/queue/retention.js';
import type { RetentionStore } from '../src/queue/retention-store.js';
import { openSqliteQueue } from '../src/queue/sqlite-queue.js';
import { dropSchema, postgresUnavailable, TEST_DATABASE_URL, testSchemaName } from '../test/helpers/postgres.js';
import type { Figure } from './figure.js';
import { pushBody } from './ingest.js';

/** One retention period of simulated time. */
const PERIOD = 86_400_000;
/** Measured periods, after one of warm-up. */
const PERIODS = 5;
const CONCURRENCY = 32;
/** Real time between the pruner's passes. */
const PRUNE_EVERY_MS = 50;
/** Simulated time between VACUUMs on PostgreSQL (production: after every pass, every 10 minutes). */
const RECLAIM_EVERY = PERIOD / 10;
const ROUNDS = 3;

type Queue = EventStore & JobQueue & RetentionStore & { close(): Promise<void> };

interface Store {
  queue: Queue;
  /** Bytes the figure counts, and what they are made of. */
  size(): Promise<{ bytes: number; detail: string }>;
  drop(): Promise<void>;
}

interface Run {
  /** Bytes at the end of each period. */
  sizes: number[];
  details: string[];
  eventsPerSecond: number;
}

const quiet = { info() {}, error(obj: object) {
  process.stdout.write(`  pruning failed: ${JSON.stringify(obj)}\n`);
} };

/** Streams PERIODS × perPeriod events through `store`, pruning when `prune`. */
async function stream(store: Store, perPeriod: number, prune: boolean): Promise<Run> {
  const { body } = pushBody();
  const step = PERIOD / perPeriod;
  let seq = 0;
  const simulated = () => seq * step;
  const clock: Clock = { ...systemClock, now: simulated };
  const pruner = createPruner({ store: store.queue, retentionMs: PERIOD, clock, logger: quiet, everyMs: PRUNE_EVERY_MS, firstAfterMs: PRUNE_EVERY_MS, reclaimEveryMs: RECLAIM_EVERY });
  if (prune) pruner.start();
  const sizes: number[] = [];
  const details: string[] = [];
  const started = performance.now();
  try {
    for (let period = 0; period <= PERIODS; period++) {
      const end = (period + 1) * perPeriod;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (seq < end) {
            const at = simulated();
            const i = seq++;
            const { jobs } = await store.queue.ingest({ delivery: `stream-${i}`, name: 'push', repository: 'bench/repo', payload: body, receivedAt: at }, [
              { linkId: 'bench', target: 'bench', summary: `push ${i}` },
            ]);
            await store.queue.record({ jobId: jobs[0]!.id, linkId: 'bench', target: 'bench', startedAt: at, durationMs: 5, statusCode: 200, outcome: 'delivered' });
          }
        }),
      );
      const { bytes, detail } = await store.size();
      sizes.push(bytes);
      details.push(period === 0 ? `(warm-up) ${detail}` : detail);
    }
    return { sizes: sizes.slice(1), details, eventsPerSecond: ((PERIODS + 1) * perPeriod * 1000) / (performance.now() - started) };
  } finally {
    await pruner.close();
  }
}

async function sqliteStore(): Promise<Store> {
  const dir = mkdtempSync(join(tmpdir(), 'gtb-bench-retention-'));
  const file = join(dir, 'events.sqlite');
  const queue = openSqliteQueue(file);
  const bytes = (path: string) => {
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  };
  return {
    queue,
    size: async () => ({ bytes: bytes(file), detail: `${mb(bytes(file))}+${mb(bytes(`${file}-wal`))} WAL` }),
    async drop() {
      await queue.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresStore(): Promise<Store> {
  const schema = testSchemaName().replace(/^t_/, 'bench_');
  const db = await openPostgres({ url: TEST_DATABASE_URL, schema, poolSize: 10 });
  const queue = await openPostgresQueue(db);
  return {
    queue,
    async size() {
      const res = await db.pool.query<{ events: string; jobs: string; attempts: string }>(
        `SELECT pg_total_relation_size('events')::text AS events, pg_total_relation_size('jobs')::text AS jobs, pg_total_relation_size('attempts')::text AS attempts`,
      );
      const { events, jobs, attempts } = res.rows[0]!;
      return { bytes: Number(events) + Number(jobs) + Number(attempts), detail: `${mb(Number(events))}/${mb(Number(jobs))}/${mb(Number(attempts))}` };
    },
    async drop() {
      await queue.close();
      await db.close();
      await dropSchema(schema);
    },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);

async function measure(label: string, sizeNote: string, open: () => Promise<Store>, perPeriod: number): Promise<Figure[]> {
  const pruned: Run[] = [];
  const kept: Run[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const prune of round % 2 ? [true, false] : [false, true]) {
      const store = await open();
      try {
        (prune ? pruned : kept).push(await stream(store, perPeriod, prune));
      } finally {
        await store.drop();
      }
    }
  }
  process.stdout.write(`  ${label}: MB at the end of each period (${sizeNote}), pruned ${pruned.at(-1)!.details.join(', ')}; kept ${kept.at(-1)!.details.join(', ')}\n`);
  const growth = Math.max(...pruned.map((r) => r.sizes.at(-1)! / r.sizes[0]!));
  const unpruned = kept.at(-1)!.sizes.at(-1)! / kept.at(-1)!.sizes[0]!;
  const withPruner = median(pruned.map((r) => r.eventsPerSecond));
  const without = median(kept.map((r) => r.eventsPerSecond));
  const ratio = withPruner / without;
  return [
    { name: `${label}: store size, last of ${PERIODS} retention periods to the first (worst round)`, value: +growth.toFixed(2), unit: '×', target: '≤ 1.2', pass: growth <= 1.2 },
    { name: `${label}: the same without pruning, last to first`, value: +unpruned.toFixed(2), unit: '×', target: 'reference', pass: true },
    { name: `${label}: ingest + complete with the pruner running`, value: Math.round(withPruner), unit: 'events/s', target: 'reference', pass: true },
    { name: `${label}: ingest + complete with the pruner, ratio to without`, value: +ratio.toFixed(2), unit: '×', target: '≥ 0.9', pass: ratio >= 0.9 },
  ];
}

export async function benchRetention(): Promise<Figure[]> {
  const figures = await measure('retention on SQLite', 'database file + WAL', sqliteStore, 2_000);
  const why = await postgresUnavailable();
  if (why) {
    process.stdout.write(`  PostgreSQL retention figures not measured: ${why}\n`);
    return figures;
  }
  return [...figures, ...(await measure('retention on PostgreSQL', 'events/jobs/attempts with TOAST and indexes', postgresStore, 1_000))];
}
