/**
 * An in-memory EventQueue for delivery tests: enough of the contract for the worker (ingest,
 * pending, recordAttempt, sendsSince, getJob, requeue), with every attempt kept in `attempts`
 * so tests can read what the worker recorded. The delivery-log views are not implemented.
 */
import type { AttemptRecord, EventQueue, Job, JobInput } from '../../src/queue/event-queue.js';

export interface MemoryQueue extends EventQueue {
  jobs: Map<number, Job>;
  attempts: AttemptRecord[];
  /** Adds one event with a job per input, and returns the jobs (a shortcut for ingest). */
  add(jobs: Array<Partial<JobInput> & { linkId: string }>, at?: number): Job[];
}

export function createMemoryQueue(): MemoryQueue {
  const jobs = new Map<number, Job>();
  const attempts: AttemptRecord[] = [];
  const deliveries = new Set<string>();
  let nextId = 1;
  let nextEvent = 1;

  const add: MemoryQueue['add'] = (inputs, at = Date.now()) => {
    const eventId = nextEvent++;
    return inputs.map((input) => {
      const job: Job = {
        id: nextId++,
        eventId,
        delivery: `d-${eventId}`,
        eventName: 'push',
        linkId: input.linkId,
        message: input.message ?? JSON.stringify({ type: 'message', n: nextId - 1 }),
        summary: input.summary ?? `job ${nextId - 1}`,
        status: 'queued',
        attempts: 0,
        nextAttemptAt: at,
        createdAt: at,
      };
      jobs.set(job.id, job);
      return { ...job };
    });
  };

  const unsupported = (): never => {
    throw new Error('not implemented by the memory queue');
  };

  return {
    jobs,
    attempts,
    add,
    async ingest(event, inputs) {
      if (deliveries.has(event.delivery)) return { duplicate: true, jobs: [] };
      deliveries.add(event.delivery);
      const added = add(inputs, event.receivedAt);
      return { duplicate: false, eventId: added[0]?.eventId, jobs: added };
    },
    pending: () => [...jobs.values()].filter((j) => j.status === 'queued' || j.status === 'retrying').map((j) => ({ ...j })),
    recordAttempt(a) {
      attempts.push({ ...a });
      const job = jobs.get(a.jobId);
      if (!job) throw new Error(`attempt for unknown job ${a.jobId}`);
      job.attempts++;
      job.status = a.outcome === 'retry' ? 'retrying' : a.outcome;
      job.nextAttemptAt = a.nextAttemptAt ?? 0;
    },
    sendsSince: (since) => attempts.filter((a) => a.startedAt >= since).map((a) => ({ linkId: a.linkId, at: a.startedAt })),
    getJob: (id) => {
      const job = jobs.get(id);
      return job && { ...job };
    },
    requeue(id) {
      const job = jobs.get(id);
      if (!job || (job.status !== 'delivered' && job.status !== 'dead')) return undefined;
      job.status = 'queued';
      job.nextAttemptAt = Date.now();
      return { ...job };
    },
    listDeliveries: unsupported,
    getDelivery: unsupported,
    eventCount: () => new Set([...jobs.values()].map((j) => j.eventId)).size,
    async close() {},
  };
}
