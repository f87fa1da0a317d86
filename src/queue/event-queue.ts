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
  /** Rendered Teams message (JSON text) to post. */
  message: string;
  /** One line describing the card, for the delivery log. */
  summary: string;
}

export interface Job {
  id: number;
  eventId: number;
  delivery: string;
  eventName: string;
  linkId: string;
  message: string;
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

export interface EventQueue {
  /** Stores the event and its jobs atomically; resolves once durable. */
  ingest(event: EventRecord, jobs: JobInput[]): Promise<IngestResult>;
  /** Jobs still to deliver (queued or retrying), oldest first: the worker's start-up backlog. */
  pending(): Job[];
  /** Records one attempt and the job's new state; batched and durable shortly after. */
  recordAttempt(attempt: AttemptRecord): void;
  /** Attempts made since `since` (epoch ms), per link, to restore rate windows after a restart. */
  sendsSince(since: number): Array<{ linkId: string; at: number }>;
  getJob(id: number): Job | undefined;
  /** Puts a finished job back in the queue (manual redelivery); returns the job, or undefined. */
  requeue(id: number): Job | undefined;
  listDeliveries(filter: DeliveryFilter): DeliveryView[];
  getDelivery(id: number): DeliveryView | undefined;
  /** Number of stored events (for metrics and benches). */
  eventCount(): number;
  close(): Promise<void>;
}
