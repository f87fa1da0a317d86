/**
 * Events, jobs, attempts and target leases in SQLite (better-sqlite3, WAL): the embedded queue,
 * for one process. It keeps PostgreSQL's semantics (postgres-queue.ts) so the contract suite and
 * the worker run unchanged on either.
 *
 * - Concurrent writes (ingests and attempt records) are grouped into one transaction (group
 *   commit), so throughput does not collapse into one commit per webhook, and no caller hears of
 *   its write before the write-ahead log holding it is synced to disk: an acknowledged event
 *   survives power loss, not only a process crash. SQLite's own `synchronous=FULL` would sync
 *   inside each commit, on the event loop (about 3 ms a commit here, 14 ms at p90 under load, a
 *   third of the main thread's time at full load). So SQLite runs at NORMAL (a commit only
 *   writes the log) and the queue syncs the log itself with fdatasync on libuv's thread pool,
 *   resolving the callers of every commit it covers once that returns. While a sync runs, new
 *   writes gather for the next transaction: one commit and one sync per sync's duration under
 *   load. Checkpoints at NORMAL sync the log before copying it and the database after, so
 *   acknowledged writes stay durable when the log is reused.
 * - A failed write (a full disk, say) rejects only its own callers and never escapes: webhooks
 *   are answered 503 and the worker holds its job and retries. The store then reports itself not
 *   ready until a write succeeds again (see ping).
 * - WAL checkpoints run on a worker thread (wal-checkpointer.ts) every CHECKPOINT_EVERY_MS; the
 *   connection's own automatic checkpoint stays as a backstop at a much larger WAL size.
 * - Leases live in a TEMP table: one process holds the file, so a lease means nothing after it
 *   exits, and a restart must not wait LEASE_SECONDS for its own dead leases. Being in memory, a
 *   claim or renew costs no disk sync.
 * - Wake-ups (`onWork`) are in-process: after the commit of an ingest, a requeue, and a release
 *   that leaves work behind.
 *
 * Upgrading a store of the previous version (no targets): the columns are added at open, and
 * jobs without a target get one from `targetOf` (link id → `targetKeyOf(webhookUrl)`), their
 * attempts the job's, so the backlog and the rate history carry over. A job whose link
 * `targetOf` does not know gets `orphanTarget(linkId)`, where the worker finds no link and
 * dead-letters it. Without `targetOf` such jobs stay untargeted (never claimed) until a later
 * open passes one.
 */
import { closeSync, fdatasync, openSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { DeliveryLog } from './delivery-log.js';
import type { EventStore } from './event-store.js';
import type { JobQueue, StoredEvent } from './job-queue.js';
import type { PruneCounts, RetentionStore } from './retention-store.js';
import { ATTEMPT_COLUMNS, DIGEST_SELECT, digestIdsOf, digestViews, JOB_SELECT, linkStatsSql, OPEN, storedJob, toDeliveryView, toJob, toLinkStats, VIEW_SELECT, type AttemptRow, type DigestRow, type JobRow, type LinkStatsRow, type ViewRow } from './queue-rows.js';
import type { AttemptRecord, DeliveryFilter, DeliveryView, EventRecord, IngestResult, JobInput, JobStatus } from './records.js';
import { startCheckpointer } from './wal-checkpointer.js';

export interface SqliteQueue extends EventStore, JobQueue, DeliveryLog, RetentionStore {
  /** Commits what is waiting, refuses new writes, stops the checkpointer and closes the file. */
  close(): Promise<void>;
}

export interface SqliteQueueOptions {
  /** Epoch ms: lease times and requeues. */
  now?: () => number;
  /** A link's target (`targetKeyOf(link.webhookUrl)`), for jobs stored before jobs had one. */
  targetOf?: (linkId: string) => string | undefined;
}

/** The target of upgraded jobs whose link is gone: claimed like any other, and dead-lettered. */
export const orphanTarget = (linkId: string) => `no-link:${linkId}`;

const TABLES = `
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY,
  delivery TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  action TEXT,
  repository TEXT,
  payload TEXT NOT NULL,
  received_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS jobs (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  link_id TEXT NOT NULL,
  summary TEXT NOT NULL,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  finished_at INTEGER,
  last_status INTEGER,
  last_error TEXT,
  target TEXT,
  requeued_at INTEGER
);
CREATE TABLE IF NOT EXISTS attempts (
  id INTEGER PRIMARY KEY,
  job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  link_id TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  duration_ms INTEGER NOT NULL,
  status_code INTEGER,
  error TEXT,
  outcome TEXT NOT NULL,
  target TEXT
);
CREATE TABLE IF NOT EXISTS write_probe (id INTEGER PRIMARY KEY CHECK (id = 1), at INTEGER NOT NULL);
CREATE TEMP TABLE IF NOT EXISTS target_leases (target TEXT PRIMARY KEY, owner TEXT NOT NULL, lease_until INTEGER NOT NULL);
`;

/** Columns later versions added, for stores created before them. */
const ADDED_COLUMNS: Array<[table: string, column: string, type: string]> = [
  ['jobs', 'target', 'TEXT'],
  ['jobs', 'requeued_at', 'INTEGER'],
  ['attempts', 'target', 'TEXT'],
  ['attempts', 'digest', 'TEXT'],
];

/**
 * `jobs_open` (open jobs by id) served the single-process worker's start-up scan, which reads by
 * target now (jobs_target_open): no query used it, yet every ingest and attempt wrote it, a page
 * more in each group commit. Dropped from stores that have it.
 */
const INDEXES = `
DROP INDEX IF EXISTS jobs_open;
CREATE INDEX IF NOT EXISTS jobs_target_open ON jobs(target, id) WHERE status IN ('queued', 'retrying');
CREATE INDEX IF NOT EXISTS jobs_untargeted ON jobs(link_id) WHERE target IS NULL;
CREATE INDEX IF NOT EXISTS jobs_link ON jobs(link_id, id);
CREATE INDEX IF NOT EXISTS jobs_status ON jobs(status, id);
CREATE INDEX IF NOT EXISTS attempts_job ON attempts(job_id);
CREATE INDEX IF NOT EXISTS attempts_started ON attempts(started_at);
CREATE INDEX IF NOT EXISTS attempts_target ON attempts(target, started_at);
CREATE INDEX IF NOT EXISTS attempts_untargeted ON attempts(job_id) WHERE target IS NULL;
CREATE INDEX IF NOT EXISTS attempts_digest ON attempts(digest) WHERE digest IS NOT NULL;
CREATE INDEX IF NOT EXISTS jobs_finished ON jobs(finished_at) WHERE status IN ('delivered', 'dead');
CREATE INDEX IF NOT EXISTS jobs_event ON jobs(event_id);
CREATE INDEX IF NOT EXISTS events_received ON events(received_at);
CREATE INDEX IF NOT EXISTS attempts_link ON attempts(link_id, started_at);
`;

const CHECKPOINT_EVERY_MS = 100;
const BACKSTOP_CHECKPOINT_PAGES = 16_384;
const DEFAULT_OPEN_JOBS = 100;

/** Adds the columns a store of an earlier version lacks. */
function migrate(db: Database.Database): void {
  for (const [table, column, type] of ADDED_COLUMNS) {
    const has = (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).some((c) => c.name === column);
    if (!has) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
  }
}

/** Gives upgraded jobs, and their attempts, the target of their link. */
function fillTargets(db: Database.Database, targetOf: (linkId: string) => string | undefined): void {
  const links = db.prepare(`SELECT DISTINCT link_id FROM jobs WHERE target IS NULL`).pluck().all() as string[];
  const setJobs = db.prepare(`UPDATE jobs SET target = ? WHERE link_id = ? AND target IS NULL`);
  db.transaction(() => {
    for (const linkId of links) setJobs.run(targetOf(linkId) ?? orphanTarget(linkId), linkId);
    db.prepare(`UPDATE attempts SET target = (SELECT target FROM jobs WHERE jobs.id = attempts.job_id) WHERE target IS NULL`).run();
  })();
}

/** A write waiting for the next group commit, with its caller's promise. */
interface Waiting<I, R> {
  item: I;
  resolve: (result: R) => void;
  reject: (err: unknown) => void;
}

type IngestItem = { event: EventRecord; jobs: JobInput[] };

export function openSqliteQueue(path: string, opts: SqliteQueueOptions = {}): SqliteQueue {
  const now = opts.now ?? Date.now;
  // SQLite creates the -wal and -shm files with the database file's mode: creating that file
  // private makes all three private, whatever the process umask.
  if (path !== ':memory:') closeSync(openSync(path, 'a', 0o600));
  const db = new Database(path);
  // Payloads are ~10 KB: 16 KB pages hold one without a chain of overflow pages (takes effect
  // when the file is created; an existing store keeps its page size).
  db.pragma('page_size = 16384');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('temp_store = MEMORY');
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);
  db.exec(TABLES);
  migrate(db);
  db.exec(INDEXES);
  if (opts.targetOf) fillTargets(db, opts.targetOf);
  const checkpointer = path === ':memory:' ? undefined : startCheckpointer(path, CHECKPOINT_EVERY_MS);

  const insertEvent = db.prepare(
    `INSERT OR IGNORE INTO events (delivery, name, action, repository, payload, received_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertJob = db.prepare(
    `INSERT INTO jobs (event_id, link_id, target, summary, status, next_attempt_at, created_at) VALUES (?, ?, ?, ?, 'queued', ?, ?)`,
  );
  const insertAttempt = db.prepare(
    `INSERT INTO attempts (job_id, link_id, target, started_at, duration_ms, status_code, error, outcome, digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateJob = db.prepare(
    `UPDATE jobs SET status = ?, attempts = attempts + 1, next_attempt_at = COALESCE(?, next_attempt_at), finished_at = ?,
      last_status = ?, last_error = ? WHERE id = ?`,
  );
  // A bound LIMIT is one SQLite's planner looks at, so binding it expires the statement and every
  // run prepared it again: 3-5 times the cost of a target's page of open jobs (about 150 µs of
  // the delivery bench's CPU per card). As an expression it is only a value.
  const LIMIT = 'LIMIT CAST(? AS INTEGER)';
  const selectJob = db.prepare(`${JOB_SELECT} WHERE j.id = ?`);
  const selectOpenJobs = db.prepare(`${JOB_SELECT} WHERE j.target = ? AND j.${OPEN} AND j.id > ? ORDER BY j.id ${LIMIT}`);
  // A send counts when it was answered, the latest Teams can have received it; a digest post,
  // recorded on every job it carried, is one send.
  const selectSends = db.prepare(`SELECT max(started_at + duration_ms) AS at FROM attempts WHERE target = ? AND started_at >= ? GROUP BY COALESCE(digest, 'id:' || id) ORDER BY at`).pluck();
  const requeueJob = db.prepare(
    `UPDATE jobs SET status = 'queued', attempts = 0, next_attempt_at = ?, requeued_at = ?, finished_at = NULL
      WHERE id = ? AND status IN ('delivered', 'dead') RETURNING target`,
  );
  const requeueDeadJobs = db.prepare(
    `UPDATE jobs SET status = 'queued', attempts = 0, next_attempt_at = ?, requeued_at = ?, finished_at = NULL
      WHERE link_id = ? AND status = 'dead' RETURNING target`,
  );
  const retargetJobs = db.prepare(`UPDATE jobs SET target = ? WHERE link_id = ? AND ${OPEN} AND target <> ?`);
  const selectLinkStats = db.prepare(linkStatsSql(`SELECT value, key FROM json_each(?)`));
  const selectAttempts = db.prepare(`SELECT ${ATTEMPT_COLUMNS} FROM attempts WHERE job_id = ? ORDER BY id`);
  const countEvents = db.prepare(`SELECT count(*) AS n FROM events`);
  const countStatus = db.prepare(`SELECT count(*) FROM jobs INDEXED BY jobs_status WHERE status = ?`).pluck();
  const countJobs = db.prepare(`SELECT count(*) FROM jobs`).pluck();
  const probe = db.prepare(`SELECT 1 FROM events LIMIT 1`);
  const selectEvents = db.prepare(`SELECT id, name, payload FROM events WHERE id IN (SELECT value FROM json_each(?))`);
  const writeProbe = db.prepare(`INSERT INTO write_probe (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at`);
  const hasOpenJobs = db.prepare(`SELECT 1 FROM jobs WHERE target = ? AND ${OPEN} LIMIT 1`).pluck();

  const renewAll = db.prepare(`UPDATE target_leases SET lease_until = ? WHERE owner = ?`);
  // A target is free when nobody holds it or its lease has run out; the owner's own are renewed
  // above. The distinct targets are read by skipping from one to the next along the open-jobs
  // index, a lookup per target rather than a pass over every open job (45 times faster with a
  // backlog of 100,000 jobs on 1,000 targets); the planner does not find that index by itself.
  const OPEN_JOBS = `jobs INDEXED BY jobs_target_open`;
  const freeTargets = db
    .prepare(
      `WITH RECURSIVE t(target) AS (
         SELECT (SELECT min(target) FROM ${OPEN_JOBS} WHERE ${OPEN})
         UNION ALL SELECT (SELECT min(target) FROM ${OPEN_JOBS} WHERE ${OPEN} AND target > t.target) FROM t WHERE t.target IS NOT NULL
       )
       SELECT target FROM t
       WHERE target IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM target_leases l WHERE l.target = t.target AND (l.owner = ? OR l.lease_until > ?))
       ORDER BY (SELECT min(id) FROM ${OPEN_JOBS} WHERE ${OPEN} AND target = t.target) ${LIMIT}`,
    )
    .pluck();
  const takeLease = db.prepare(`INSERT OR REPLACE INTO target_leases (target, owner, lease_until) VALUES (?, ?, ?)`);
  const renewOne = db.prepare(`UPDATE target_leases SET lease_until = ? WHERE owner = ? AND target = ?`);
  const releaseOne = db.prepare(`DELETE FROM target_leases WHERE owner = ? AND target = ?`);

  // Retention (retention-store.ts). Deleting an event looks up its jobs by event_id (the cascade),
  // and a job its attempts: both by index, so a batch costs its own rows, not a pass over the table.
  const oldFinishedJobs = db
    .prepare(`SELECT id FROM jobs INDEXED BY jobs_finished WHERE status IN ('delivered', 'dead') AND finished_at < ? ORDER BY finished_at ${LIMIT}`)
    .pluck();
  const deleteAttemptsOf = db.prepare(`DELETE FROM attempts WHERE job_id = ?`);
  const deleteJob = db.prepare(`DELETE FROM jobs WHERE id = ?`);
  const oldJoblessEvents = db
    .prepare(
      `SELECT id FROM events INDEXED BY events_received
        WHERE received_at < ? AND NOT EXISTS (SELECT 1 FROM jobs WHERE jobs.event_id = events.id) ORDER BY received_at ${LIMIT}`,
    )
    .pluck();
  const deleteEvent = db.prepare(`DELETE FROM events WHERE id = ?`);
  const pruneBatch = db.transaction((before: number, batch: number): PruneCounts => {
    const counts = { events: 0, jobs: 0, attempts: 0 };
    for (const id of oldFinishedJobs.all(before, batch) as number[]) {
      counts.attempts += deleteAttemptsOf.run(id).changes;
      counts.jobs += deleteJob.run(id).changes;
    }
    for (const id of oldJoblessEvents.all(before, batch) as number[]) counts.events += deleteEvent.run(id).changes;
    return counts;
  });

  const ingestBatch = db.transaction((batch: IngestItem[]) =>
    batch.map(({ event, jobs }): IngestResult => {
      const info = insertEvent.run(event.delivery, event.name, event.action ?? null, event.repository ?? null, event.payload, event.receivedAt);
      if (info.changes === 0) return { duplicate: true, jobs: [] };
      const eventId = Number(info.lastInsertRowid);
      return {
        duplicate: false,
        eventId,
        jobs: jobs.map((j) => storedJob(Number(insertJob.run(eventId, j.linkId, j.target, j.summary, event.receivedAt, event.receivedAt).lastInsertRowid), eventId, event, j)),
      };
    }),
  );

  const attemptBatch = db.transaction((batch: AttemptRecord[]) =>
    batch.map((a) => {
      const duration = Math.round(a.durationMs);
      insertAttempt.run(a.jobId, a.linkId, a.target, a.startedAt, duration, a.statusCode ?? null, a.error ?? null, a.outcome, a.digest ?? null);
      const finished = a.outcome === 'retry' ? null : a.startedAt + duration;
      const status: JobStatus = a.outcome === 'retry' ? 'retrying' : a.outcome;
      if (updateJob.run(status, a.nextAttemptAt ?? null, finished, a.statusCode ?? null, a.error ?? null, a.jobId).changes !== 1) {
        throw new Error(`no job ${a.jobId} to record an attempt for`);
      }
    }),
  );

  // --- wake-ups: in-process, after the commit, never inside the writer's call ---
  const wakers = new Set<(targets: string[]) => void>();
  const wake = (targets: Iterable<string>) => {
    const distinct = [...new Set(targets)];
    if (!distinct.length || !wakers.size) return;
    setImmediate(() => {
      for (const w of [...wakers]) w(distinct);
    });
  };

  let ingests: Array<Waiting<IngestItem, IngestResult>> = [];
  let attempts: Array<Waiting<AttemptRecord, void>> = [];
  let flushScheduled = false;
  let closed = false;
  /** The error of the last write, until a write succeeds again: the store is then not ready. */
  let writeError: Error | undefined;

  // The queue's own descriptor of the log, only to sync it ('a' never truncates nor writes, and
  // creates it private should SQLite not have made it yet).
  const logFd = path === ':memory:' ? undefined : openSync(`${path}-wal`, 'a', 0o600);
  /** Committed writes whose callers wait for the next sync of the log. */
  let unsynced: Array<Waiting<undefined, void>> = [];
  let syncing = false;
  let synced: (() => void) | undefined;

  function sync(): void {
    if (syncing || unsynced.length === 0) return;
    const batch = unsynced;
    unsynced = [];
    if (logFd === undefined) return batch.forEach((w) => w.resolve());
    syncing = true;
    fdatasync(logFd, (err) => {
      syncing = false;
      if (err) {
        // Committed but maybe not on disk: its callers hear of a failure (a webhook is answered
        // 503; GitHub's redelivery is then a duplicate, answered 200).
        writeError = err;
        for (const w of batch) w.reject(err);
      } else for (const w of batch) w.resolve();
      // What gathered during the sync goes out in one transaction now.
      if (ingests.length || attempts.length) flush();
      else sync();
      if (!syncing && unsynced.length === 0) synced?.();
    });
  }
  /** Resolves once what was committed so far is on disk. */
  const durable = () =>
    new Promise<void>((resolve, reject) => {
      unsynced.push({ item: undefined, resolve, reject });
      sync();
    });

  /**
   * Commits a batch in one transaction. When that fails, each write is tried alone, so one bad
   * write fails only its own caller; on a full disk they all fail, each at once.
   */
  function commit<I, R>(tx: (items: I[]) => R[], batch: Array<Waiting<I, R>>): R[] {
    try {
      const results = tx(batch.map((w) => w.item));
      writeError = undefined;
      // Only the callers wait for the sync, not what they wrote: a payload held until then lived
      // long enough to be promoted, and piled up as old garbage in the delivering process.
      batch.forEach(({ resolve, reject }, i) => {
        const result = results[i]!;
        unsynced.push({ item: undefined, resolve: () => resolve(result), reject });
      });
      return results;
    } catch (err) {
      if (batch.length === 1) {
        writeError = err as Error;
        batch[0]!.reject(err);
        return [];
      }
    }
    return batch.flatMap((w) => commit(tx, [w]));
  }

  const flush = () => {
    flushScheduled = false;
    if (attempts.length) {
      const batch = attempts;
      attempts = [];
      commit(attemptBatch, batch);
    }
    if (ingests.length) {
      const batch = ingests;
      ingests = [];
      wake(commit(ingestBatch, batch).flatMap((r) => r.jobs.map((j) => j.target)));
    }
    sync();
  };
  const scheduleFlush = () => {
    // While a sync runs, writes gather; its end flushes them.
    if (flushScheduled || syncing) return;
    flushScheduled = true;
    setImmediate(flush);
  };
  /** Queues a write for the next group commit. */
  const enqueue = <I, R>(list: Array<Waiting<I, R>>, item: I) => {
    if (closed) return Promise.reject(new Error('event queue is closed'));
    return new Promise<R>((resolve, reject) => {
      list.push({ item, resolve, reject });
      scheduleFlush();
    });
  };
  /** Runs a read or a lease change after the writes waiting, as a query after their commit would. */
  const afterWrites = async <T>(fn: () => T | Promise<T>): Promise<T> => {
    if (closed) throw new Error('event queue is closed');
    flush();
    return fn();
  };
  const view = (r: ViewRow): DeliveryView => {
    const attempts = selectAttempts.all(r.id) as AttemptRow[];
    const ids = digestIdsOf(attempts);
    const carried = ids.length ? (db.prepare(DIGEST_SELECT(ids.map(() => '?').join(', '))).all(...ids) as DigestRow[]) : [];
    return toDeliveryView(r, attempts, digestViews(carried));
  };

  return {
    ingest: (event, jobs) => enqueue(ingests, { event, jobs }),
    async ping() {
      if (closed) throw new Error('event queue is closed');
      probe.get();
      if (!writeError) return;
      // Nothing else may write for a while (GitHub redelivers only when asked): try a small write.
      try {
        writeProbe.run(Date.now());
        writeError = undefined;
        await durable();
      } catch (err) {
        writeError = err as Error;
        throw new Error(`the event store cannot write: ${writeError.message}`);
      }
    },

    claim: (owner, leaseMs, limit) =>
      afterWrites(() =>
        db.transaction(() => {
          const at = now();
          renewAll.run(at + leaseMs, owner);
          const taken = freeTargets.all(owner, at, Math.max(0, limit)) as string[];
          for (const target of taken) takeLease.run(target, owner, at + leaseMs);
          return taken;
        })(),
      ),
    renew: (owner, targets, leaseMs) =>
      afterWrites(() => {
        const until = now() + leaseMs;
        return targets.filter((target) => renewOne.run(until, owner, target).changes === 1);
      }),
    release: (owner, targets) =>
      afterWrites(() => {
        // A target given up with work left wakes the worker at once rather than at its next claim.
        const released = targets.filter((target) => releaseOne.run(owner, target).changes === 1);
        wake(released.filter((target) => hasOpenJobs.get(target) !== undefined));
      }),
    // After the writes waiting: an attempt record still waiting changes which jobs are open, and
    // reading past it would hand a job just delivered to the worker again.
    openJobs: (target, afterId = 0, limit = DEFAULT_OPEN_JOBS) =>
      afterWrites(() => (selectOpenJobs.all(target, afterId, limit) as JobRow[]).map(toJob)),
    // An event is committed before any job of it can be read, so what waits to be written never
    // changes this answer: a healthy store reads without committing the waiting attempt records
    // first. Committing them made every card a transaction of its own (17% of the delivery
    // bench's CPU in better-sqlite3's transaction). A store that has failed a write commits
    // before reading, as every other read does.
    loadEvents: (eventIds) => {
      const read = () => new Map((selectEvents.all(JSON.stringify(eventIds)) as Array<StoredEvent & { id: number }>).map(({ id, name, payload }) => [id, { name, payload }]));
      return closed || writeError ? afterWrites(read) : Promise.resolve(read());
    },
    record: (attempt) => enqueue(attempts, attempt),
    sendsSince: (target, since) => afterWrites(() => selectSends.all(target, since) as number[]),
    onWork(wakeUp) {
      const own = (targets: string[]) => wakeUp(targets);
      wakers.add(own);
      return () => void wakers.delete(own);
    },

    list: (filter: DeliveryFilter) =>
      afterWrites(() => {
        const where: string[] = [];
        const params: unknown[] = [];
        if (filter.linkId) where.push('j.link_id = ?'), params.push(filter.linkId);
        if (filter.status) where.push('j.status = ?'), params.push(filter.status);
        if (filter.beforeId) where.push('j.id < ?'), params.push(filter.beforeId);
        const sql = `${VIEW_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY j.id DESC LIMIT ?`;
        params.push(Math.min(Math.max(filter.limit ?? 50, 1), 500));
        return (db.prepare(sql).all(...params) as ViewRow[]).map(view);
      }),
    get: (id) =>
      afterWrites(() => {
        const row = db.prepare(`${VIEW_SELECT} WHERE j.id = ?`).get(id) as ViewRow | undefined;
        return row && view(row);
      }),
    getJob: (id) =>
      afterWrites(() => {
        const row = selectJob.get(id) as JobRow | undefined;
        return row && toJob(row);
      }),
    requeue: (id) =>
      afterWrites(async () => {
        const at = now();
        const requeued = requeueJob.get(at, at, id) as { target: string } | undefined;
        if (!requeued) return undefined;
        await durable();
        wake([requeued.target]);
        return toJob(selectJob.get(id) as JobRow);
      }),
    requeueDead: (linkId) =>
      afterWrites(async () => {
        const at = now();
        const requeued = requeueDeadJobs.all(at, at, linkId) as Array<{ target: string }>;
        if (!requeued.length) return 0;
        await durable();
        wake(requeued.map((r) => r.target));
        return requeued.length;
      }),
    retarget: (linkId, target) =>
      afterWrites(async () => {
        const moved = retargetJobs.run(target, linkId, target).changes;
        if (!moved) return 0;
        await durable();
        wake([target]);
        return moved;
      }),
    linkStats: (linkIds) => afterWrites(() => (selectLinkStats.all(JSON.stringify(linkIds)) as LinkStatsRow[]).map(toLinkStats)),
    eventCount: () => afterWrites(() => (countEvents.get() as { n: number }).n),
    // Committed without waiting for a sync: a prune lost to a power cut is simply done again.
    prune: (before, batch) => afterWrites(() => pruneBatch(before, Math.max(1, batch))),
    countByStatus: () =>
      afterWrites(() => {
        // Delivered jobs are nearly the whole table: counting them on the status index took 360 ms
        // at a million jobs, on the event loop. They are the total less the rest instead: the
        // others are short index ranges, and SQLite counts a whole table from its pages (26 ms).
        const [queued, retrying, dead] = (['queued', 'retrying', 'dead'] as const).map((status) => countStatus.get(status) as number);
        const delivered = (countJobs.get() as number) - queued - retrying - dead;
        return { queued, retrying, delivered, dead };
      }),

    async close() {
      if (closed) return;
      flush();
      closed = true;
      wakers.clear();
      if (syncing || unsynced.length) await new Promise<void>((resolve) => (synced = resolve));
      if (logFd !== undefined) closeSync(logFd);
      if (checkpointer) {
        checkpointer.thread.ref();
        checkpointer.thread.postMessage('close');
        await checkpointer.exited;
      }
      db.close();
    },
  };
}
