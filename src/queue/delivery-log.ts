/**
 * What the API and the console read of deliveries, and the writes they make: redelivery, and
 * moving a link's open jobs when its webhook URL changes.
 */
import type { DeliveryFilter, DeliveryView, Job, JobStatus, LinkStats } from './records.js';

export interface DeliveryLog {
  /** Newest first, paginated with `beforeId`. */
  list(filter: DeliveryFilter): Promise<DeliveryView[]>;
  get(id: number): Promise<DeliveryView | undefined>;
  getJob(id: number): Promise<Job | undefined>;
  /**
   * Puts a delivered or dead job back in the queue (manual redelivery) with a fresh retry budget
   * and wakes its target's owner; undefined when there is no such finished job.
   */
  requeue(id: number): Promise<Job | undefined>;
  /**
   * Puts every dead letter of a link back in the queue at once, as `requeue` does each (a fresh
   * retry budget), and wakes their target once; resolves with how many were requeued.
   */
  requeueDead(linkId: string): Promise<number>;
  /**
   * Moves the open jobs of a link to another webhook target (its URL was changed), so that its
   * backlog is sent under the new target's lease and rate windows, and wakes that target's
   * owner; resolves with how many moved. Finished jobs keep the target they were sent to.
   */
  retarget(linkId: string, target: string): Promise<number>;
  /**
   * Backlog, dead letters and last attempts of each of `linkIds`, in that order, in one query;
   * a link without jobs gets zeros and nulls.
   */
  linkStats(linkIds: readonly string[]): Promise<LinkStats[]>;
  /** Stored events (tests and metrics): counts every row, so not for probes. */
  eventCount(): Promise<number>;
  /**
   * Jobs per status, every status present (0 when none), for the `bridge_jobs` gauge. One pass
   * over the status index: cheap enough for a scrape every few seconds, not for a hot path. On a
   * shared database it is the figure of every replica together.
   */
  countByStatus(): Promise<Record<JobStatus, number>>;
}
