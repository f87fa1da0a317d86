import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Resolves once `done()` holds, checking every 10 ms; rejects naming `what` after 5 s. For things
 * that arrive on their own schedule (a NOTIFY, a reconnect), not for measuring time.
 */
export async function waitFor(done: () => boolean, what: string): Promise<void> {
  for (const started = Date.now(); !done(); await sleep(10)) if (Date.now() - started > 5_000) throw new Error(`never saw ${what}`);
}
