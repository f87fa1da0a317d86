import { closeSync, openSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type {
  AttemptRecord,
  AttemptView,
  DeliveryFilter,
  DeliveryView,
  EventQueue,
  EventRecord,
  IngestResult,
  Job,
  JobInput,
  JobStatus,
} from './event-queue.js';

const SCHEMA = `
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
  last_error TEXT
);
CREATE INDEX IF NOT EXISTS jobs_open ON jobs(id) WHERE status IN ('queued', 'retrying');
CREATE INDEX IF NOT EXISTS jobs_link ON jobs(link_id, id);
CREATE INDEX IF NOT EXISTS jobs_status ON jobs(status, id);
CREATE TABLE IF NOT EXISTS attempts (
  id INTEGER PRIMARY KEY,
  job_id INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
  link_id TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  duration_ms INTEGER NOT NULL,
  status_code INTEGER,
  error TEXT,
  outcome TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS attempts_job ON attempts(job_id);
CREATE INDEX IF NOT EXISTS attempts_started ON attempts(started_at);
CREATE TABLE IF NOT EXISTS write_probe (id INTEGER PRIMARY KEY CHECK (id = 1), at INTEGER NOT NULL);
`;

interface JobRow {
  id: number;
  event_id: number;
  delivery: string;
  name: string;
  link_id: string;
  summary: string;
  status: JobStatus;
  attempts: number;
  next_attempt_at: number;
  created_at: number;
}

const toJob = (r: JobRow): Job => ({
  id: r.id,
  eventId: r.event_id,
  delivery: r.delivery,
  eventName: r.name,
  linkId: r.link_id,
  summary: r.summary,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  createdAt: r.created_at,
});

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const JOB_SELECT = `SELECT j.id, j.event_id, e.delivery, e.name, j.link_id, j.summary, j.status, j.attempts,
  j.next_attempt_at, j.created_at FROM jobs j JOIN events e ON e.id = j.event_id`;

const CHECKPOINT_EVERY_MS = 100;
const BACKSTOP_CHECKPOINT_PAGES = 16_384;

function startCheckpointer(path: string): { thread: Worker; exited: Promise<unknown> } {
  // The thread's file sits beside this one: .ts when tests run the sources, .js once built.
  const own = fileURLToPath(import.meta.url);
  const worker = new Worker(new URL(`./wal-checkpointer${extname(own)}`, import.meta.url), {
    workerData: { path, intervalMs: CHECKPOINT_EVERY_MS },
  });
  // Checkpointing here only saves the writer time: should the thread die, the connection's own
  // automatic checkpoint still bounds the WAL, so its death must not take the process with it.
  worker.on('error', () => {});
  worker.unref();
  return { thread: worker, exited: new Promise((resolve) => worker.once('exit', resolve)) };
}

/** A write waiting for the next group commit, with its caller's promise. */
interface Waiting<I, R> {
  item: I;
  resolve: (result: R) => void;
  reject: (err: unknown) => void;
}

type IngestItem = { event: EventRecord; jobs: JobInput[] };

/**
 * SQLite (better-sqlite3, WAL) implementation of EventQueue.
 *
 * Concurrent writes are grouped into one transaction per event-loop turn (group commit), so
 * throughput does not collapse into one commit per webhook. `synchronous=FULL` syncs the WAL at
 * every commit, before any caller hears of it: an acknowledged event survives power loss, not
 * only a process crash (NORMAL would leave the last commits in the OS cache until a checkpoint).
 * With the group commit that is one sync per turn, however many webhooks it holds.
 *
 * A failed write (a full disk, say) rejects only its own callers and never escapes: webhooks
 * are answered 503 and the worker holds its job and retries. The store then reports itself
 * not ready until a write succeeds again (see ping).
 *
 * WAL checkpoints run on a worker thread (wal-checkpointer.ts) every CHECKPOINT_EVERY_MS; the
 * connection's own automatic checkpoint stays as a backstop at a much larger WAL size.
 */
export function openSqliteEventQueue(path: string): EventQueue {
  // SQLite creates the -wal and -shm files with the database file's mode: creating that file
  // private makes all three private, whatever the process umask.
  if (path !== ':memory:') closeSync(openSync(path, 'a', 0o600));
  const db = new Database(path);
  // Payloads are ~10 KB: 16 KB pages hold one without a chain of overflow pages (takes effect
  // when the file is created; an existing store keeps its page size).
  db.pragma('page_size = 16384');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);
  db.exec(SCHEMA);
  const checkpointer = path === ':memory:' ? undefined : startCheckpointer(path);

  const insertEvent = db.prepare(
    `INSERT OR IGNORE INTO events (delivery, name, action, repository, payload, received_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertJob = db.prepare(
    `INSERT INTO jobs (event_id, link_id, summary, status, next_attempt_at, created_at) VALUES (?, ?, ?, 'queued', ?, ?)`,
  );
  const insertAttempt = db.prepare(
    `INSERT INTO attempts (job_id, link_id, started_at, duration_ms, status_code, error, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateJob = db.prepare(
    `UPDATE jobs SET status = ?, attempts = attempts + 1, next_attempt_at = ?, finished_at = ?, last_status = ?, last_error = ? WHERE id = ?`,
  );
  const selectPending = db.prepare(`${JOB_SELECT} WHERE j.status IN ('queued', 'retrying') ORDER BY j.id`);
  const selectJob = db.prepare(`${JOB_SELECT} WHERE j.id = ?`);
  // A send counts when it was answered, the latest Teams can have received it (see RateLimiter.settle).
  const selectSends = db.prepare(
    `SELECT link_id AS linkId, started_at + duration_ms AS at FROM attempts WHERE started_at >= ? ORDER BY started_at`,
  );
  const requeueJob = db.prepare(
    `UPDATE jobs SET status = 'queued', next_attempt_at = ?, finished_at = NULL WHERE id = ? AND status IN ('delivered', 'dead')`,
  );
  const selectAttempts = db.prepare(
    `SELECT started_at, duration_ms, status_code, error, outcome FROM attempts WHERE job_id = ? ORDER BY id`,
  );
  const countEvents = db.prepare(`SELECT count(*) AS n FROM events`);
  const probe = db.prepare(`SELECT 1 FROM events LIMIT 1`);
  const selectEvent = db.prepare(`SELECT name, payload FROM events WHERE id = ?`);
  const writeProbe = db.prepare(`INSERT INTO write_probe (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at`);

  const ingestBatch = db.transaction((batch: IngestItem[]) =>
    batch.map(({ event, jobs }): IngestResult => {
      const info = insertEvent.run(event.delivery, event.name, event.action ?? null, event.repository ?? null, event.payload, event.receivedAt);
      if (info.changes === 0) return { duplicate: true, jobs: [] };
      const eventId = Number(info.lastInsertRowid);
      return {
        duplicate: false,
        eventId,
        jobs: jobs.map((j) => {
          const id = Number(insertJob.run(eventId, j.linkId, j.summary, event.receivedAt, event.receivedAt).lastInsertRowid);
          return {
            id,
            eventId,
            delivery: event.delivery,
            eventName: event.name,
            linkId: j.linkId,
            summary: j.summary,
            status: 'queued' as const,
            attempts: 0,
            nextAttemptAt: event.receivedAt,
            createdAt: event.receivedAt,
          };
        }),
      };
    }),
  );

  const attemptBatch = db.transaction((batch: AttemptRecord[]) =>
    batch.map((a) => {
      insertAttempt.run(a.jobId, a.linkId, a.startedAt, Math.round(a.durationMs), a.statusCode ?? null, a.error ?? null, a.outcome);
      const finished = a.outcome === 'retry' ? null : a.startedAt + Math.round(a.durationMs);
      const status: JobStatus = a.outcome === 'retry' ? 'retrying' : a.outcome;
      updateJob.run(status, a.nextAttemptAt ?? 0, finished, a.statusCode ?? null, a.error ?? null, a.jobId);
    }),
  );

  let ingests: Array<Waiting<IngestItem, IngestResult>> = [];
  let attempts: Array<Waiting<AttemptRecord, void>> = [];
  let flushScheduled = false;
  let closed = false;
  /** The error of the last write, until a write succeeds again: the store is then not ready. */
  let writeError: Error | undefined;

  /**
   * Commits a batch in one transaction. When that fails, each write is tried alone, so one bad
   * write fails only its own caller; on a full disk they all fail, each at once.
   */
  function commit<I, R>(tx: (items: I[]) => R[], batch: Array<Waiting<I, R>>): void {
    try {
      const results = tx(batch.map((w) => w.item));
      writeError = undefined;
      batch.forEach((w, i) => w.resolve(results[i]));
      return;
    } catch (err) {
      if (batch.length === 1) {
        writeError = err as Error;
        batch[0].reject(err);
        return;
      }
    }
    for (const w of batch) commit(tx, [w]);
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
      commit(ingestBatch, batch);
    }
  };
  const scheduleFlush = () => {
    if (flushScheduled) return;
    flushScheduled = true;
    setImmediate(flush);
  };

  const view = (r: Record<string, any>): DeliveryView => ({
    id: r.id,
    delivery: r.delivery,
    event: r.name,
    action: r.action,
    repository: r.repository,
    linkId: r.link_id,
    summary: r.summary,
    status: r.status,
    attempts: (selectAttempts.all(r.id) as Array<Record<string, any>>).map(
      (a): AttemptView => ({
        startedAt: new Date(a.started_at).toISOString(),
        durationMs: a.duration_ms,
        statusCode: a.status_code,
        error: a.error,
        outcome: a.outcome,
      }),
    ),
    lastStatusCode: r.last_status,
    lastError: r.last_error,
    receivedAt: new Date(r.received_at).toISOString(),
    nextAttemptAt: r.status === 'queued' || r.status === 'retrying' ? iso(r.next_attempt_at) : null,
    finishedAt: iso(r.finished_at),
  });
  const VIEW_SELECT = `SELECT j.id, e.delivery, e.name, e.action, e.repository, e.received_at, j.link_id, j.summary, j.status,
    j.last_status, j.last_error, j.next_attempt_at, j.finished_at FROM jobs j JOIN events e ON e.id = j.event_id`;

  return {
    ingest(event, jobs) {
      if (closed) return Promise.reject(new Error('event queue is closed'));
      return new Promise<IngestResult>((resolve, reject) => {
        ingests.push({ item: { event, jobs }, resolve, reject });
        scheduleFlush();
      });
    },
    async loadEvent(eventId) {
      return selectEvent.get(eventId) as { name: string; payload: string } | undefined;
    },
    async pending() {
      flush();
      return (selectPending.all() as JobRow[]).map(toJob);
    },
    recordAttempt(attempt) {
      if (closed) return Promise.reject(new Error('event queue is closed'));
      return new Promise<void>((resolve, reject) => {
        attempts.push({ item: attempt, resolve, reject });
        scheduleFlush();
      });
    },
    async sendsSince(since) {
      flush();
      return selectSends.all(since) as Array<{ linkId: string; at: number }>;
    },
    async getJob(id) {
      flush();
      const row = selectJob.get(id) as JobRow | undefined;
      return row && toJob(row);
    },
    async requeue(id) {
      flush();
      if (requeueJob.run(Date.now(), id).changes === 0) return undefined;
      return toJob(selectJob.get(id) as JobRow);
    },
    async listDeliveries(filter: DeliveryFilter) {
      flush();
      const where: string[] = [];
      const params: unknown[] = [];
      if (filter.linkId) where.push('j.link_id = ?'), params.push(filter.linkId);
      if (filter.status) where.push('j.status = ?'), params.push(filter.status);
      if (filter.beforeId) where.push('j.id < ?'), params.push(filter.beforeId);
      const sql = `${VIEW_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY j.id DESC LIMIT ?`;
      params.push(Math.min(Math.max(filter.limit ?? 50, 1), 500));
      return (db.prepare(sql).all(...params) as Array<Record<string, any>>).map(view);
    },
    async getDelivery(id) {
      flush();
      const row = db.prepare(`${VIEW_SELECT} WHERE j.id = ?`).get(id) as Record<string, any> | undefined;
      return row && view(row);
    },
    eventCount: async () => (countEvents.get() as { n: number }).n,
    async ping() {
      if (closed) throw new Error('event queue is closed');
      probe.get();
      if (!writeError) return;
      // Nothing else may write for a while (GitHub redelivers only when asked): try a small write.
      try {
        writeProbe.run(Date.now());
        writeError = undefined;
      } catch (err) {
        writeError = err as Error;
        throw new Error(`the event store cannot write: ${writeError.message}`);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      flush();
      if (checkpointer) {
        checkpointer.thread.ref();
        checkpointer.thread.postMessage('close');
        await checkpointer.exited;
      }
      db.close();
    },
  };
}
