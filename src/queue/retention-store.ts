/**
 * The queue's side of retention (RETENTION_DAYS): deleting what is finished and old, a small
 * batch at a time, so that a pass over a month of history never holds the store for long.
 */

/** Rows one `prune` call deleted. */
export interface PruneCounts {
  events: number;
  jobs: number;
  attempts: number;
}

export interface RetentionStore {
  /**
   * Deletes up to `batch` finished jobs (delivered or dead) that finished before `before` (epoch
   * ms), with their attempts, then up to `batch` events received before `before` that have no job
   * left (their jobs pruned, or none ever stored). Open jobs (queued, retrying) are never touched,
   * nor the events they belong to; a dead letter stays until it is redelivered (and so open
   * again) or is itself that old. Fewer than `batch` jobs and events deleted means nothing older
   * is left. Safe to call from several replicas at once: each row is deleted once.
   */
  prune(before: number, batch: number): Promise<PruneCounts>;
  /**
   * After a pass that deleted rows: makes their space reusable at once where the store would
   * otherwise wait for its own housekeeping (PostgreSQL: VACUUM). Absent where deleted space is
   * reused by itself (SQLite's free pages).
   */
  reclaim?(): Promise<void>;
}
