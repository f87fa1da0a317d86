import t from 'tap';
import { request } from 'undici';
import { defaultMaxConnections, HTTP_LIMITS, openFileLimit } from '../src/http-limits.js';
import { halfOpen, trickleBody, within } from './helpers/slow-client.js';
import { startTestApp } from './helpers/test-app.js';

const SHORT = { headersTimeoutMs: 500, requestTimeoutMs: 1_000, deadlineCheckIntervalMs: 100 };

t.test('a client trickling a body is cut off at the request timeout; the server keeps answering', async (t) => {
  const h = await startTestApp({ limits: SHORT });
  t.teardown(h.close);
  const slow = await trickleBody(h.url);
  t.teardown(slow.stop);
  const received = await within(10_000, slow.closed, 'the trickling connection');
  t.match(received, /^(HTTP\/1\.1 408 |$)/, 'answered 408 Request Timeout, or simply closed');
  const res = await request(`${h.url}/healthz`);
  t.equal(res.statusCode, 200);
  await res.body.dump();
});

t.test('a client that never finishes its headers is cut off at the headers timeout', async (t) => {
  const h = await startTestApp({ limits: SHORT });
  t.teardown(h.close);
  const slow = await halfOpen(h.url);
  t.teardown(slow.stop);
  t.match(await within(10_000, slow.closed, 'the half-open connection'), /^(HTTP\/1\.1 408 |$)/);
});

t.test('the production limits are ordered as Node requires and GitHub needs', async (t) => {
  t.ok(HTTP_LIMITS.headersTimeoutMs <= HTTP_LIMITS.requestTimeoutMs, 'Node refuses a headers timeout above the request timeout');
  t.ok(HTTP_LIMITS.requestTimeoutMs >= 10_000, 'GitHub may take up to its own 10 s to send a delivery');
  t.ok(HTTP_LIMITS.keepAliveTimeoutMs > 60_000, 'a proxy reusing an idle connection for 60 s finds it open');
});

t.test('the default connection cap is half the open-file limit', async (t) => {
  const limits = (soft: string) => `Limit                     Soft Limit           Hard Limit           Units\nMax open files            ${soft}                 4096                 files\n`;
  t.equal(openFileLimit(limits('1024')), 1024);
  t.equal(openFileLimit(limits('unlimited')), undefined);
  t.equal(defaultMaxConnections(() => limits('1024')), 512, 'a 1,024-file limit leaves 512 files to stores and posts');
  t.equal(defaultMaxConnections(() => limits('20')), 16);
  t.equal(defaultMaxConnections(() => limits('1048576')), 10_000);
  t.equal(defaultMaxConnections(() => limits('unlimited')), 512);
  t.equal(defaultMaxConnections(() => {
    throw new Error('no /proc');
  }), 512);
});
