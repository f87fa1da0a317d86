import t, { type Test } from 'tap';
import { request } from 'undici';
import { TEST_ADMIN_TOKEN, startTestApp } from '../helpers/test-app.js';

type Call = (token: string, opts?: { xff?: string; path?: string }) => Promise<number>;

/** Calls the links API over loopback HTTP, as a script or a proxy in front of the bridge would. */
function caller(url: string): Call {
  return async (token, opts = {}) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (opts.xff) headers['x-forwarded-for'] = opts.xff;
    const res = await request(url + (opts.path ?? '/api/links'), { headers });
    await res.body.dump();
    return res.statusCode;
  };
}

async function fail20(t: Test, call: Call, opts: { xff?: (i: number) => string; path?: string } = {}) {
  for (let i = 0; i < 20; i++) t.equal(await call(`guess-${i}`, { xff: opts.xff?.(i), path: opts.path }), 401);
}

t.test('failed authentication is rate-limited per address; successful calls are not counted', async (t) => {
  const h = await startTestApp({ env: { TRUST_PROXY: '127.0.0.1' } });
  t.teardown(h.close);
  const call = caller(h.url);
  for (let i = 0; i < 40; i++) t.equal(await call(TEST_ADMIN_TOKEN, { xff: '203.0.113.7' }), 200);
  await fail20(t, call, { xff: () => '203.0.113.7' });
  const blocked = await request(`${h.url}/api/links`, { headers: { authorization: 'Bearer guess-21', 'x-forwarded-for': '203.0.113.7' } });
  t.equal(blocked.statusCode, 429);
  t.ok(Number(blocked.headers['retry-after']) > 0);
  t.match(((await blocked.body.json()) as { message: string }).message, /too many failed/);
  t.equal(await call('guess-22', { xff: '198.51.100.1' }), 401, 'behind a trusted proxy, other clients are unaffected');
  const hook = await request(`${h.url}/api/github/webhooks`, { method: 'POST', headers: { 'x-forwarded-for': '203.0.113.7' } });
  await hook.body.dump();
  t.not(hook.statusCode, 429, 'GitHub deliveries are never throttled by this limit');
});

t.test('without TRUST_PROXY a rotating X-Forwarded-For does not escape the limit', async (t) => {
  const h = await startTestApp();
  t.teardown(h.close);
  const call = caller(h.url);
  await fail20(t, call, { xff: (i) => `198.51.100.${i}` });
  t.equal(await call('guess-21', { xff: '192.0.2.99' }), 429);
});

t.test('with a hop count, only the address the trusted proxy appended counts', async (t) => {
  const h = await startTestApp({ env: { TRUST_PROXY: '1' } });
  t.teardown(h.close);
  const call = caller(h.url);
  // The client writes the left part; the proxy appends the address it saw.
  await fail20(t, call, { xff: (i) => `198.51.100.${i}, 203.0.113.7` });
  t.equal(await call('guess-21', { xff: '192.0.2.99, 203.0.113.7' }), 429);
  t.equal(await call('guess-22', { xff: '203.0.113.7, 198.51.100.1' }), 401, 'another client behind the proxy is unaffected');
});

t.test('a percent-encoded path is guarded as the route it reaches', async (t) => {
  const h = await startTestApp();
  t.teardown(h.close);
  const call = caller(h.url);
  t.equal(await call(TEST_ADMIN_TOKEN, { path: '/%61pi/links' }), 200, 'the encoded path reaches /api/links');
  await fail20(t, call, { path: '/%61pi/links' });
  t.equal(await call('guess-21', { path: '/%61pi/links' }), 429);
  t.equal(await call('guess-22', { path: '/api/%6cinks' }), 429);
  t.equal(await call('guess-23'), 429, 'the failures counted on the encoded path count on the plain one');
});

t.test('the operator holding the admin token is never locked out by someone else’s failures', async (t) => {
  const h = await startTestApp({ env: { TRUST_PROXY: '127.0.0.1' } });
  t.teardown(h.close);
  const call = caller(h.url);
  // An attacker spoofing the operator's forwarded address, and one sharing the operator's address.
  await fail20(t, call, { xff: () => '203.0.113.7' });
  t.equal(await call('guess-21', { xff: '203.0.113.7' }), 429, 'guesses from that address wait');
  t.equal(await call(TEST_ADMIN_TOKEN, { xff: '203.0.113.7' }), 200, 'the correct token is not a guess');
  t.equal(await call(TEST_ADMIN_TOKEN, { xff: '203.0.113.7', path: '/%61pi/links' }), 200);
});
