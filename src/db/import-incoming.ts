/**
 * Moves the embedded incoming log (`DATA_DIR/incoming.sqlite`, the console's "did GitHub send
 * it?") into PostgreSQL's `incoming` table, for `npm run migrate-to-postgres`, so the console
 * shows the same history after moving up.
 *
 * - Idempotent: an entry is the same when its delivery id, time and outcome are (a delivery can
 *   have several entries: a redelivery is noted again as a duplicate), and those already there
 *   are skipped.
 * - Order kept: the console lists newest first by id. Into an empty table the entries go in
 *   their order and take ids from the sequence; into one that replicas have written since, they
 *   take the ids just below its lowest, so they stay older than what is there, and the sequence
 *   never hands out one of theirs.
 * - Only the newest INCOMING_LOG_LIMIT move: the log keeps no more.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { INCOMING_COLUMNS, INCOMING_LOG_LIMIT, type IncomingRow } from '../queue/incoming-log.js';
import { storableText, transaction, type Postgres } from './postgres.js';

export interface IncomingImport {
  moved: number;
  present: number;
}

const keyOf = (delivery: string, receivedAt: number | string, outcome: string) => `${delivery}\n${Number(receivedAt)}\n${outcome}`;
const text = (value: string | null) => (value === null ? null : storableText(value));

export async function importIncoming(dataDir: string, db: Postgres): Promise<IncomingImport> {
  const file = join(dataDir, 'incoming.sqlite');
  if (!existsSync(file)) return { moved: 0, present: 0 };
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  let rows: Array<IncomingRow & { repository_key: string | null }>;
  try {
    rows = (
      sqlite.prepare(`SELECT ${INCOMING_COLUMNS}, repository_key FROM incoming ORDER BY id DESC LIMIT ?`).all(INCOMING_LOG_LIMIT) as typeof rows
    ).reverse();
  } finally {
    sqlite.close();
  }
  return transaction(db.pool, async (client) => {
    // Two migrations at once would both see the entries missing: one waits for the other.
    await client.query('LOCK TABLE incoming IN SHARE ROW EXCLUSIVE MODE');
    const there = await client.query<{ delivery: string; received_at: string; outcome: string }>(`SELECT delivery, received_at, outcome FROM incoming`);
    const present = new Set(there.rows.map((r) => keyOf(r.delivery, r.received_at, r.outcome)));
    const missing = rows.filter((r) => !present.has(keyOf(storableText(r.delivery), r.received_at, r.outcome)));
    if (missing.length) {
      const lowest = (await client.query<{ id: string | null }>(`SELECT min(id) AS id FROM incoming`)).rows[0]!.id;
      const ids = lowest === null ? null : missing.map((_, i) => Number(lowest) - missing.length + i);
      await client.query(
        `INSERT INTO incoming (id, delivery, event, action, repository, repository_key, received_at, outcome, links, reason)
         SELECT COALESCE(id, nextval(pg_get_serial_sequence('incoming', 'id'))), delivery, event, action, repository, repository_key, received_at, outcome, links, reason
           FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::text[], $9::int[], $10::text[])
             WITH ORDINALITY AS e(id, delivery, event, action, repository, repository_key, received_at, outcome, links, reason, n)
          ORDER BY n`,
        [
          ids ?? missing.map(() => null),
          missing.map((r) => storableText(r.delivery)),
          missing.map((r) => storableText(r.event)),
          missing.map((r) => text(r.action)),
          missing.map((r) => text(r.repository)),
          missing.map((r) => text(r.repository_key)),
          missing.map((r) => r.received_at),
          missing.map((r) => r.outcome),
          missing.map((r) => r.links),
          missing.map((r) => text(r.reason)),
        ],
      );
    }
    return { moved: missing.length, present: rows.length - missing.length };
  });
}
