/** What a budget needs of a stream it holds back: Readable's own flow control. */
export interface Pausable {
  pause(): unknown;
  resume(): unknown;
}

/** One stream's share of a ByteBudget; release it when its bytes are let go, however it ended. */
export interface BudgetShare {
  take(bytes: number): void;
  release(): void;
}

/**
 * Bounds the bytes of untrusted input held at once across requests. A stream whose bytes take
 * the total over capacity pauses (TCP then holds the sender back) until bytes are released,
 * except when no other stream is flowing: someone must always make progress, so the total can
 * exceed capacity by at most one stream's bytes, and the budget never deadlocks.
 */
export class ByteBudget {
  private held = 0;
  private flowing = 0;
  private readonly waiting: Array<{ stream: Pausable; resume(): void }> = [];
  /** The most bytes held at once so far. */
  peak = 0;

  constructor(readonly capacity: number) {}

  share(stream: Pausable): BudgetShare {
    let mine = 0;
    let paused = false;
    let released = false;
    this.flowing++;
    const waiter = {
      stream,
      resume: () => {
        paused = false;
        this.flowing++;
        stream.resume();
      },
    };
    return {
      take: (bytes) => {
        mine += bytes;
        this.held += bytes;
        if (this.held > this.peak) this.peak = this.held;
        if (paused || this.held <= this.capacity || this.flowing <= 1) return;
        paused = true;
        this.flowing--;
        this.waiting.push(waiter);
        stream.pause();
      },
      release: () => {
        if (released) return;
        released = true;
        this.held -= mine;
        if (paused) this.waiting.splice(this.waiting.indexOf(waiter), 1);
        else this.flowing--;
        this.wake();
      },
    };
  }

  private wake() {
    while (this.waiting.length && (this.held <= this.capacity || this.flowing === 0)) this.waiting.shift()!.resume();
  }
}
