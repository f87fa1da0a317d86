/**
 * The rows both SQL queues (SQLite and PostgreSQL) read, in the same columns, and how they
 * become the records of records.ts: one mapping, so the two cannot drift apart.
 */
import type { AttemptView, DeliveryView, EventRecord, Job, JobInput, JobStatus } from './records.js';

export const OPEN = `status IN ('queued', 'retrying')`;

/** A JobRow's columns from jobs as `j` joined with its event as `e`. */
export const jobColumns = (j: string) =>
  `${j}.id, ${j}.event_id, e.delivery, e.name, ${j}.link_id, ${j}.target, ${j}.summary, ${j}.status, ${j}.attempts, ${j}.next_attempt_at, ${j}.created_at, ${j}.requeued_at`;
export const JOB_SELECT = `SELECT ${jobColumns('j')} FROM jobs j JOIN events e ON e.id = j.event_id`;
export const VIEW_SELECT = `SELECT j.id, e.delivery, e.name, e.action, e.repository, e.received_at, j.link_id, j.summary, j.status,
  j.last_status, j.last_error, j.next_attempt_at, j.finished_at FROM jobs j JOIN events e ON e.id = j.event_id`;
export const ATTEMPT_COLUMNS = 'job_id, started_at, duration_ms, status_code, error, outcome';

export interface JobRow {
  id: number;
  event_id: number;
  delivery: string;
  name: string;
  link_id: string;
  target: string;
  summary: string;
  status: JobStatus;
  attempts: number;
  next_attempt_at: number;
  created_at: number;
  requeued_at: number | null;
}

export interface ViewRow {
  id: number;
  delivery: string;
  name: string;
  action: string | null;
  repository: string | null;
  received_at: number;
  link_id: string;
  summary: string;
  status: JobStatus;
  last_status: number | null;
  last_error: string | null;
  next_attempt_at: number;
  finished_at: number | null;
}

export interface AttemptRow {
  job_id: number;
  started_at: number;
  duration_ms: number;
  status_code: number | null;
  error: string | null;
  outcome: AttemptView['outcome'];
}

export const toJob = (r: JobRow): Job => ({
  id: r.id,
  eventId: r.event_id,
  delivery: r.delivery,
  eventName: r.name,
  linkId: r.link_id,
  target: r.target,
  summary: r.summary,
  status: r.status,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  createdAt: r.created_at,
  ...(r.requeued_at !== null && { requeuedAt: r.requeued_at }),
});

/** A job as ingest answers it: just stored, queued, not tried yet. */
export const storedJob = (id: number, eventId: number, event: Pick<EventRecord, 'delivery' | 'name' | 'receivedAt'>, input: JobInput, summary = input.summary): Job => ({
  id,
  eventId,
  delivery: event.delivery,
  eventName: event.name,
  linkId: input.linkId,
  target: input.target,
  summary,
  status: 'queued',
  attempts: 0,
  nextAttemptAt: event.receivedAt,
  createdAt: event.receivedAt,
});

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The job of `r` with its attempts (`attempts`: that job's, in the order they were made). */
export const toDeliveryView = (r: ViewRow, attempts: AttemptRow[]): DeliveryView => ({
  id: r.id,
  delivery: r.delivery,
  event: r.name,
  action: r.action,
  repository: r.repository,
  linkId: r.link_id,
  summary: r.summary,
  status: r.status,
  attempts: attempts.map((a) => ({ startedAt: new Date(a.started_at).toISOString(), durationMs: a.duration_ms, statusCode: a.status_code, error: a.error, outcome: a.outcome })),
  lastStatusCode: r.last_status,
  lastError: r.last_error,
  receivedAt: new Date(r.received_at).toISOString(),
  nextAttemptAt: r.status === 'queued' || r.status === 'retrying' ? iso(r.next_attempt_at) : null,
  finishedAt: iso(r.finished_at),
});
