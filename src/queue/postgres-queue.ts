/**
 * Events, jobs, attempts and target leases in PostgreSQL: the queue every replica shares.
 *
 * - Ingest group-commits: the webhooks that arrive during one event-loop turn go to the server
 *   as ONE statement (events, their jobs and the NOTIFY of their targets), so its commit is one
 *   WAL flush for all of them. One batch's statement runs at a time; the next one gathers
 *   meanwhile, which is what makes batches grow under load. Each caller resolves after COMMIT.
 *   Batches overlap, in order: each runs in a transaction of its own, the next one's statement
 *   starts once the previous statement is done (so its ids come after the previous batch's),
 *   and its COMMIT is sent once the previous COMMIT returned (so a replica's jobs become visible
 *   in the order their webhooks arrived). The server thus works on one batch while it flushes
 *   the log for the one before, instead of idling through every flush. A webhook that arrives
 *   while a batch is in flight has its batch's transaction begun at once (transaction-ahead.ts).
 * - A replica delivers to a target only under a lease in `target_leases`; a claim is one
 *   INSERT … ON CONFLICT DO UPDATE WHERE the lease has run out, so of two replicas racing for a
 *   target the second sees the first's committed lease and gets nothing.
 * - New, requeued and released work NOTIFYs `bridge_work` with the targets; every replica
 *   LISTENs on a connection of its own and after a lost connection wakes for every target with
 *   open jobs, since notifications sent meanwhile are gone.
 * Lease times come from the injected clock (epoch ms), as every other time here.
 */
import type pg from 'pg';
import { listen } from '../db/listener.js';
import { refusedValues, storableText, type Postgres } from '../db/postgres.js';
import { transactionsAhead } from '../db/transaction-ahead.js';
import type { DeliveryLog } from './delivery-log.js';
import type { EventStore } from './event-store.js';
import type { JobQueue, StoredEvent } from './job-queue.js';
import { createAttemptWriter } from './postgres-attempt-writer.js';
import type { RetentionStore } from './retention-store.js';
import { ATTEMPT_COLUMNS, DIGEST_SELECT, digestIdsOf, digestViews, JOB_SELECT, jobColumns, linkStatsSql, OPEN, storedJob, toDeliveryView, toJob, toLinkStats, VIEW_SELECT, type AttemptRow, type DigestRow, type JobRow, type LinkStatsRow, type ViewRow } from './queue-rows.js';
import { statusCounts, type DeliveryFilter, type DeliveryView, type EventRecord, type IngestResult, type JobInput } from './records.js';

export interface PostgresQueue extends EventStore, JobQueue, DeliveryLog, RetentionStore {
  /** Waits for ingests in flight, refuses new ones and stops listening; the pool stays open. */
  close(): Promise<void>;
}

export interface PostgresQueueOptions {
  /** Epoch ms: lease times and requeues. */
  now?: () => number;
}

interface PendingIngest {
  event: EventRecord;
  jobs: JobInput[];
  resolve: (r: IngestResult) => void;
  reject: (e: unknown) => void;
}

/** Webhooks per ingest statement at most, so one commit never holds a burst's callers for long. */
const MAX_BATCH = 500;
/**
 * Batches between their statement and their answer at once: one committing, one executing. More
 * would only hold pool connections the worker needs, waiting for the same log flushes.
 */
const BATCHES_IN_FLIGHT = 2;
/** Targets per NOTIFY: target keys are 22 characters and a payload stops at 8,000 bytes. */
const TARGETS_PER_NOTIFY = 300;
const DEFAULT_OPEN_JOBS = 100;

/** A query that NOTIFYs `channel` with the distinct targets `source` selects, a chunk per notification. */
const notifyTargets = (channel: string, source: string) => `
  SELECT pg_notify(${channel}, string_agg(target, ',')) FROM (
    SELECT target, (row_number() OVER () - 1) / ${TARGETS_PER_NOTIFY} AS chunk FROM (SELECT DISTINCT target FROM (${source}) s) d
  ) t GROUP BY chunk`;

/** Parameters per event row in `ingestStatement`, after the five fixed ones. */
const EVENT_PARAMS = 6;

/**
 * The largest batch whose statement each connection keeps prepared. Parsing and planning the
 * statement was most of its cost: 5.6–7.2 ms for a batch of 15 against 2.8–3.1 ms prepared, here.
 * Batches round up to a power of two (padded with rows of NULLs, which the statement skips), so a
 * connection holds seven statements, about 0.7 MB of the server's memory; a larger batch's
 * statement is parsed each time.
 */
const PREPARED_ROWS = 64;

/** The event rows of the statement for a batch of `events`: see PREPARED_ROWS. */
export const ingestRows = (events: number) => (events > PREPARED_ROWS ? events : 2 ** Math.ceil(Math.log2(Math.max(events, 1))));

/**
 * One statement stores a batch of up to `rows` events: the events, the jobs of those that were
 * new (in arrival order, so ids follow it), and one NOTIFY per chunk of their targets, which
 * PostgreSQL sends on commit. Events go in as VALUES rows, a parameter each: node-postgres
 * escapes array parameters character by character, which costs more than the commit for 10 KB
 * payloads. Jobs, a few short strings each, go in as arrays.
 */
const ingestStatement = (rows: number) => `
WITH ev AS (
  INSERT INTO events (delivery, name, action, repository, payload, received_at)
  SELECT * FROM (VALUES ${Array.from({ length: rows }, (_, i) => {
    const p = (k: number) => `$${6 + i * EVENT_PARAMS + k}`;
    return `(${p(0)}::text, ${p(1)}::text, ${p(2)}::text, ${p(3)}::text, ${p(4)}::text, ${p(5)}::bigint)`;
  }).join(', ')}) AS v(delivery, name, action, repository, payload, received_at)
  WHERE delivery IS NOT NULL
  ON CONFLICT (delivery) DO NOTHING
  RETURNING id, delivery, received_at
), jb AS (
  INSERT INTO jobs (event_id, link_id, target, summary, status, next_attempt_at, created_at)
  SELECT ev.id, u.link_id, u.target, u.summary, 'queued', ev.received_at, ev.received_at
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS u(delivery, link_id, target, summary, n)
  JOIN ev ON ev.delivery = u.delivery
  ORDER BY u.n
  RETURNING id, event_id, target
), notified AS (${notifyTargets('$5', 'SELECT target FROM jb')})
SELECT (SELECT json_agg(json_build_object('id', id, 'delivery', delivery)) FROM ev) AS events,
       (SELECT json_agg(json_build_object('id', id, 'eventId', event_id) ORDER BY id) FROM jb) AS jobs,
       (SELECT count(*) FROM notified) AS notifies`;

/** The prepared statements' text, made once per size. */
const preparedTexts = new Map<number, string>();

/** The statement for a batch of `events`, and its rows: its values are the batch's, padded with NULLs to `rows`. */
function ingestQuery(events: number): { rows: number; name?: string; text: string } {
  const rows = ingestRows(events);
  if (rows > PREPARED_ROWS) return { rows, text: ingestStatement(rows) };
  let text = preparedTexts.get(rows);
  if (text === undefined) preparedTexts.set(rows, (text = ingestStatement(rows)));
  return { rows, name: `bridge_ingest_${rows}`, text };
}

/**
 * Retention's two statements (retention-store.ts). Rows are picked FOR UPDATE SKIP LOCKED, so
 * replicas pruning at once take disjoint batches instead of queueing behind each other, and a
 * job a redelivery reopens meanwhile is re-checked under its lock and left alone. Events go in a
 * statement of their own, whose snapshot sees the jobs the first one deleted.
 */
const PRUNE_JOBS = `
WITH doomed AS (
  SELECT id FROM jobs WHERE status IN ('delivered', 'dead') AND finished_at < $1
  ORDER BY finished_at LIMIT $2 FOR UPDATE SKIP LOCKED
), a AS (
  DELETE FROM attempts WHERE job_id IN (SELECT id FROM doomed) RETURNING 1
), j AS (
  DELETE FROM jobs WHERE id IN (SELECT id FROM doomed) RETURNING 1
)
SELECT (SELECT count(*) FROM j)::int AS jobs, (SELECT count(*) FROM a)::int AS attempts`;
const PRUNE_EVENTS = `
WITH doomed AS (
  SELECT id FROM events e WHERE received_at < $1 AND NOT EXISTS (SELECT 1 FROM jobs WHERE jobs.event_id = e.id)
  ORDER BY received_at LIMIT $2 FOR UPDATE SKIP LOCKED
), d AS (
  DELETE FROM events WHERE id IN (SELECT id FROM doomed) RETURNING 1
)
SELECT count(*)::int AS events FROM d`;

export async function openPostgresQueue(db: Postgres, opts: PostgresQueueOptions = {}): Promise<PostgresQueue> {
  const { pool } = db;
  const now = opts.now ?? Date.now;
  const channel = db.channel('bridge_work');

  const views = async (rows: ViewRow[]): Promise<DeliveryView[]> => {
    if (!rows.length) return [];
    const attempts = await pool.query<AttemptRow>(`SELECT ${ATTEMPT_COLUMNS} FROM attempts WHERE job_id = ANY($1::bigint[]) ORDER BY id`, [rows.map((r) => r.id)]);
    const byJob = new Map<number, AttemptRow[]>();
    for (const a of attempts.rows) byJob.set(a.job_id, [...(byJob.get(a.job_id) ?? []), a]);
    const ids = digestIdsOf(attempts.rows);
    const carried = ids.length ? (await pool.query<DigestRow>(DIGEST_SELECT('SELECT unnest($1::text[])'), [ids])).rows : [];
    const digests = digestViews(carried);
    return rows.map((r) => toDeliveryView(r, byJob.get(r.id) ?? [], digests));
  };

  // --- ingest: group commit, batches overlapping in order ---
  let waiting: PendingIngest[] = [];
  let scheduled = false;
  /** A batch's statement is running: the next one starts after it. */
  let executing = false;
  /** Settles once the newest batch has committed or failed: the next COMMIT waits for it. */
  let lastCommit: Promise<void> = Promise.resolve();
  /** Batches not yet settled (statement running or COMMIT waiting), for close. */
  const inFlight = new Set<Promise<void>>();
  const transactions = transactionsAhead(pool);
  let closed = false;

  /**
   * Stores a batch in a transaction. `executed` is called once its statement is done, and COMMIT
   * waits for `previous`, the commit of the batch before.
   */
  const store = async (batch: PendingIngest[], previous: Promise<void>, executed: () => void): Promise<IngestResult[]> => {
    // Of several ingests of one delivery in a batch the first stores; the database refuses the
    // ones already stored by earlier batches or other replicas.
    const first = new Map<string, PendingIngest>();
    for (const p of batch) if (!first.has(p.event.delivery)) first.set(p.event.delivery, p);
    // Sorted by delivery, so concurrent batches of other replicas lock duplicates in one order and cannot deadlock.
    const events = [...first.values()].map((p) => p.event).sort((a, b) => (a.delivery < b.delivery ? -1 : 1));
    const jobs = [...first.values()].flatMap((p) => p.jobs.map((j) => ({ delivery: p.event.delivery, ...j })));
    type IngestRow = { events: Array<{ id: number; delivery: string }> | null; jobs: Array<{ id: number; eventId: number }> | null };
    // COMMIT waits for the batch before, once this statement is done and the next may start.
    const res = await transactions.run(async (client) => {
      const { rows, ...statement } = ingestQuery(events.length);
      const stored = await client.query<IngestRow>({ ...statement, values: [
        jobs.map((j) => j.delivery),
        jobs.map((j) => j.linkId),
        jobs.map((j) => j.target),
        jobs.map((j) => storableText(j.summary)),
        channel,
        ...events.flatMap((e) => [
          e.delivery,
          storableText(e.name),
          e.action === undefined ? null : storableText(e.action),
          e.repository === undefined ? null : storableText(e.repository),
          e.payload,
          e.receivedAt,
        ]),
        ...new Array<null>((rows - events.length) * EVENT_PARAMS).fill(null),
      ] });
      executed();
      await previous;
      return stored;
    });
    const eventIds = new Map((res.rows[0]!.events ?? []).map((e) => [e.delivery, e.id]));
    // Ids were drawn in arrival order, so each event's job ids, ascending, follow its inputs.
    const jobIds = new Map<number, number[]>();
    for (const j of res.rows[0]!.jobs ?? []) jobIds.set(j.eventId, [...(jobIds.get(j.eventId) ?? []), j.id]);
    return batch.map((p) => {
      const { event, jobs: inputs } = p;
      const eventId = eventIds.get(event.delivery);
      if (eventId === undefined || first.get(event.delivery) !== p) return { duplicate: true, jobs: [] };
      const ids = jobIds.get(eventId) ?? [];
      return {
        duplicate: false,
        eventId,
        jobs: inputs.map((input, i) => storedJob(ids[i]!, eventId, event, input, storableText(input.summary))),
      };
    });
  };

  /**
   * Stores a batch and answers its callers; never rejects. `executed` is called once, when the
   * next batch's statement may start: after this one's, or, should the batch be refused, after
   * its retries one by one (a later batch's ids must not come before theirs).
   */
  const settle = async (batch: PendingIngest[], previous: Promise<void>, executed: () => void): Promise<void> => {
    let called = false;
    const once = () => {
      if (!called) (called = true), executed();
    };
    try {
      const results = await store(batch, previous, once);
      batch.forEach((p, i) => p.resolve(results[i]!));
    } catch (err) {
      if (batch.length === 1 || !refusedValues(err)) batch.forEach((p) => p.reject(err));
      // One webhook the server refuses must not fail the others that shared its commit.
      else for (const p of batch) await store([p], previous, () => undefined).then(([r]) => p.resolve(r!), p.reject);
    } finally {
      once();
    }
  };

  const flush = () => {
    scheduled = false;
    if (executing || inFlight.size >= BATCHES_IN_FLIGHT || !waiting.length) return;
    const batch = waiting.slice(0, MAX_BATCH);
    waiting = waiting.slice(MAX_BATCH);
    executing = true;
    const done = settle(batch, lastCommit, () => {
      executing = false;
      schedule();
    });
    lastCommit = done;
    inFlight.add(done);
    void done.finally(() => {
      inFlight.delete(done);
      schedule();
    });
  };
  function schedule() {
    if (scheduled || !waiting.length) return;
    scheduled = true;
    setImmediate(flush);
  }

  // --- wake-ups ---
  const wakers = new Set<(targets: string[]) => void>();
  const wake = (targets: string[]) => {
    if (targets.length) for (const w of wakers) w(targets);
  };
  const openTargets = async () => (await pool.query<{ target: string }>(`SELECT DISTINCT target FROM jobs WHERE ${OPEN}`)).rows.map((r) => r.target);
  const listener = await listen(db, channel, {
    onNotify: (payload) => wake(payload.split(',').filter(Boolean)),
    onReconnect: () => {
      if (wakers.size) openTargets().then(wake, () => undefined);
    },
  });

  const attempts = createAttemptWriter(pool);
  const jobs = async (q: pg.Pool, sql: string, params: unknown[]) => (await q.query<JobRow>(sql, params)).rows.map(toJob);

  return {
    ingest(event, inputs) {
      if (closed) return Promise.reject(new Error('event queue is closed'));
      return new Promise<IngestResult>((resolve, reject) => {
        waiting.push({ event, jobs: inputs, resolve, reject });
        // A batch in flight keeps this one waiting: its transaction can begin meanwhile.
        if (inFlight.size) transactions.beginNext();
        schedule();
      });
    },
    async ping() {
      if (closed) throw new Error('event queue is closed');
      await pool.query('SELECT 1 FROM events LIMIT 1');
    },

    async claim(owner, leaseMs, limit) {
      const at = now();
      const res = await pool.query<{ target: string }>(
        `WITH renewed AS (
           UPDATE target_leases SET lease_until = $3 WHERE owner = $1
         ), candidates AS (
           SELECT j.target FROM jobs j
           WHERE j.${OPEN}
             AND NOT EXISTS (SELECT 1 FROM target_leases l WHERE l.target = j.target AND (l.owner = $1 OR l.lease_until > $2))
           GROUP BY j.target ORDER BY min(j.id) LIMIT $4
         )
         INSERT INTO target_leases AS l (target, owner, lease_until)
         SELECT target, $1, $3 FROM candidates ORDER BY target -- one lock order for every replica: no deadlocks
         ON CONFLICT (target) DO UPDATE SET owner = EXCLUDED.owner, lease_until = EXCLUDED.lease_until
           WHERE l.lease_until <= $2
         RETURNING target`,
        [owner, at, at + leaseMs, limit],
      );
      return res.rows.map((r) => r.target);
    },
    async renew(owner, targets, leaseMs) {
      if (!targets.length) return [];
      const res = await pool.query<{ target: string }>(
        'UPDATE target_leases SET lease_until = $3 WHERE owner = $1 AND target = ANY($2::text[]) RETURNING target',
        [owner, targets, now() + leaseMs],
      );
      return res.rows.map((r) => r.target);
    },
    async release(owner, targets) {
      if (!targets.length) return;
      // A target given up with work left (a replica stopping) wakes the others at once rather
      // than at their next claim.
      await pool.query(
        `WITH released AS (DELETE FROM target_leases WHERE owner = $1 AND target = ANY($2::text[]) RETURNING target),
         notified AS (${notifyTargets('$3', `SELECT r.target FROM released r WHERE EXISTS (SELECT 1 FROM jobs j WHERE j.target = r.target AND j.${OPEN})`)})
         SELECT count(*) FROM notified`,
        [owner, targets, channel],
      );
    },
    openJobs: (target, afterId = 0, limit = DEFAULT_OPEN_JOBS) =>
      jobs(pool, `${JOB_SELECT} WHERE j.target = $1 AND j.${OPEN} AND j.id > $2 ORDER BY j.id LIMIT $3`, [target, afterId, limit]),
    async loadEvents(eventIds) {
      const res = await pool.query<StoredEvent & { id: number }>('SELECT id, name, payload FROM events WHERE id = ANY($1::bigint[])', [eventIds]);
      return new Map(res.rows.map(({ id, name, payload }) => [id, { name, payload }]));
    },
    record: (attempt) => attempts.record(attempt),
    async sendsSince(target, since) {
      const res = await pool.query<{ at: number }>(
        `SELECT max(started_at + duration_ms) AS at FROM attempts WHERE target = $1 AND started_at >= $2 GROUP BY COALESCE(digest, 'id:' || id) ORDER BY at`,
        [target, since],
      );
      return res.rows.map((r) => r.at);
    },
    onWork(wakeUp) {
      const own = (targets: string[]) => wakeUp(targets);
      wakers.add(own);
      return () => wakers.delete(own);
    },

    async list(filter: DeliveryFilter) {
      const params: unknown[] = [];
      const where: string[] = [];
      if (filter.linkId) where.push(`j.link_id = $${params.push(filter.linkId)}`);
      if (filter.status) where.push(`j.status = $${params.push(filter.status)}`);
      if (filter.beforeId) where.push(`j.id < $${params.push(filter.beforeId)}`);
      const limit = `$${params.push(Math.min(Math.max(filter.limit ?? 50, 1), 500))}`;
      const sql = `${VIEW_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY j.id DESC LIMIT ${limit}`;
      return views((await pool.query<ViewRow>(sql, params)).rows);
    },
    async get(id) {
      return (await views((await pool.query<ViewRow>(`${VIEW_SELECT} WHERE j.id = $1`, [id])).rows))[0];
    },
    getJob: async (id) => (await jobs(pool, `${JOB_SELECT} WHERE j.id = $1`, [id]))[0],
    async requeue(id) {
      const at = now();
      const res = await pool.query<JobRow>(
        `WITH r AS (
           UPDATE jobs SET status = 'queued', attempts = 0, next_attempt_at = $2, requeued_at = $2, finished_at = NULL
           WHERE id = $1 AND status IN ('delivered', 'dead') RETURNING *
         )
         SELECT ${jobColumns('r')}, pg_notify($3, r.target)
         FROM r JOIN events e ON e.id = r.event_id`,
        [id, at, channel],
      );
      return res.rows[0] && toJob(res.rows[0]);
    },
    async requeueDead(linkId) {
      const at = now();
      // One statement: the dead letters back in the queue and one NOTIFY per chunk of their targets.
      const res = await pool.query<{ n: number }>(
        `WITH r AS (
           UPDATE jobs SET status = 'queued', attempts = 0, next_attempt_at = $2, requeued_at = $2, finished_at = NULL
           WHERE link_id = $1 AND status = 'dead' RETURNING target
         ), notified AS (${notifyTargets('$3', 'SELECT target FROM r')})
         SELECT (SELECT count(*) FROM r)::int AS n, (SELECT count(*) FROM notified) AS notifies`,
        [linkId, at, channel],
      );
      return res.rows[0]!.n;
    },
    async retarget(linkId, target) {
      const res = await pool.query<{ n: number }>(
        `WITH r AS (
           UPDATE jobs SET target = $2 WHERE link_id = $1 AND ${OPEN} AND target <> $2 RETURNING target
         ), notified AS (${notifyTargets('$3', 'SELECT DISTINCT target FROM r')})
         SELECT (SELECT count(*) FROM r)::int AS n, (SELECT count(*) FROM notified) AS notifies`,
        [linkId, target, channel],
      );
      return res.rows[0]!.n;
    },
    async linkStats(linkIds) {
      const sql = linkStatsSql('SELECT * FROM unnest($1::text[]) WITH ORDINALITY');
      return (await pool.query<LinkStatsRow>(sql, [linkIds])).rows.map(toLinkStats);
    },
    eventCount: async () => (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM events')).rows[0]!.n,
    countByStatus: async () => statusCounts((await pool.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM jobs GROUP BY status')).rows),

    async prune(before, batch) {
      const limit = Math.max(1, batch);
      const { jobs: jobCount, attempts } = (await pool.query<{ jobs: number; attempts: number }>(PRUNE_JOBS, [before, limit])).rows[0]!;
      const { events } = (await pool.query<{ events: number }>(PRUNE_EVENTS, [before, limit])).rows[0]!;
      return { events, jobs: jobCount, attempts };
    },
    async reclaim() {
      // Autovacuum would come only once a fifth of a table is dead; a plain VACUUM (no exclusive
      // lock, ingest goes on) marks the pruned rows' space reusable now, so the tables stop growing.
      // SKIP_LOCKED: a table another replica is vacuuming is left to it.
      await pool.query('VACUUM (SKIP_LOCKED) attempts, jobs, events');
    },

    async close() {
      closed = true;
      while (inFlight.size || waiting.length) {
        flush();
        await Promise.all(inFlight);
      }
      await transactions.close();
      await attempts.drain();
      await listener.stop();
    },
  };
}
