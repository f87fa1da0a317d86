/**
 * The records the storage interfaces exchange. Times are epoch milliseconds. A job names its
 * webhook target (`targetKeyOf` of the link's URL): the unit of leases and of Teams' windows.
 */

export const JOB_STATUSES = ['queued', 'retrying', 'delivered', 'dead'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Counts of every status, from `[status, n]` rows that may leave some out. */
export function statusCounts(rows: Iterable<{ status: string; n: number }>): Record<JobStatus, number> {
  const counts: Record<JobStatus, number> = { queued: 0, retrying: 0, delivered: 0, dead: 0 };
  for (const { status, n } of rows) if (status in counts) counts[status as JobStatus] = Number(n);
  return counts;
}

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
  /**
   * The digest post this attempt was part of, when the job was folded into one: every job the
   * post carried gets an attempt with the same id (docs/digests.md).
   */
  digest?: string;
}

/** A digest post as the delivery log shows it on each attempt it made. */
export interface DigestView {
  id: string;
  /** The jobs it carried, and their GitHub delivery ids, in the order they were recorded. */
  jobs: number[];
  deliveries: string[];
}

export interface AttemptView {
  startedAt: string;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  outcome: AttemptOutcome;
  /** Present when this attempt was a digest post carrying this job among others. */
  digest?: DigestView;
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

/** What became of a signed webhook (the console's "Incoming"; incoming-log.ts). */
export type IncomingOutcome = 'queued' | 'ignored' | 'duplicate';

/** One answered webhook as the incoming log shows it. */
export interface IncomingEntry {
  id: number;
  delivery: string;
  event: string;
  action: string | null;
  repository: string | null;
  receivedAt: string;
  outcome: IncomingOutcome;
  links: number;
  reason: string | null;
}
