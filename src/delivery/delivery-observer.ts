import type { AttemptRecord, Job } from '../queue/records.js';

/**
 * What the delivery worker tells whoever watches it (the metrics): each attempt once it is
 * stored, and how long a post that was ready had to wait on Teams' rate windows. Calls are
 * synchronous and must not throw; the worker does not wait on them.
 */
export interface DeliveryObserver {
  /** `attempt` of `job` is stored; `job` is as it was before the attempt (its createdAt and requeuedAt). */
  settled(job: Job, attempt: AttemptRecord): void;
  /** A post held back by a rate window started after waiting `ms`. */
  windowWait(ms: number): void;
}
