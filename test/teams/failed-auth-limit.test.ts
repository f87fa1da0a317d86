import t from 'tap';
import { TEST_ADMIN_TOKEN, startTestApp } from '../helpers/test-app.js';

t.test('failed authentication is rate-limited per address; successful calls are not counted', async (t) => {
  const h = await startTestApp();
  t.teardown(h.close);
  const call = (token: string, ip = '203.0.113.7') =>
    h.app.inject({ url: '/api/links', headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': ip } });

  for (let i = 0; i < 40; i++) t.equal((await call(TEST_ADMIN_TOKEN)).statusCode, 200);
  for (let i = 0; i < 20; i++) t.equal((await call(`guess-${i}`)).statusCode, 401);
  const blocked = await call(`guess-21`);
  t.equal(blocked.statusCode, 429);
  t.ok(Number(blocked.headers['retry-after']) > 0);
  t.match(blocked.json().message, /too many failed/);
  t.equal((await call(TEST_ADMIN_TOKEN)).statusCode, 429, 'even the right token waits: the address is cooling down');
  t.equal((await call(TEST_ADMIN_TOKEN, '198.51.100.1')).statusCode, 200, 'other addresses are unaffected');
  t.equal(
    (await h.app.inject({ method: 'POST', url: '/api/github/webhooks', headers: { 'x-forwarded-for': '203.0.113.7' } })).statusCode !== 429,
    true,
    'GitHub deliveries are never throttled by this limit',
  );
});
