/**
 * The records the storage interfaces exchange. Times are epoch milliseconds. A job names its
 * webhook target (`targetKeyOf` of the link's URL): the unit of leases and of Teams' windows.
 */

export type JobStatus = 'queued' | 'retrying' | 'delivered' | 'dead';

export interface EventRecord {
  delivery: string;
  name: string;
  action?: string;
  repository?: string;
  /** Raw JSON body as received, kept for audit and rendering at send time. */
  payload: string;
  receivedAt: number;
}

export interface JobInput {
  linkId: string;
  /** `targetKeyOf(link.webhookUrl)` at ingest. */
  target: string;
  /** One line describing the card, for the delivery log. */
  summary: string;
}

export interface Job {
  id: number;
  eventId: number;
  delivery: string;
  eventName: string;
  linkId: string;
  target: string;
  summary: string;
  status: JobStatus;
  /** Attempts within the current retry budget: a redelivery (`requeuedAt`) starts again at 0. */
  attempts: number;
  /** Not to be tried before this time. */
  nextAttemptAt: number;
  createdAt: number;
  /** When a manual redelivery requeued it (its retry budget counts from here); absent otherwise. */
  requeuedAt?: number;
}

export interface IngestResult {
  /** The delivery id was seen before: nothing was stored. */
  duplicate: boolean;
  eventId?: number;
  jobs: Job[];
}

export type AttemptOutcome = 'delivered' | 'retry' | 'dead';

export interface AttemptRecord {
  jobId: number;
  linkId: string;
  target: string;
  startedAt: number;
  durationMs: number;
  /** HTTP status from Teams; absent on network errors and timeouts. */
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

/** What a link's deliveries add up to, for the console's list of links. */
export interface LinkStats {
  linkId: string;
  /** Jobs queued or retrying. */
  backlog: number;
  /** Dead letters. */
  dead: number;
  /** When Teams last accepted a post of this link (its answer time, ISO); null when never. */
  lastDeliveredAt: string | null;
  /** When a post of this link last started, whatever its outcome (ISO); null when never. */
  lastAttemptAt: string | null;
}
