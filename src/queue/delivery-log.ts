/**
 * What the API and the console read of deliveries, and the one write they make (redelivery).
 */
import type { DeliveryFilter, DeliveryView, Job } from './records.js';

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
  /** Stored events (tests and metrics): counts every row, so not for probes. */
  eventCount(): Promise<number>;
}
