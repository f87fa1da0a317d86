/**
 * The incoming log in PostgreSQL (table `incoming`, migration 3), shared by every replica. The
 * entries of one event-loop turn go in as one statement, which also prunes past the newest
 * `keep`; ids come from one sequence, so with several replicas "newest" is by id, close to
 * arrival order.
 */
import { storableText, type Postgres } from '../db/postgres.js';
import { allOrNothing, groupWriter } from '../util/group-writer.js';
import {
  andWhere,
  INCOMING_COLUMNS,
  INCOMING_GATHER_MS,
  INCOMING_PRUNE_EVERY as PRUNE_EVERY,
  INCOMING_LOG_LIMIT,
  incomingLimit,
  incomingWhere,
  toIncomingEntry,
  type IncomingLog,
  type IncomingLogOptions,
  type IncomingRecord,
  type IncomingRow,
} from './incoming-log.js';

/**
 * One statement inserts a batch and, when its ids cross a multiple of PRUNE_EVERY, prunes past
 * the newest `keep`. It commits without waiting for the log's flush (set_config, local to this
 * statement's transaction, and read by the INSERT so that it always runs; as a condition of the
 * DELETE alone it ran only when the DELETE's other conditions held): like the SQLite log, a crash
 * may lose the last entries, never an event, and a webhook's answer never waits for a second WAL
 * flush.
 */
const INSERT = `
WITH async AS (SELECT set_config('synchronous_commit', 'off', true) AS setting),
ins AS (
  INSERT INTO incoming (delivery, event, action, repository, repository_key, received_at, outcome, links, reason)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::text[], $8::int[], $9::text[])
   WHERE (SELECT setting FROM async) = 'off'
  RETURNING id
), span AS (SELECT min(id) AS first, max(id) AS last FROM ins)
DELETE FROM incoming
 WHERE id <= (SELECT last FROM span) - $10
   AND (SELECT last / ${PRUNE_EVERY} > (first - 1) / ${PRUNE_EVERY} FROM span)`;

const text = (value: string | undefined) => (value === undefined ? null : storableText(value));

export function openPostgresIncomingLog(db: Postgres, options: IncomingLogOptions = {}): IncomingLog {
  const keep = options.keep ?? INCOMING_LOG_LIMIT;
  const write = async (all: IncomingRecord[]) => {
    // The DELETE does not see the rows its own statement inserts: a batch larger than `keep`
    // would outlive it. Its oldest entries would be pruned at once anyway.
    const batch = all.slice(-keep);
    await db.pool.query(INSERT, [
      batch.map((e) => storableText(e.delivery)),
      batch.map((e) => storableText(e.event)),
      batch.map((e) => text(e.action)),
      batch.map((e) => text(e.repository)),
      batch.map((e) => text(e.repository?.toLowerCase())),
      batch.map((e) => e.receivedAt),
      batch.map((e) => e.outcome),
      batch.map((e) => e.links),
      batch.map((e) => text(e.reason)),
      keep,
    ]);
  };
  const writer = groupWriter(allOrNothing(write), 'incoming log', { gatherMs: INCOMING_GATHER_MS });

  return {
    record: (entry) => writer.add(entry),
    async list(filter) {
      await writer.drain();
      const where = incomingWhere(filter, (i) => `$${i}`);
      if (!where) return [];
      const limit = `$${where.params.length + 1}`;
      // The newest `keep` only: up to PRUNE_EVERY older ones wait for the next prune.
      const newest = `id > (SELECT max(id) FROM incoming) - $${where.params.length + 2}`;
      const res = await db.pool.query<IncomingRow>(
        `SELECT ${INCOMING_COLUMNS} FROM incoming ${andWhere(where.where, newest)} ORDER BY id DESC LIMIT ${limit}`,
        [...where.params, incomingLimit(filter.limit), keep],
      );
      return res.rows.map(toIncomingEntry);
    },
    async close() {
      writer.close();
      await writer.drain();
    },
  };
}
