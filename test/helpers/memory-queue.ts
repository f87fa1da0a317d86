/**
 * An in-memory EventQueue for delivery tests: enough of the contract for the worker (ingest,
 * pending, recordAttempt, sendsSince, getJob, requeue), with every attempt kept in `attempts`
 * so tests can read what the worker recorded. The delivery-log views are not implemented.
 * As in the SQLite queue, an attempt is durable a turn later (its group commit), and while
 * `failWrites` is set every write rejects with that error and `ping` fails until a write works.
 * Each job has a test message of its own (`messages`), which `memoryCards` hands the worker
 * in place of rendering a GitHub event.
 */
import type { CardSource } from '../../src/delivery/card-source.js';
import type { AttemptRecord, EventQueue, Job, JobInput } from '../../src/queue/event-queue.js';

export interface MemoryQueue extends EventQueue {
  jobs: Map<number, Job>;
  messages: Map<number, string>;
  attempts: AttemptRecord[];
  /** When set, ingest and recordAttempt reject with it, as SQLite does on a full disk. */
  failWrites: Error | undefined;
  /** Adds one event with a job per input, and returns the jobs (a shortcut for ingest). */
  add(jobs: Array<Partial<JobInput> & { linkId: string; message?: string }>, at?: number): Job[];
}

/** The worker's card source over a memory queue: each job's own test message. */
export function memoryCards(queue: Pick<MemoryQueue, 'messages'>): CardSource {
  return {
    async messageFor(job) {
      const message = queue.messages.get(job.id);
      return message === undefined ? { ignored: `no test message for job ${job.id}` } : { message: Buffer.from(message) };
    },
  };
}

export function createMemoryQueue(): MemoryQueue {
  const jobs = new Map<number, Job>();
  const messages = new Map<number, string>();
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
        summary: input.summary ?? `job ${nextId - 1}`,
        status: 'queued',
        attempts: 0,
        nextAttemptAt: at,
        createdAt: at,
      };
      jobs.set(job.id, job);
      messages.set(job.id, input.message ?? JSON.stringify({ type: 'message', n: job.id }));
      return { ...job };
    });
  };

  const unsupported = (): never => {
    throw new Error('not implemented by the memory queue');
  };

  let writeError: Error | undefined;
  /** Resolves at the next turn, like the SQLite group commit, or rejects while writes fail. */
  const write = <T>(apply: () => T): Promise<T> =>
    new Promise((resolve, reject) =>
      setImmediate(() => {
        writeError = queue.failWrites;
        if (writeError) return reject(writeError);
        try {
          resolve(apply());
        } catch (err) {
          reject(err);
        }
      }),
    );

  const queue: MemoryQueue = {
    jobs,
    messages,
    attempts,
    add,
    failWrites: undefined,
    ingest(event, inputs) {
      return write(() => {
        if (deliveries.has(event.delivery)) return { duplicate: true, jobs: [] };
        deliveries.add(event.delivery);
        const added = add(inputs, event.receivedAt);
        return { duplicate: false, eventId: added[0]?.eventId, jobs: added };
      });
    },
    async loadEvent() {
      return undefined;
    },
    pending: async () => [...jobs.values()].filter((j) => j.status === 'queued' || j.status === 'retrying').map((j) => ({ ...j })),
    recordAttempt(a) {
      return write(() => {
        attempts.push({ ...a });
        const job = jobs.get(a.jobId);
        if (!job) throw new Error(`attempt for unknown job ${a.jobId}`);
        job.attempts++;
        job.status = a.outcome === 'retry' ? 'retrying' : a.outcome;
        job.nextAttemptAt = a.nextAttemptAt ?? 0;
      });
    },
    sendsSince: async (since) => attempts.filter((a) => a.startedAt >= since).map((a) => ({ linkId: a.linkId, at: a.startedAt })),
    getJob: async (id) => {
      const job = jobs.get(id);
      return job && { ...job };
    },
    async requeue(id) {
      const job = jobs.get(id);
      if (!job || (job.status !== 'delivered' && job.status !== 'dead')) return undefined;
      job.status = 'queued';
      job.nextAttemptAt = Date.now();
      return { ...job };
    },
    listDeliveries: unsupported,
    getDelivery: unsupported,
    async ping() {
      if (writeError && (writeError = queue.failWrites)) throw new Error(`the event store cannot write: ${writeError.message}`);
    },
    eventCount: async () => new Set([...jobs.values()].map((j) => j.eventId)).size,
    async close() {},
  };
  return queue;
}
