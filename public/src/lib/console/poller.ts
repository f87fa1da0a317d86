/**
 * Live updates: runs the current view's refresh every `intervalMs` while the tab is visible.
 * A hidden tab stops asking (no load on the bridge for a tab nobody looks at) and refreshes
 * at once when shown again. One refresh at a time: a slow answer never stacks requests.
 */
export class Poller {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private task: (() => Promise<void>) | undefined;
  private running = false;
  private again = false;

  constructor(
    private readonly intervalMs: number,
    private readonly onState: (state: 'live' | 'paused' | 'error') => void,
  ) {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') {
        this.clear();
        if (this.task) this.onState('paused');
      } else if (this.task) void this.tick();
    });
  }

  /** Makes `task` the refresh (run now, then on the interval); undefined stops polling. */
  follow(task: (() => Promise<void>) | undefined): Promise<void> {
    this.clear();
    this.task = task;
    return task ? this.tick() : Promise.resolve();
  }

  /** Runs the refresh now (after an action), keeping the schedule. */
  refresh(): Promise<void> {
    return this.task ? this.tick() : Promise.resolve();
  }

  private following(): boolean {
    return this.task !== undefined;
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async tick(): Promise<void> {
    this.clear();
    if (!this.task) return;
    // A refresh asked for while one runs (an action, a new view) runs right after it.
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      await this.task();
      this.onState(document.visibilityState === 'hidden' ? 'paused' : 'live');
    } catch {
      this.onState('error');
    } finally {
      this.running = false;
    }
    if (this.again) {
      this.again = false;
      return this.tick();
    }
    // follow() may have stopped polling while the task ran.
    if (this.following() && document.visibilityState !== 'hidden') this.timer = setTimeout(() => void this.tick(), this.intervalMs);
  }
}
