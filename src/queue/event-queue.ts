/**
 * Durable storage of acknowledged events and their delivery jobs. The SQLite implementation is
 * the embedded one; the interface is small so a PostgreSQL one can replace it for replicas.
 */

export type JobStatus = 'queued' | 'retrying' | 'delivered' | 'dead';

export interface EventRecord {
  delivery: string;
  name: string;
  action?: string;
  repository?: string;
  /** Raw JSON body as received, kept for audit and re-rendering. */
  payload: string;
  receivedAt: number;
}

export interface JobInput {
  linkId: string;
  /** One line describing the card, for the delivery log. */
  summary: string;
}

export interface Job {
  id: number;
  eventId: number;
  delivery: string;
  eventName: string;
  linkId: string;
  summary: string;
  status: JobStatus;
  attempts: number;
  /** Epoch ms before which the job must not be tried again. */
  nextAttemptAt: number;
  createdAt: number;
}

export type AttemptOutcome = 'delivered' | 'retry' | 'dead';

export interface AttemptRecord {
  jobId: number;
  linkId: string;
  startedAt: number;
  durationMs: number;
  /** HTTP status from Teams, absent on network errors and timeouts. */
  statusCode?: number;
  error?: string;
  outcome: AttemptOutcome;
  /** For `retry`: when to try next. */
  nextAttemptAt?: number;
}

export interface AttemptView {
  startedAt: string;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  outcome: AttemptOutcome;
}

export interface DeliveryView {
  id: number;
  delivery: string;
  event: string;
  action: string | null;
  repository: string | null;
  linkId: string;
  summary: string;
  status: JobStatus;
  attempts: AttemptView[];
  lastStatusCode: number | null;
  lastError: string | null;
  receivedAt: string;
  nextAttemptAt: string | null;
  finishedAt: string | null;
}

export interface DeliveryFilter {
  linkId?: string;
  status?: JobStatus;
  limit?: number;
  /** Only jobs with an id below this (pagination, newest first). */
  beforeId?: number;
}

export interface IngestResult {
  /** The delivery id was seen before: nothing was stored. */
  duplicate: boolean;
  eventId?: number;
  jobs: Job[];
}

/**
 * Every read is asynchronous even though SQLite answers at once: a PostgreSQL implementation
 * for several replicas must fit the same interface. Jobs carry no card: the worker renders it
 * from the stored event when it sends, so a backlog costs a few bytes a job in memory.
 */
export interface EventQueue {
  /** Stores the event and its jobs atomically; resolves once durable. */
  ingest(event: EventRecord, jobs: JobInput[]): Promise<IngestResult>;
  /** The stored event of a job, to render its card. */
  loadEvent(eventId: number): Promise<Pick<EventRecord, 'name' | 'payload'> | undefined>;
  /** Jobs still to deliver (queued or retrying), oldest first: the worker's start-up backlog. */
  pending(): Promise<Job[]>;
  /**
   * Records one attempt and the job's new state; resolves once durable, rejects when the write
   * failed (a full disk, say) and nothing was recorded, so the caller can hold the job and retry.
   */
  recordAttempt(attempt: AttemptRecord): Promise<void>;
  /** Attempts started since `since` (epoch ms), per link, each at the time it was answered: restores rate windows after a restart. */
  sendsSince(since: number): Promise<Array<{ linkId: string; at: number }>>;
  getJob(id: number): Promise<Job | undefined>;
  /** Puts a finished job back in the queue (manual redelivery); returns the job, or undefined. */
  requeue(id: number): Promise<Job | undefined>;
  listDeliveries(filter: DeliveryFilter): Promise<DeliveryView[]>;
  getDelivery(id: number): Promise<DeliveryView | undefined>;
  /** Number of stored events (for metrics and tests): counts every row, so not for probes. */
  eventCount(): Promise<number>;
  /**
   * The readiness probe: resolves when the store answers a query, whatever its size, and its
   * last write succeeded; after a failed write it tries one small write, so readiness comes
   * back by itself once the store can write again.
   */
  ping(): Promise<void>;
  close(): Promise<void>;
}
