/**
 * Every signed webhook the bridge answered and what it did with it: the console's answer to "did
 * GitHub send it?". Separate from the event store: ignored and duplicate webhooks are not stored
 * there, and this log may lose its last entries in a crash without losing an event.
 *
 * Bounded by count, not age: it keeps the newest `INCOMING_LOG_LIMIT` entries (older ones are
 * pruned as new ones are written), whatever RETENTION_DAYS says, so a burst of ignored webhooks
 * from an organisation hook cannot grow it without end.
 */
import type { IncomingEntry, IncomingOutcome } from './records.js';

export type { IncomingEntry, IncomingOutcome };

export const INCOMING_OUTCOMES: readonly IncomingOutcome[] = ['queued', 'ignored', 'duplicate'];

/** Entries kept; the oldest beyond this are pruned. */
export const INCOMING_LOG_LIMIT = 10_000;

/**
 * Rows between prunes: pruning after every batch made each DELETE walk the index entries of the
 * rows the previous ones had deleted (PostgreSQL: dead until vacuum; SQLite: a page of the
 * table and one of the index rewritten in every commit). `list` reads only the newest `keep`,
 * so the few more kept meanwhile are never seen.
 */
export const INCOMING_PRUNE_EVERY = 256;

/** How long the entries to write gather: a commit per event-loop turn cost ingest about 8% of its main thread. */
export const INCOMING_GATHER_MS = 25;

export interface IncomingRecord {
  delivery: string;
  event: string;
  action?: string;
  /** `owner/name` as GitHub sent it. */
  repository?: string;
  /** Epoch ms. */
  receivedAt: number;
  outcome: IncomingOutcome;
  /** Jobs queued: the links that will get a card (0 unless queued). */
  links: number;
  /** Why it was ignored. */
  reason?: string;
}


export interface IncomingFilter {
  event?: string;
  outcome?: IncomingOutcome;
  /** Only these repositories (matched case-insensitively); an empty list matches nothing. */
  repositories?: readonly string[];
  /** 1–500, default 50. */
  limit?: number;
  /** Only entries with an id below this (pagination, newest first). */
  beforeId?: number;
}

export interface IncomingLog {
  /**
   * Adds an entry. Writes are gathered and stored together shortly after; resolves once stored,
   * rejects when the store could not write it (the webhook's answer never waits for this).
   */
  record(entry: IncomingRecord): Promise<void>;
  /** Newest first. Waits for the entries recorded before it was called. */
  list(filter: IncomingFilter): Promise<IncomingEntry[]>;
  /** Stores what is waiting, then closes (the connection of a shared pool stays open). */
  close(): Promise<void>;
}

export interface IncomingLogOptions {
  /** Entries kept (INCOMING_LOG_LIMIT). */
  keep?: number;
}

export const incomingLimit = (limit: number | undefined) => Math.min(Math.max(limit ?? 50, 1), 500);

/** The columns both SQL logs read, and how a row becomes an entry. */
export const INCOMING_COLUMNS = 'id, delivery, event, action, repository, received_at, outcome, links, reason';

export interface IncomingRow {
  id: number;
  delivery: string;
  event: string;
  action: string | null;
  repository: string | null;
  received_at: number;
  outcome: IncomingOutcome;
  links: number;
  reason: string | null;
}

export const toIncomingEntry = (r: IncomingRow): IncomingEntry => ({
  id: Number(r.id),
  delivery: r.delivery,
  event: r.event,
  action: r.action,
  repository: r.repository,
  receivedAt: new Date(Number(r.received_at)).toISOString(),
  outcome: r.outcome,
  links: r.links,
  reason: r.reason,
});

/**
 * A filter as SQL conditions and their values; `param(i)` spells the i-th placeholder (`?` or
 * `$i`). Undefined when the filter can match nothing.
 */
/** `where` (from incomingWhere, maybe empty) narrowed further by `clause`. */
export const andWhere = (where: string, clause: string) => (where ? `${where} AND ${clause}` : `WHERE ${clause}`);

export function incomingWhere(filter: IncomingFilter, param: (i: number) => string): { where: string; params: unknown[] } | undefined {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (p: string) => string, value: unknown) => conditions.push(sql(param(params.push(value))));
  if (filter.repositories) {
    if (!filter.repositories.length) return undefined;
    const keys = [...new Set(filter.repositories.map((r) => r.toLowerCase()))];
    conditions.push(`repository_key IN (${keys.map((k) => param(params.push(k))).join(', ')})`);
  }
  if (filter.event) add((p) => `event = ${p}`, filter.event);
  if (filter.outcome) add((p) => `outcome = ${p}`, filter.outcome);
  if (filter.beforeId) add((p) => `id < ${p}`, filter.beforeId);
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}
