/**
 * Attempt records on PostgreSQL, group-committed: the records that arrive during one event-loop
 * turn go to the server as ONE statement (each attempt inserted, each job moved to its new state,
 * durable together or not at all), one batch at a time while the next gathers.
 *
 * One statement and commit per delivered card made every card wait for a pool connection and a
 * WAL flush of its own; with the worker's 128 lanes and a pool of 10, those were what delivery
 * waited on.
 *
 * Each caller still hears of its own record: an attempt of a job that does not exist rejects
 * alone (the statement moves only the jobs it finds and inserts only their attempts), and a
 * batch the server refuses (a value it cannot store) is tried one record at a time. Two records
 * of one job in a batch go in statements of their own, in order: one UPDATE cannot move a row
 * twice.
 */
import type pg from 'pg';
import { refusedValues, storableText } from '../db/postgres.js';
import { groupWriter, type Waiter } from '../util/group-writer.js';
import type { AttemptRecord, JobStatus } from './records.js';

type Pending = Waiter<AttemptRecord>;

const RECORD = `
WITH a AS (
  SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[], $5::int[], $6::int[], $7::text[], $8::text[], $9::text[], $10::bigint[], $11::bigint[], $12::text[])
    WITH ORDINALITY AS a(job_id, link_id, target, started_at, duration_ms, status_code, error, outcome, status, next_attempt_at, finished_at, digest, n)
), moved AS (
  UPDATE jobs j SET status = a.status, attempts = j.attempts + 1, next_attempt_at = COALESCE(a.next_attempt_at, j.next_attempt_at),
    finished_at = a.finished_at, last_status = a.status_code, last_error = a.error
  FROM a WHERE j.id = a.job_id
  RETURNING j.id
), inserted AS (
  INSERT INTO attempts (job_id, link_id, target, started_at, duration_ms, status_code, error, outcome, digest)
  SELECT job_id, link_id, target, started_at, duration_ms, status_code, error, outcome, digest FROM a
   WHERE job_id IN (SELECT id FROM moved) ORDER BY n
)
SELECT id FROM moved`;

export function createAttemptWriter(pool: pg.Pool) {
  /** Stores records of distinct jobs in one statement; the ids of the jobs it moved. */
  const store = async (batch: Pending[]): Promise<Set<number>> => {
    const rows = batch.map(({ item: a }) => {
      const duration = Math.round(a.durationMs);
      const status: JobStatus = a.outcome === 'retry' ? 'retrying' : a.outcome;
      return { a, duration, status, finished: a.outcome === 'retry' ? null : a.startedAt + duration };
    });
    const res = await pool.query<{ id: string | number }>(RECORD, [
      rows.map((r) => r.a.jobId),
      rows.map((r) => r.a.linkId),
      rows.map((r) => r.a.target),
      rows.map((r) => r.a.startedAt),
      rows.map((r) => r.duration),
      rows.map((r) => r.a.statusCode ?? null),
      rows.map((r) => (r.a.error === undefined ? null : storableText(r.a.error))),
      rows.map((r) => r.a.outcome),
      rows.map((r) => r.status),
      rows.map((r) => r.a.nextAttemptAt ?? null),
      rows.map((r) => r.finished),
      rows.map((r) => r.a.digest ?? null),
    ]);
    return new Set(res.rows.map((r) => Number(r.id)));
  };

  const settle = async (batch: Pending[]): Promise<void> => {
    try {
      const moved = await store(batch);
      for (const p of batch) {
        if (moved.has(p.item.jobId)) p.resolve();
        else p.reject(new Error(`no job ${p.item.jobId} to record an attempt for`));
      }
    } catch (err) {
      if (batch.length === 1 || !refusedValues(err)) return batch.forEach((p) => p.reject(err));
      for (const p of batch) await settle([p]);
    }
  };

  /** Writes a batch as statements of distinct jobs, in arrival order. */
  const write = async (batch: Pending[]): Promise<void> => {
    while (batch.length) {
      const jobs = new Set<number>();
      const now: Pending[] = [];
      const later: Pending[] = [];
      for (const p of batch) {
        if (jobs.has(p.item.jobId)) later.push(p);
        else (jobs.add(p.item.jobId), now.push(p));
      }
      await settle(now);
      batch = later;
    }
  };

  const writer = groupWriter(write, 'attempt log');
  return {
    record: (attempt: AttemptRecord) => writer.add(attempt),
    /** Resolves once every record asked for so far is settled. */
    drain: () => writer.drain(),
  };
}
