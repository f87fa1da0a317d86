/**
 * The worker's reads of stored events, gathered: the ids asked for in one turn of the event loop
 * go in one read of up to `perRead`, and an id asked for again while it waits is read once. The
 * worker starts sends in bursts (one group commit of attempts frees many lanes at once, a claim
 * brings many targets), and on PostgreSQL a read per card was a round trip per card: 800 of the
 * 1,480 queries one replica made to deliver 800 cards (bench/postgres.ts).
 *
 * At most `inFlight` reads run at once, which also bounds the payloads alive together: a burst's
 * payloads and their parsed object graphs kept alive across young-generation collections are
 * promoted and pile up as old garbage (the delivery bench's peak RSS).
 */
import type { JobQueue, StoredEvent } from '../queue/job-queue.js';

export interface EventLoaderOptions {
  /** Ids per read. */
  perRead?: number;
  /** Reads running at once; further ids wait for one to end. */
  inFlight?: number;
}

export interface EventLoader {
  /** The stored event, or undefined when it is no longer stored; rejects when its read fails. */
  load(eventId: number): Promise<StoredEvent | undefined>;
}

interface Waiter {
  resolve(event: StoredEvent | undefined): void;
  reject(err: unknown): void;
}

export function createEventLoader(queue: Pick<JobQueue, 'loadEvents'>, { perRead = 50, inFlight = 2 }: EventLoaderOptions = {}): EventLoader {
  /** Ids not yet read, in the order first asked, each with everyone waiting for it. */
  const waiting = new Map<number, Waiter[]>();
  let reads = 0;
  let scheduled = false;

  const read = (batch: Array<[number, Waiter[]]>) => {
    reads++;
    queue
      .loadEvents(batch.map(([id]) => id))
      .then(
        (found) => {
          for (const [id, waiters] of batch) for (const w of waiters) w.resolve(found.get(id));
        },
        (err: unknown) => {
          for (const [, waiters] of batch) for (const w of waiters) w.reject(err);
        },
      )
      .finally(() => {
        reads--;
        schedule();
      });
  };

  const start = () => {
    scheduled = false;
    while (reads < inFlight && waiting.size) {
      const batch: Array<[number, Waiter[]]> = [];
      for (const entry of waiting) {
        batch.push(entry);
        waiting.delete(entry[0]);
        if (batch.length === perRead) break;
      }
      read(batch);
    }
  };

  // After the turn, so that a burst's sends, started in one turn, share their reads.
  function schedule(): void {
    if (scheduled || !waiting.size || reads >= inFlight) return;
    scheduled = true;
    setImmediate(start);
  }

  return {
    load: (eventId) =>
      new Promise((resolve, reject) => {
        const waiters = waiting.get(eventId);
        if (waiters) waiters.push({ resolve, reject });
        else waiting.set(eventId, [{ resolve, reject }]);
        schedule();
      }),
  };
}
