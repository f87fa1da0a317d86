/**
 * Starts a worker thread running plain JavaScript: `body(...)` called with `modules` loaded by
 * `require`, and better-sqlite3's constructor first. The body is sent as its source text, so it
 * may refer to nothing outside itself (the functions passed in `functions` are sent the same way).
 *
 * Why not a module file: a thread started from one inherits the process's module hooks, and the
 * test runner's TypeScript loader takes seconds to start in each new thread, which a queue's
 * first write, or its close, would wait for. With no loader a thread starts in milliseconds.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const sqlitePath = createRequire(import.meta.url).resolve('better-sqlite3');

export function startSourceThread(body: (...args: never[]) => void, functions: Array<(...args: never[]) => unknown>, workerData: unknown): Worker {
  const args = [...functions.map(String), `require(${JSON.stringify(sqlitePath)})`, `require('node:worker_threads')`];
  return new Worker(`(${body})(${args.join(', ')})`, { eval: true, execArgv: [], workerData });
}
