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

function startCheckpointer(path: string): Worker {
  // The thread's file sits beside this one: .ts when tests run the sources, .js once built.
  const own = fileURLToPath(import.meta.url);
  const worker = new Worker(new URL(`./wal-checkpointer${extname(own)}`, import.meta.url), {
    workerData: { path, intervalMs: CHECKPOINT_EVERY_MS },
  });
  worker.unref();
  return worker;
}

interface PendingIngest {
  event: EventRecord;
  jobs: JobInput[];
  resolve: (r: IngestResult) => void;
  reject: (e: unknown) => void;
}

/**
 * SQLite (better-sqlite3, WAL) implementation of EventQueue.
 *
 * Concurrent ingests are grouped into one transaction per event-loop turn (group commit), so
 * throughput does not collapse into one commit per webhook. `synchronous=NORMAL` in WAL mode
 * keeps every committed transaction across a process crash (kill -9); only an OS crash or
 * power loss can drop the last commits. Attempts are likewise written in batches.
 *
 * WAL checkpoints run on a worker thread (wal-checkpointer.ts) every CHECKPOINT_EVERY_MS; the
 * connection's own automatic checkpoint stays as a backstop at a much larger WAL size.
 */
export function openSqliteEventQueue(path: string): EventQueue {
  const db = new Database(path);
  // Payloads are ~10 KB: 16 KB pages hold one without a chain of overflow pages (takes effect
  // when the file is created; an existing store keeps its page size).
  db.pragma('page_size = 16384');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
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

  const ingestBatch = db.transaction((batch: PendingIngest[]) =>
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

  const attemptBatch = db.transaction((batch: AttemptRecord[]) => {
    for (const a of batch) {
      insertAttempt.run(a.jobId, a.linkId, a.startedAt, Math.round(a.durationMs), a.statusCode ?? null, a.error ?? null, a.outcome);
      const finished = a.outcome === 'retry' ? null : a.startedAt + Math.round(a.durationMs);
      const status: JobStatus = a.outcome === 'retry' ? 'retrying' : a.outcome;
      updateJob.run(status, a.nextAttemptAt ?? 0, finished, a.statusCode ?? null, a.error ?? null, a.jobId);
    }
  });

  let ingests: PendingIngest[] = [];
  let attempts: AttemptRecord[] = [];
  let flushScheduled = false;
  let closed = false;

  const flush = () => {
    flushScheduled = false;
    if (attempts.length) {
      const batch = attempts;
      attempts = [];
      attemptBatch(batch);
    }
    if (ingests.length) {
      const batch = ingests;
      ingests = [];
      try {
        const results = ingestBatch(batch);
        batch.forEach((p, i) => p.resolve(results[i]));
      } catch (err) {
        for (const p of batch) p.reject(err);
      }
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
        ingests.push({ event, jobs, resolve, reject });
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
      attempts.push(attempt);
      scheduleFlush();
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
    },
    async close() {
      if (closed) return;
      closed = true;
      flush();
      if (checkpointer) {
        const exited = new Promise((resolve) => checkpointer.once('exit', resolve));
        checkpointer.ref();
        checkpointer.postMessage('close');
        await exited;
      }
      db.close();
    },
  };
}
