/**
 * The incoming log in a SQLite file of its own (`DATA_DIR/incoming.sqlite`), not in the queue's:
 * SQLite has one writer per file, and the queue's group commit must never wait behind this log.
 * It syncs nothing itself (WAL, synchronous=NORMAL): a crash may lose the last entries, never an
 * event. A store from before this log simply gains the file on its next start.
 */
import { closeSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';
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

const TABLE = `
CREATE TABLE IF NOT EXISTS incoming (
  id INTEGER PRIMARY KEY,
  delivery TEXT NOT NULL,
  event TEXT NOT NULL,
  action TEXT,
  repository TEXT,
  repository_key TEXT,
  received_at INTEGER NOT NULL,
  outcome TEXT NOT NULL,
  links INTEGER NOT NULL,
  reason TEXT
);
CREATE INDEX IF NOT EXISTS incoming_repository ON incoming (repository_key, id);
`;

export function openSqliteIncomingLog(path: string, options: IncomingLogOptions = {}): IncomingLog {
  const keep = options.keep ?? INCOMING_LOG_LIMIT;
  // Created private, as the queue's file: the -wal and -shm files take its mode.
  if (path !== ':memory:') closeSync(openSync(path, 'a', 0o600));
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 1000');
  db.exec(TABLE);

  const insert = db.prepare(
    `INSERT INTO incoming (delivery, event, action, repository, repository_key, received_at, outcome, links, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // Ids only grow (the newest row is never deleted), so the newest `keep` are the top ids.
  const prune = db.prepare(`DELETE FROM incoming WHERE id <= ?`);
  const writeBatch = db.transaction((batch: IncomingRecord[]) => {
    let first = 0;
    let last = 0;
    for (const e of batch) {
      last = Number(insert.run(e.delivery, e.event, e.action ?? null, e.repository ?? null, e.repository?.toLowerCase() ?? null, e.receivedAt, e.outcome, e.links, e.reason ?? null).lastInsertRowid);
      first ||= last;
    }
    if (Math.floor(last / PRUNE_EVERY) > Math.floor((first - 1) / PRUNE_EVERY)) prune.run(last - keep);
  });
  const writer = groupWriter(allOrNothing(writeBatch), 'incoming log', { gatherMs: INCOMING_GATHER_MS });
  let closed = false;

  return {
    record: (entry) => writer.add(entry),
    async list(filter) {
      await writer.drain();
      if (closed) throw new Error('incoming log is closed');
      const where = incomingWhere(filter, () => '?');
      if (!where) return [];
      // The newest `keep` only: up to PRUNE_EVERY older ones wait for the next prune.
      const newest = 'id > (SELECT max(id) FROM incoming) - ?';
      const rows = db
        .prepare(`SELECT ${INCOMING_COLUMNS} FROM incoming ${andWhere(where.where, newest)} ORDER BY id DESC LIMIT ?`)
        .all(...where.params, keep, incomingLimit(filter.limit));
      return (rows as IncomingRow[]).map(toIncomingEntry);
    },
    async close() {
      if (closed) return;
      writer.close();
      await writer.drain();
      closed = true;
      db.close();
    },
  };
}
