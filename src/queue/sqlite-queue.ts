/**
 * Events, jobs, attempts and target leases in SQLite (better-sqlite3, WAL): the embedded queue,
 * for one process. It keeps PostgreSQL's semantics (postgres-queue.ts) so the contract suite and
 * the worker run unchanged on either.
 *
 * - Durable writes (ingests, attempt records, requeues) are committed by a writer thread on its
 *   own connection at `synchronous=FULL` (sqlite-writer.ts, sqlite-writes.ts): the commit syncs
 *   the write-ahead log, and no caller hears of its write before that, so an acknowledged event
 *   survives power loss, not only a process crash. Writes are grouped into one transaction
 *   (group commit), one batch at a time: while a batch commits, new writes gather for the next,
 *   so under load each commit and sync covers every write that came during the one before. The
 *   event loop never waits on a sync or an insert, and a payload crosses to the thread once,
 *   as bytes, instead of staying on the main heap until its commit is on disk (where it lived
 *   long enough to be promoted and pile up as old garbage). Reads and leases stay on the main
 *   thread's connection; a read sees every write whose caller has been answered, as a read on
 *   another PostgreSQL connection would. An in-memory store, which no other thread can open,
 *   commits inline.
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
import { closeSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { DeliveryLog } from './delivery-log.js';
import type { EventStore } from './event-store.js';
import type { JobQueue } from './job-queue.js';
import { ATTEMPT_COLUMNS, JOB_SELECT, OPEN, storedJob, toDeliveryView, toJob, VIEW_SELECT, type AttemptRow, type JobRow, type ViewRow } from './queue-rows.js';
import type { DeliveryFilter, DeliveryView, EventRecord, IngestResult, JobInput } from './records.js';
import { inlineWriter, threadWriter } from './sqlite-writer.js';
import { startCheckpointer } from './wal-checkpointer.js';
import { fromPlainError, type Ingested, type Write } from './sqlite-writes.js';

export interface SqliteQueue extends EventStore, JobQueue, DeliveryLog {
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
];

const INDEXES = `
CREATE INDEX IF NOT EXISTS jobs_open ON jobs(id) WHERE status IN ('queued', 'retrying');
CREATE INDEX IF NOT EXISTS jobs_target_open ON jobs(target, id) WHERE status IN ('queued', 'retrying');
CREATE INDEX IF NOT EXISTS jobs_untargeted ON jobs(link_id) WHERE target IS NULL;
CREATE INDEX IF NOT EXISTS jobs_link ON jobs(link_id, id);
CREATE INDEX IF NOT EXISTS jobs_status ON jobs(status, id);
CREATE INDEX IF NOT EXISTS attempts_job ON attempts(job_id);
CREATE INDEX IF NOT EXISTS attempts_started ON attempts(started_at);
CREATE INDEX IF NOT EXISTS attempts_target ON attempts(target, started_at);
CREATE INDEX IF NOT EXISTS attempts_untargeted ON attempts(job_id) WHERE target IS NULL;
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

/** The caller of a write waiting for its commit. */
interface Waiter {
  resolve: (value: Ingested | string | undefined) => void;
  reject: (err: unknown) => void;
  /** Targets to wake once it is committed. */
  wakes?: string[];
}

function ingestResult(value: Ingested, event: Pick<EventRecord, 'delivery' | 'name' | 'receivedAt'>, jobs: JobInput[]): IngestResult {
  if (value.duplicate) return { duplicate: true, jobs: [] };
  const { eventId, jobIds } = value;
  return {
    duplicate: false,
    eventId,
    jobs: jobs.map((j, i) => storedJob(jobIds[i]!, eventId, event, j)),
  };
}

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
  // Writes through this connection (migrations) sync in their commit too; the queue's own go to
  // its writer thread, which runs at FULL as well.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('temp_store = MEMORY');
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);
  db.exec(TABLES);
  migrate(db);
  db.exec(INDEXES);
  if (opts.targetOf) fillTargets(db, opts.targetOf);
  const checkpointer = path === ':memory:' ? undefined : startCheckpointer(path, CHECKPOINT_EVERY_MS);

  const selectJob = db.prepare(`${JOB_SELECT} WHERE j.id = ?`);
  const selectOpenJobs = db.prepare(`${JOB_SELECT} WHERE j.target = ? AND j.${OPEN} AND j.id > ? ORDER BY j.id LIMIT ?`);
  // A send counts when it was answered, the latest Teams can have received it.
  const selectSends = db.prepare(`SELECT started_at + duration_ms AS at FROM attempts WHERE target = ? AND started_at >= ? ORDER BY at`).pluck();
  const selectAttempts = db.prepare(`SELECT ${ATTEMPT_COLUMNS} FROM attempts WHERE job_id = ? ORDER BY id`);
  const countEvents = db.prepare(`SELECT count(*) AS n FROM events`);
  const probe = db.prepare(`SELECT 1 FROM events LIMIT 1`);
  const selectEvent = db.prepare(`SELECT name, payload FROM events WHERE id = ?`);
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
       ORDER BY (SELECT min(id) FROM ${OPEN_JOBS} WHERE ${OPEN} AND target = t.target) LIMIT ?`,
    )
    .pluck();
  const takeLease = db.prepare(`INSERT OR REPLACE INTO target_leases (target, owner, lease_until) VALUES (?, ?, ?)`);
  const renewOne = db.prepare(`UPDATE target_leases SET lease_until = ? WHERE owner = ? AND target = ?`);
  const releaseOne = db.prepare(`DELETE FROM target_leases WHERE owner = ? AND target = ?`);

  // --- wake-ups: in-process, after the commit, never inside the writer's call ---
  const wakers = new Set<(targets: string[]) => void>();
  const wake = (targets: Iterable<string>) => {
    const distinct = [...new Set(targets)];
    if (!distinct.length || !wakers.size) return;
    setImmediate(() => {
      for (const w of [...wakers]) w(distinct);
    });
  };

  /** Writes waiting for the next group commit, and their callers. */
  let writes: Write[] = [];
  let waiters: Waiter[] = [];
  let committing = false;
  let flushScheduled = false;
  let closed = false;
  let settled: (() => void) | undefined;
  /** The error of the last write, until a write succeeds again: the store is then not ready. */
  let writeError: Error | undefined;
  const writer = path === ':memory:' ? inlineWriter(db) : threadWriter(path, BACKSTOP_CHECKPOINT_PAGES);

  /**
   * Sends what gathered as one batch. One batch is committed at a time: while it is, new writes
   * gather for the next, so under load each commit (and its sync) covers every write that came
   * during the one before.
   */
  const flush = () => {
    flushScheduled = false;
    if (committing || !writes.length) return;
    const batch = writes;
    const callers = waiters;
    writes = [];
    waiters = [];
    committing = true;
    const answer = (outcomes: Array<{ ok: true; value?: Ingested | string } | { ok: false; error: Error }>) => {
      committing = false;
      const woken: string[] = [];
      outcomes.forEach((outcome, i) => {
        const caller = callers[i]!;
        if (outcome.ok) {
          writeError = undefined;
          if (caller.wakes) woken.push(...caller.wakes);
          caller.resolve(outcome.value);
        } else {
          writeError = outcome.error;
          caller.reject(outcome.error);
        }
      });
      wake(woken);
      flush();
      if (!committing) settled?.();
    };
    writer.commit(batch).then(
      (outcomes) => answer(outcomes.map((o) => (o.ok ? o : { ok: false, error: fromPlainError(o.error) }))),
      // The thread died with the batch: nothing says it was committed, so its callers fail.
      (err: unknown) => answer(callers.map(() => ({ ok: false, error: err instanceof Error ? err : new Error(String(err)) }))),
    );
  };
  /**
   * Queues a write for the next group commit; `done` turns its outcome into the caller's answer.
   * Callers are answered once their commit is on disk (the writer syncs the log in the commit).
   */
  const write = <T>(w: Write, done: (value: Ingested | string | undefined) => T, wakes?: string[]) => {
    if (closed) return Promise.reject(new Error('event queue is closed'));
    return new Promise<T>((resolve, reject) => {
      writes.push(w);
      waiters.push({ resolve: (value) => resolve(done(value)), reject, wakes });
      if (flushScheduled || committing) return;
      flushScheduled = true;
      setImmediate(flush);
    });
  };
  /**
   * Runs a read or a lease change at once, after sending what waits to the writer. It sees every
   * write whose caller has been answered, as a read on another PostgreSQL connection would; not
   * one still being committed.
   */
  const afterWrites = async <T>(fn: () => T | Promise<T>): Promise<T> => {
    if (closed) throw new Error('event queue is closed');
    flush();
    return fn();
  };

  const view = (r: ViewRow): DeliveryView => toDeliveryView(r, selectAttempts.all(r.id) as AttemptRow[]);

  return {
    ingest(event, jobs) {
      // The answer is built from these alone: the payload is not kept until the commit.
      const { delivery, name, receivedAt } = event;
      const targets = jobs.map((j) => j.target);
      return write({ kind: 'ingest', event, jobs }, (value) => ingestResult(value as Ingested, { delivery, name, receivedAt }, jobs), targets);
    },
    async ping() {
      if (closed) throw new Error('event queue is closed');
      probe.get();
      if (!writeError) return;
      // Nothing else may write for a while (GitHub redelivers only when asked): try a small write.
      try {
        await write({ kind: 'probe', at: Date.now() }, () => undefined);
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
    openJobs: (target, afterId = 0, limit = DEFAULT_OPEN_JOBS) =>
      afterWrites(() => (selectOpenJobs.all(target, afterId, limit) as JobRow[]).map(toJob)),
    loadEvent: (eventId) => afterWrites(() => selectEvent.get(eventId) as { name: string; payload: string } | undefined),
    record: (attempt) => write({ kind: 'attempt', attempt }, () => undefined),
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
        const target = await write({ kind: 'requeue', id, at: now() }, (value) => value as string | undefined);
        if (target === undefined) return undefined;
        wake([target]);
        return toJob(selectJob.get(id) as JobRow);
      }),
    eventCount: () => afterWrites(() => (countEvents.get() as { n: number }).n),

    async close() {
      if (closed) return;
      flush();
      closed = true;
      wakers.clear();
      if (committing) await new Promise<void>((resolve) => (settled = resolve));
      await writer.close();
      if (checkpointer) {
        checkpointer.thread.ref();
        checkpointer.thread.postMessage('close');
        await checkpointer.exited;
      }
      db.close();
    },
  };
}
