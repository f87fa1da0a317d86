/**
 * The rows both SQL queues (SQLite and PostgreSQL) read, in the same columns, and how they
 * become the records of records.ts: one mapping, so the two cannot drift apart.
 */
import type { AttemptView, DeliveryView, DigestView, EventRecord, Job, JobInput, JobStatus, LinkStats } from './records.js';

export const OPEN = `status IN ('queued', 'retrying')`;

/** A JobRow's columns from jobs as `j` joined with its event as `e`. */
export const jobColumns = (j: string) =>
  `${j}.id, ${j}.event_id, e.delivery, e.name, ${j}.link_id, ${j}.target, ${j}.summary, ${j}.status, ${j}.attempts, ${j}.next_attempt_at, ${j}.created_at, ${j}.requeued_at`;
export const JOB_SELECT = `SELECT ${jobColumns('j')} FROM jobs j JOIN events e ON e.id = j.event_id`;
export const VIEW_SELECT = `SELECT j.id, e.delivery, e.name, e.action, e.repository, e.received_at, j.link_id, j.summary, j.status,
  j.last_status, j.last_error, j.next_attempt_at, j.finished_at FROM jobs j JOIN events e ON e.id = j.event_id`;
export const ATTEMPT_COLUMNS = 'job_id, started_at, duration_ms, status_code, error, outcome, digest';
/** The jobs each digest carried: `carried_by`'s rows for the digest ids in `$list`. */
export const DIGEST_SELECT = (list: string) =>
  `SELECT a.digest, a.job_id, e.delivery FROM attempts a JOIN jobs j ON j.id = a.job_id JOIN events e ON e.id = j.event_id WHERE a.digest IN (${list}) ORDER BY a.id`;

export interface DigestRow {
  digest: string;
  job_id: number;
  delivery: string;
}

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
  digest: string | null;
}

/** Digest ids named by `attempts`, to look up what each carried. */
export const digestIdsOf = (attempts: Iterable<AttemptRow>): string[] => [...new Set([...attempts].flatMap((a) => (a.digest ? [a.digest] : [])))];

/** Each digest with the jobs it carried (a job retried in one digest twice counts once). */
export function digestViews(rows: DigestRow[]): Map<string, DigestView> {
  const out = new Map<string, DigestView>();
  for (const r of rows) {
    let view = out.get(r.digest);
    if (!view) out.set(r.digest, (view = { id: r.digest, jobs: [], deliveries: [] }));
    const id = Number(r.job_id);
    if (view.jobs.includes(id)) continue;
    view.jobs.push(id);
    view.deliveries.push(r.delivery);
  }
  return out;
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
export const toDeliveryView = (r: ViewRow, attempts: AttemptRow[], digests: Map<string, DigestView> = new Map()): DeliveryView => ({
  id: r.id,
  delivery: r.delivery,
  event: r.name,
  action: r.action,
  repository: r.repository,
  linkId: r.link_id,
  summary: r.summary,
  status: r.status,
  attempts: attempts.map((a) => ({
    startedAt: new Date(a.started_at).toISOString(),
    durationMs: a.duration_ms,
    statusCode: a.status_code,
    error: a.error,
    outcome: a.outcome,
    ...(a.digest && digests.has(a.digest) && { digest: digests.get(a.digest)! }),
  })),
  lastStatusCode: r.last_status,
  lastError: r.last_error,
  receivedAt: new Date(r.received_at).toISOString(),
  nextAttemptAt: r.status === 'queued' || r.status === 'retrying' ? iso(r.next_attempt_at) : null,
  finishedAt: iso(r.finished_at),
});

/**
 * Backlog, dead letters and last attempts of the links `ids` selects (columns `link_id` and
 * `n`, its order), in one statement. The counts read only open and dead jobs (the status index),
 * never the delivered history; the times are one step each down attempts(link_id, started_at).
 */
export const linkStatsSql = (ids: string) => `
WITH l(link_id, n) AS (${ids}),
counts AS (
  SELECT link_id, sum(CASE WHEN status = 'dead' THEN 0 ELSE 1 END) AS backlog, sum(CASE WHEN status = 'dead' THEN 1 ELSE 0 END) AS dead
  FROM jobs WHERE status IN ('queued', 'retrying', 'dead') AND link_id IN (SELECT link_id FROM l)
  GROUP BY link_id
)
SELECT l.link_id, CAST(COALESCE(c.backlog, 0) AS integer) AS backlog, CAST(COALESCE(c.dead, 0) AS integer) AS dead,
  (SELECT a.started_at FROM attempts a WHERE a.link_id = l.link_id ORDER BY a.started_at DESC LIMIT 1) AS last_attempt_at,
  (SELECT a.started_at + a.duration_ms FROM attempts a WHERE a.link_id = l.link_id AND a.outcome = 'delivered' ORDER BY a.started_at DESC LIMIT 1) AS last_delivered_at
FROM l LEFT JOIN counts c ON c.link_id = l.link_id
ORDER BY l.n`;

export interface LinkStatsRow {
  link_id: string;
  backlog: number;
  dead: number;
  last_attempt_at: number | null;
  last_delivered_at: number | null;
}

export const toLinkStats = (r: LinkStatsRow): LinkStats => ({
  linkId: r.link_id,
  backlog: Number(r.backlog),
  dead: Number(r.dead),
  lastDeliveredAt: iso(r.last_delivered_at),
  lastAttemptAt: iso(r.last_attempt_at),
});
