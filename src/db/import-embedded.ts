/**
 * Moves an embedded installation (lowdb links, the SQLite queue) into PostgreSQL, for
 * `npm run migrate-to-postgres`. Idempotent: links are matched by id and events by delivery
 * id, so a second run (or one after an interrupted first) moves only what is missing. Each
 * event moves with its jobs and their attempts in one transaction, so a partial run never
 * leaves an event without its jobs. Webhook URLs stay sealed with the same ENCRYPTION_KEY,
 * which every replica must then share.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type pg from 'pg';
import type { Link } from '../links/link.js';
import { targetKeyOf } from '../links/target-key.js';
import { storableText, transaction, type Postgres } from './postgres.js';

export interface ImportReport {
  links: { moved: number; present: number };
  events: { moved: number; present: number };
  jobs: { moved: number; open: number; dead: number };
  attempts: number;
}

export interface ImportSource {
  dataDir: string;
  /** The embedded links, decrypted (the lowdb store's list()). */
  links: readonly Link[];
}

export interface ImportTarget {
  db: Postgres;
  /** Inserts a link as it is, id included; false when that id is already there. */
  adoptLink(link: Link): Promise<boolean>;
}

interface EventRow {
  id: number;
  delivery: string;
  name: string;
  action: string | null;
  repository: string | null;
  payload: string;
  received_at: number;
}

interface JobRow {
  id: number;
  event_id: number;
  link_id: string;
  summary: string;
  status: string;
  attempts: number;
  next_attempt_at: number;
  created_at: number;
  finished_at: number | null;
  last_status: number | null;
  last_error: string | null;
}

interface AttemptRow {
  job_id: number;
  link_id: string;
  started_at: number;
  duration_ms: number;
  status_code: number | null;
  error: string | null;
  outcome: string;
  /** The digest post the attempt was part of (docs/digests.md); null for a card of its own. */
  digest: string | null;
}

/** Events per transaction: big enough to be quick, small enough to keep payloads in memory bounded. */
const BATCH = 100;

const placeholders = (rows: number, cols: number, from = 1) =>
  Array.from({ length: rows }, (_, r) => `(${Array.from({ length: cols }, (_, c) => `$${from + r * cols + c}`).join(', ')})`).join(', ');

export async function importEmbedded(source: ImportSource, target: ImportTarget): Promise<ImportReport> {
  const report: ImportReport = { links: { moved: 0, present: 0 }, events: { moved: 0, present: 0 }, jobs: { moved: 0, open: 0, dead: 0 }, attempts: 0 };
  for (const link of source.links) {
    if (await target.adoptLink(link)) report.links.moved++;
    else report.links.present++;
  }
  // A job of a link deleted since keeps a target of its own; the worker dead-letters it unsent.
  const targets = new Map(source.links.map((l) => [l.id, targetKeyOf(l.webhookUrl)]));
  const targetOf = (linkId: string) => targets.get(linkId) ?? `deleted-link:${linkId}`;

  const file = join(source.dataDir, 'events.sqlite');
  if (!existsSync(file)) return report;
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const eventPage = sqlite.prepare(`SELECT id, delivery, name, action, repository, payload, received_at FROM events WHERE id > ? ORDER BY id LIMIT ${BATCH}`);
    const jobsOf = sqlite.prepare(`SELECT id, event_id, link_id, summary, status, attempts, next_attempt_at, created_at, finished_at, last_status, last_error FROM jobs WHERE event_id = ? ORDER BY id`);
    // A queue file last opened by a bridge older than digests has no digest column: its attempts were all cards of their own.
    const hasDigest = (sqlite.prepare(`SELECT name FROM pragma_table_info('attempts')`).pluck().all() as string[]).includes('digest');
    const attemptsOf = sqlite.prepare(
      `SELECT job_id, link_id, started_at, duration_ms, status_code, error, outcome, ${hasDigest ? 'digest' : 'NULL AS digest'} FROM attempts WHERE job_id = ? ORDER BY id`,
    );
    const openTargets = new Set<string>();
    for (let after = 0; ; ) {
      const events = eventPage.all(after) as EventRow[];
      if (events.length === 0) break;
      after = events[events.length - 1].id;
      await transaction(target.db.pool, async (client) => {
        const inserted = await client.query<{ id: number; delivery: string }>(
          `INSERT INTO events (delivery, name, action, repository, payload, received_at) VALUES ${placeholders(events.length, 6)}
            ON CONFLICT (delivery) DO NOTHING RETURNING id, delivery`,
          events.flatMap((e) => [e.delivery, e.name, e.action, e.repository, storableText(e.payload), e.received_at]),
        );
        report.events.present += events.length - inserted.rows.length;
        report.events.moved += inserted.rows.length;
        const newId = new Map(inserted.rows.map((r) => [r.delivery, r.id]));
        for (const event of events) {
          const eventId = newId.get(event.delivery);
          if (eventId !== undefined) await moveJobs(client, eventId, jobsOf.all(event.id) as JobRow[]);
        }
      });
    }

    async function moveJobs(client: pg.PoolClient, eventId: number, jobs: JobRow[]) {
      for (const job of jobs) {
        const jobTarget = targetOf(job.link_id);
        const { rows } = await client.query<{ id: number }>(
          `INSERT INTO jobs (event_id, link_id, target, summary, status, attempts, next_attempt_at, created_at, finished_at, last_status, last_error)
            VALUES ${placeholders(1, 11)} RETURNING id`,
          [eventId, job.link_id, jobTarget, storableText(job.summary), job.status, job.attempts, job.next_attempt_at, job.created_at, job.finished_at, job.last_status, job.last_error === null ? null : storableText(job.last_error)],
        );
        report.jobs.moved++;
        if (job.status === 'queued' || job.status === 'retrying') {
          report.jobs.open++;
          openTargets.add(jobTarget);
        } else if (job.status === 'dead') report.jobs.dead++;
        const attempts = attemptsOf.all(job.id) as AttemptRow[];
        if (attempts.length === 0) continue;
        await client.query(
          `INSERT INTO attempts (job_id, link_id, target, started_at, duration_ms, status_code, error, outcome, digest) VALUES ${placeholders(attempts.length, 9)}`,
          attempts.flatMap((a) => [rows[0].id, a.link_id, jobTarget, a.started_at, a.duration_ms, a.status_code, a.error === null ? null : storableText(a.error), a.outcome, a.digest]),
        );
        report.attempts += attempts.length;
      }
    }
    // Replicas already running pick the moved work up now rather than at their next claim round.
    if (openTargets.size) await target.db.pool.query('SELECT pg_notify($1, $2)', [target.db.channel('bridge_work'), [...openTargets].join(',')]);
  } finally {
    sqlite.close();
  }
  return report;
}
