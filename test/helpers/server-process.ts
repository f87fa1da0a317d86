import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { request } from 'undici';
import { PROJECT_ROOT } from '../../src/util/paths.js';
import { freePort } from './free-port.js';

const READY_TIMEOUT_MS = 60_000;

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (or signal) once the process is gone. */
  exited: Promise<number | string | null>;
}

/**
 * Runs the compiled production server (`dist/src/server.js`, built by `npm test`) as `npm start`
 * does, or another compiled server script, and resolves once its /readyz answers 200.
 */
export async function startServerProcess(env: Record<string, string>, script = 'dist/src/server.js'): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(PROJECT_ROOT, script)], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const url = `http://127.0.0.1:${port}`;
  // Generous: on a loaded 2-core CI machine a cold Node start alone has taken over 10 s.
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early: ${out}`);
    try {
      const res = await request(`${url}/readyz`);
      await res.body.dump();
      if (res.statusCode === 200) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`server not ready within ${READY_TIMEOUT_MS / 1000} s: ${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, child, output: () => out, exited };
}
