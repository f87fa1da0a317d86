/**
 * The shape of a group commit: the writes asked for during one turn of the event loop go to
 * `write` together, one batch at a time, and the next batch gathers while one is written, which
 * is what makes batches grow under load. `write` settles each waiter of its batch (all at once,
 * or each on its own); it must not reject.
 */
export interface Waiter<I> {
  item: I;
  resolve(): void;
  reject(err: unknown): void;
}

/**
 * `what` names the store in the error an add after close gets. `gatherMs`: a batch gathers for
 * this long rather than one turn, for a log no answer waits on, where a commit per turn under
 * load is most of what its writes cost.
 */
export function groupWriter<I>(write: (batch: Array<Waiter<I>>) => Promise<void>, what = 'writer', opts: { gatherMs?: number } = {}) {
  let waiting: Array<Waiter<I>> = [];
  let inFlight: Promise<void> | undefined;
  let scheduled = false;
  let window: NodeJS.Timeout | undefined;
  let closed = false;

  const flush = () => {
    scheduled = false;
    clearTimeout(window);
    if (inFlight || !waiting.length) return;
    const batch = waiting;
    waiting = [];
    inFlight = write(batch).finally(() => {
      inFlight = undefined;
      schedule();
    });
  };
  function schedule() {
    if (scheduled || !waiting.length) return;
    scheduled = true;
    if (opts.gatherMs) window = setTimeout(flush, opts.gatherMs);
    else setImmediate(flush);
  }

  return {
    /** Resolves once `item` is written; rejects when it could not be, or after close. */
    add(item: I): Promise<void> {
      if (closed) return Promise.reject(new Error(`${what} is closed`));
      return new Promise<void>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        schedule();
      });
    },
    /** Resolves once everything asked for so far is settled. */
    async drain(): Promise<void> {
      while (inFlight || waiting.length) {
        if (!inFlight) flush();
        await inFlight;
      }
    },
    /** Takes no more writes; what waits is still written (drain). */
    close() {
      closed = true;
    },
  };
}

/** A `write` for a group writer whose batch succeeds or fails as one. */
export const allOrNothing =
  <I>(write: (items: I[]) => Promise<void> | void) =>
  async (batch: Array<Waiter<I>>): Promise<void> => {
    try {
      await write(batch.map((w) => w.item));
      for (const w of batch) w.resolve();
    } catch (err) {
      for (const w of batch) w.reject(err);
    }
  };
