/**
 * Ingest's side of the queue: an acknowledged webhook and its jobs, stored atomically.
 */
import type { EventRecord, IngestResult, JobInput } from './records.js';

export interface EventStore {
  /**
   * Stores the event and one job per input in one transaction and resolves once it is durable
   * (concurrent calls may share a commit). A delivery id stored before stores nothing and
   * resolves `{ duplicate: true }`. Wakes whichever replica holds each job's target.
   */
  ingest(event: EventRecord, jobs: JobInput[]): Promise<IngestResult>;
  /** Resolves when the store answers a one-row query: the readiness probe. */
  ping(): Promise<void>;
}
