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
  INCOMING_COLUMNS,
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
  const prune = db.prepare(`DELETE FROM incoming WHERE id <= (SELECT max(id) FROM incoming) - ?`);
  const writeBatch = db.transaction((batch: IncomingRecord[]) => {
    for (const e of batch) {
      insert.run(e.delivery, e.event, e.action ?? null, e.repository ?? null, e.repository?.toLowerCase() ?? null, e.receivedAt, e.outcome, e.links, e.reason ?? null);
    }
    prune.run(keep);
  });
  const writer = groupWriter(allOrNothing(writeBatch), 'incoming log');
  let closed = false;

  return {
    record: (entry) => writer.add(entry),
    async list(filter) {
      await writer.drain();
      if (closed) throw new Error('incoming log is closed');
      const where = incomingWhere(filter, () => '?');
      if (!where) return [];
      const rows = db.prepare(`SELECT ${INCOMING_COLUMNS} FROM incoming ${where.where} ORDER BY id DESC LIMIT ?`).all(...where.params, incomingLimit(filter.limit));
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
