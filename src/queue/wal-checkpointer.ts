/**
 * Worker thread that checkpoints the SQLite write-ahead log on its own connection. Copying WAL
 * frames into the database file is about half of what a write costs; done here, webhook
 * acknowledgements on the main thread no longer pay for it. PASSIVE never blocks the writer.
 */
import type { Worker } from 'node:worker_threads';
import { startSourceThread } from './source-thread.js';

/** The thread's body, run from its source text (source-thread.ts): it refers to nothing outside itself. */
function checkpointerThread(
  Database: new (path: string) => { pragma(sql: string): unknown; close(): void },
  { parentPort, workerData }: typeof import('node:worker_threads'),
): void {
  const { path, intervalMs } = workerData as { path: string; intervalMs: number };
  const db = new Database(path);
  db.pragma('busy_timeout = 5000');
  const timer = setInterval(() => {
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch (err) {
      parentPort?.postMessage({ error: (err as Error).message });
    }
  }, intervalMs);
  parentPort?.on('message', (message) => {
    if (message !== 'close') return;
    clearInterval(timer);
    db.close();
    parentPort?.close();
  });
}

export function startCheckpointer(path: string, intervalMs: number): { thread: Worker; exited: Promise<unknown> } {
  const worker = startSourceThread(checkpointerThread, { path, intervalMs });
  // Checkpointing here only saves the writer time: should the thread die, the connection's own
  // automatic checkpoint still bounds the WAL, so its death must not take the process with it.
  worker.on('error', () => {});
  worker.unref();
  return { thread: worker, exited: new Promise((resolve) => worker.once('exit', resolve)) };
}
