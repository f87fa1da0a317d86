/**
 * The SQLite queue's durable writes, applied a batch per transaction (group commit). It runs on
 * the queue's writer thread (sqlite-writer.ts), or inline for an in-memory store, which no other
 * thread can open. Each write's result says only what its caller needs back, so a payload is
 * not held on the main thread while its commit runs.
 *
 * `sqliteWrites` is sent to the thread as its source text, so it refers to nothing outside
 * itself (see sqlite-writer.ts for why).
 */
import type Database from 'better-sqlite3';
import type { AttemptRecord, EventRecord, JobInput, JobStatus } from './records.js';

export type Write =
  | { kind: 'ingest'; event: EventRecord; jobs: JobInput[] }
  | { kind: 'attempt'; attempt: AttemptRecord }
  | { kind: 'requeue'; id: number; at: number }
  | { kind: 'probe'; at: number };

/** An ingest's event id and job ids (none when the delivery id was seen before). */
export type Ingested = { duplicate: true } | { duplicate: false; eventId: number; jobIds: number[] };

/** What crosses back to the caller of one write; errors as plain data, their SQLite code kept. */
export type WriteOutcome = { ok: true; value?: Ingested | string } | { ok: false; error: { name: string; message: string; code?: string } };

/** The caller's error for an outcome that failed, its SQLite code kept (SQLITE_FULL, …). */
export function fromPlainError(error: { name: string; message: string; code?: string }): Error {
  const err = new Error(error.message);
  err.name = error.name;
  if (error.code !== undefined) Object.assign(err, { code: error.code });
  return err;
}

/** Prepares the write statements on `db` and returns the batch applier. */
export function sqliteWrites(db: Database.Database): (batch: Write[]) => WriteOutcome[] {
  const plain = (err: unknown): { name: string; message: string; code?: string } => {
    const e = err instanceof Error ? err : new Error(String(err));
    const code = (e as { code?: unknown }).code;
    return typeof code === 'string' ? { name: e.name, message: e.message, code } : { name: e.name, message: e.message };
  };
  const insertEvent = db.prepare(
    `INSERT OR IGNORE INTO events (delivery, name, action, repository, payload, received_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertJob = db.prepare(
    `INSERT INTO jobs (event_id, link_id, target, summary, status, next_attempt_at, created_at) VALUES (?, ?, ?, ?, 'queued', ?, ?)`,
  );
  const insertAttempt = db.prepare(
    `INSERT INTO attempts (job_id, link_id, target, started_at, duration_ms, status_code, error, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateJob = db.prepare(
    `UPDATE jobs SET status = ?, attempts = attempts + 1, next_attempt_at = COALESCE(?, next_attempt_at), finished_at = ?,
      last_status = ?, last_error = ? WHERE id = ?`,
  );
  const requeueJob = db
    .prepare(
      `UPDATE jobs SET status = 'queued', attempts = 0, next_attempt_at = ?, requeued_at = ?, finished_at = NULL
        WHERE id = ? AND status IN ('delivered', 'dead') RETURNING target`,
    )
    .pluck();
  const writeProbe = db.prepare(`INSERT INTO write_probe (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at`);

  function apply(w: Write): Ingested | string | undefined {
    switch (w.kind) {
      case 'ingest': {
        const { event, jobs } = w;
        const info = insertEvent.run(event.delivery, event.name, event.action ?? null, event.repository ?? null, event.payload, event.receivedAt);
        if (info.changes === 0) return { duplicate: true };
        const eventId = Number(info.lastInsertRowid);
        const jobIds = jobs.map((j) => Number(insertJob.run(eventId, j.linkId, j.target, j.summary, event.receivedAt, event.receivedAt).lastInsertRowid));
        return { duplicate: false, eventId, jobIds };
      }
      case 'attempt': {
        const a = w.attempt;
        const duration = Math.round(a.durationMs);
        insertAttempt.run(a.jobId, a.linkId, a.target, a.startedAt, duration, a.statusCode ?? null, a.error ?? null, a.outcome);
        const finished = a.outcome === 'retry' ? null : a.startedAt + duration;
        const status: JobStatus = a.outcome === 'retry' ? 'retrying' : a.outcome;
        if (updateJob.run(status, a.nextAttemptAt ?? null, finished, a.statusCode ?? null, a.error ?? null, a.jobId).changes !== 1) {
          throw new Error(`no job ${a.jobId} to record an attempt for`);
        }
        return undefined;
      }
      case 'requeue':
        return requeueJob.get(w.at, w.at, w.id) as string | undefined;
      case 'probe':
        writeProbe.run(w.at);
        return undefined;
    }
  }

  const together = db.transaction((batch: Write[]) => batch.map(apply));

  /**
   * One transaction for the batch. When that fails, each write is tried alone, so one bad write
   * fails only its own caller; on a full disk they all fail, each at once.
   */
  return function commit(batch: Write[]): WriteOutcome[] {
    try {
      return together(batch).map((value) => ({ ok: true, value }));
    } catch (err) {
      if (batch.length === 1) return [{ ok: false, error: plain(err) }];
    }
    return batch.flatMap((w) => commit([w]));
  };
}
