import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { HTTP_LIMITS } from '../../src/http-limits.js';
import { SHUTDOWN_BOUND_MS } from '../../src/shutdown.js';
import { startServerProcess } from '../helpers/server-process.js';
import { trickleBody } from '../helpers/slow-client.js';
import { TEST_SECRET } from '../helpers/test-app.js';

t.test('SIGTERM with a client trickling a body: the server exits 0 within its bound', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-shutdown-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  const server = await startServerProcess({ DATA_DIR: dataDir, GITHUB_WEBHOOK_SECRET: TEST_SECRET });
  t.teardown(() => void server.child.kill('SIGKILL'));
  const slow = await trickleBody(server.url);
  t.teardown(slow.stop);
  await new Promise((r) => setTimeout(r, 300));

  const signalled = Date.now();
  server.child.kill('SIGTERM');
  const late = new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), SHUTDOWN_BOUND_MS + 3_000).unref());
  const exit = await Promise.race([server.exited, late]);
  const tookMs = Date.now() - signalled;
  t.equal(exit, 0, 'exited cleanly, not by the bound');
  t.ok(tookMs < SHUTDOWN_BOUND_MS, `took ${tookMs} ms, bound ${SHUTDOWN_BOUND_MS} ms`);
  t.ok(tookMs >= HTTP_LIMITS.closeGraceMs - 500, 'the request in progress had its grace first');
});
