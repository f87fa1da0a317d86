/**
 * The worker's side of the queue: claims on webhook targets under leases, the open jobs of a
 * claimed target, and awaited records of every attempt. One replica at a time holds a target
 * (a Teams webhook, keyed by `targetKeyOf(url)`), so each channel's order and Teams' rate
 * windows hold across replicas. Implementations: SQLite (embedded, one process) and PostgreSQL.
 */
import type { AttemptRecord, Job } from './records.js';

/** An event as stored: its GitHub name and payload text. */
export interface StoredEvent {
  name: string;
  payload: string;
}

export interface JobQueue {
  /**
   * Leases up to `limit` targets that have open jobs and no live lease of another owner (a
   * lease whose `until` has passed is free), for `leaseMs` from now; the targets whose oldest
   * open job is oldest go first. Resolves with the targets newly held by `owner`, in no
   * particular order; targets it already holds are renewed and not returned again.
   */
  claim(owner: string, leaseMs: number, limit: number): Promise<string[]>;
  /**
   * Extends `owner`'s leases; resolves with those of `targets` it still holds. A lease that ran
   * out but that nobody else has taken is still held, and renewed.
   */
  renew(owner: string, targets: string[], leaseMs: number): Promise<string[]>;
  /** Gives leases up at once (a stop, or a target with nothing left to send). */
  release(owner: string, targets: string[]): Promise<void>;
  /**
   * Open jobs (queued or retrying) of one target, oldest first, at most `limit` (default 100)
   * with an id above `afterId`. Another replica's ingest may commit a lower id after a higher
   * one: after a wake-up, read again from the start rather than from the last id seen.
   */
  openJobs(target: string, afterId?: number, limit?: number): Promise<Job[]>;
  /**
   * The stored events of jobs, to render their cards when they are sent, by id; those no longer
   * stored are left out. Many in one read: one round trip for a burst of sends or a digest.
   */
  loadEvents(eventIds: readonly number[]): Promise<Map<number, StoredEvent>>;
  /**
   * Records one attempt and the job's new state; resolves once durable and rejects on a storage
   * error, so the worker never sends on while it cannot remember what it sent.
   */
  record(attempt: AttemptRecord): Promise<void>;
  /**
   * A new owner's rate windows: for each post to `target` started at or after `since` (epoch
   * ms), when it was answered (start + duration), earliest first. Attempts of every link on
   * that webhook count; a digest post (one attempt per job it carried) counts once.
   */
  sendsSince(target: string, since: number): Promise<number[]>;
  /**
   * Calls `wake` with the targets that got new or requeued work, or that a holder released with
   * work left, from this replica or any other (PostgreSQL: LISTEN/NOTIFY). A wake may name a
   * target with nothing new (after a lost connection, every target with open jobs): it is a hint
   * to claim, never a claim. Returns a function that stops the calls.
   */
  onWork(wake: (targets: string[]) => void): () => void;
}
