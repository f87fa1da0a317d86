/**
 * Starts a worker thread running plain JavaScript: `body` called with better-sqlite3's
 * constructor and `node:worker_threads`, both loaded by `require`. The body is sent as its source
 * text, so it may refer to nothing outside itself.
 *
 * Why not a module file: a thread started from one inherits the process's module hooks, and the
 * test runner's TypeScript loader takes seconds to start in each new thread, which closing a
 * queue waited for (3–6 s a test on a loaded machine). With no loader a thread starts in
 * milliseconds.
 *
 * Its young generation is kept small: what such a thread allocates lives for one call, and V8's
 * default (16 MB semi-spaces per isolate) was resident memory for nothing in the delivering
 * process.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

const sqlitePath = createRequire(import.meta.url).resolve('better-sqlite3');
const YOUNG_GENERATION_MB = 2;

export function startSourceThread(body: (...args: never[]) => void, workerData: unknown): Worker {
  const args = [`require(${JSON.stringify(sqlitePath)})`, `require('node:worker_threads')`];
  return new Worker(`(${body})(${args.join(', ')})`, {
    eval: true,
    execArgv: [],
    workerData,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
}
