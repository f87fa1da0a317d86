/**
 * The SQLite queue's writer thread: applies each batch it is sent in one transaction on its own
 * connection at `synchronous=FULL`, so a commit returns only once the write-ahead log is synced,
 * and answers with each write's outcome. The main thread keeps the event loop (webhooks, posts
 * to Teams, reads) while inserts, log writes and syncs run here, and a payload crosses once, as
 * bytes, instead of living on the main heap until its commit is on disk.
 *
 * The thread runs from source text (source-thread.ts). Should it die, the batch it held fails,
 * its callers are told, and the next batch starts a new thread.
 */
import type { Worker } from 'node:worker_threads';
import { startSourceThread } from './source-thread.js';
import { sqliteWrites, type Write, type WriteOutcome } from './sqlite-writes.js';

/** Where the queue's writes are committed: its writer thread, or inline for an in-memory store. */
export interface Writer {
  commit(batch: Write[]): Promise<WriteOutcome[]>;
  close(): Promise<void>;
}

export function inlineWriter(db: Parameters<typeof sqliteWrites>[0]): Writer {
  const commit = sqliteWrites(db);
  return { commit: async (batch) => commit(batch), close: async () => {} };
}

/** The thread's body, run from its source text (source-thread.ts): it refers to nothing outside itself. */
function writerThread(
  writes: typeof sqliteWrites,
  Database: new (path: string) => Parameters<typeof sqliteWrites>[0],
  { parentPort, workerData }: typeof import('node:worker_threads'),
): void {
  const { path, autocheckpointPages } = workerData as { path: string; autocheckpointPages: number };
  const db = new Database(path);
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma(`wal_autocheckpoint = ${autocheckpointPages}`);
  const commit = writes(db);
  parentPort!.on('message', (message: { id: number; writes: Write[] } | 'close') => {
    if (message === 'close') {
      db.close();
      parentPort!.close();
      return;
    }
    parentPort!.postMessage({ id: message.id, outcomes: commit(message.writes) });
  });
}

export function threadWriter(path: string, autocheckpointPages: number): Writer {
  let thread: Worker | undefined;
  let exited: Promise<unknown> = Promise.resolve();
  const answers = new Map<number, { resolve: (outcomes: WriteOutcome[]) => void; reject: (err: unknown) => void }>();
  let nextId = 0;
  const start = () => {
    const started = startSourceThread(writerThread, [sqliteWrites], { path, autocheckpointPages });
    const fail = (err: unknown) => {
      if (thread === started) thread = undefined;
      for (const answer of answers.values()) answer.reject(err);
      answers.clear();
    };
    started.on('message', ({ id, outcomes }: { id: number; outcomes: WriteOutcome[] }) => {
      answers.get(id)?.resolve(outcomes);
      answers.delete(id);
      // Idle, it must not keep the process alive; a batch in flight must.
      if (!answers.size) started.unref();
    });
    started.on('error', fail);
    exited = new Promise((resolve) => started.once('exit', resolve));
    void exited.then(() => fail(new Error('the queue writer thread stopped')));
    started.unref();
    return started;
  };
  // Started at once, so the first webhook does not wait for it.
  thread = start();
  return {
    commit(batch) {
      thread ??= start();
      const id = nextId++;
      const sent = thread;
      return new Promise((resolve, reject) => {
        answers.set(id, { resolve, reject });
        sent.ref();
        sent.postMessage({ id, writes: batch });
      });
    },
    async close() {
      if (!thread) return;
      thread.ref();
      thread.postMessage('close');
      await exited;
    },
  };
}
