/**
 * What one post of the worker carries when it is not a job's own card: a busy link's folded
 * jobs (the planner said `digest`), or the jobs of a scheduled link whose slot has come. Kept
 * out of the worker so that the worker only glues: it asks here, posts, and records an attempt
 * naming the digest on every job the post carried.
 */
import type { Link, LinkDelivery } from '../links/link.js';
import type { Job } from '../queue/records.js';
import type { CardSource } from './card-source.js';
import { previousSlotOf, slotOf } from './delivery-schedule.js';

export interface DigestPost<J> {
  /** Names the post on every attempt it made (the delivery log groups by it). */
  id: string;
  jobs: J[];
}

type Due = Pick<Job, 'linkId' | 'createdAt' | 'requeuedAt'>;

/** A job's slot when its link sends scheduled digests; undefined otherwise, and for a redelivery (it goes at once, alone). */
export function dueOf(schedules: ReadonlyMap<string, LinkDelivery>, job: Due): number | undefined {
  if (job.requeuedAt !== undefined) return undefined;
  const delivery = schedules.get(job.linkId);
  return delivery ? slotOf(delivery, job.createdAt) : undefined;
}

export interface DigestRequest {
  job: Job;
  link: Link;
  /** The planner folded this post (a busy link). */
  fold: boolean;
  startedAt: number;
  /** The jobs a digest headed by `job` may carry (LaneScheduler.batchOf). */
  batch(job: Job): Job[];
  cards: Pick<CardSource, 'digestFor'>;
}

/**
 * The digest this post sends, `early` when the head job of a scheduled link is not due yet, or
 * undefined when it goes as the job's own card (immediate links not folded, a lone folded job,
 * redeliveries, or a digest that could not be rendered).
 */
export async function digestOf({ job, link, fold, startedAt, batch, cards }: DigestRequest): Promise<(DigestPost<Job> & { message: Buffer }) | 'early' | undefined> {
  if (job.requeuedAt !== undefined) return undefined;
  const delivery = link.delivery;
  const scheduled = delivery !== undefined && delivery.mode !== 'immediate';
  if (scheduled) {
    const slot = slotOf(delivery, job.createdAt);
    if (slot > startedAt) return 'early';
    const jobs = batch(job).filter((j) => slotOf(delivery, j.createdAt) <= startedAt);
    const timeZone = delivery.mode === 'daily' ? delivery.timeZone : undefined;
    const rendered = await cards.digestFor(jobs, link, { reason: 'scheduled', since: previousSlotOf(delivery, slot), until: slot, ...(timeZone && { timeZone }) });
    return 'ignored' in rendered ? undefined : { id: digestId(job, startedAt), ...rendered };
  }
  if (!fold) return undefined;
  const jobs = batch(job);
  if (jobs.length < 2) return undefined;
  const rendered = await cards.digestFor(jobs, link, { reason: 'busy' });
  return 'ignored' in rendered ? undefined : { id: digestId(job, startedAt), ...rendered };
}

/** Unique per post: the head job is in one post at a time, and its next post starts later. */
const digestId = (head: Job, startedAt: number) => `dg-${head.id}-${startedAt.toString(36)}`;
