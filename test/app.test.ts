import t from 'tap';
import { request } from 'undici';
import { adminHeaders, startTestApp } from './helpers/test-app.js';

t.test('error bodies name the HTTP reason phrase, never an error class', async (t) => {
  const h = await startTestApp();
  t.teardown(h.close);
  const cases: Array<[string, { method: 'POST' | 'GET'; path: string; headers?: Record<string, string>; body?: string }, number, string]> = [
    ['broken JSON', { method: 'POST', path: '/api/links', headers: adminHeaders(), body: '{"repository":' }, 400, 'Bad Request'],
    ['schema violation', { method: 'POST', path: '/api/links', headers: adminHeaders(), body: '{"nope":1}' }, 400, 'Bad Request'],
    ['unsupported media type', { method: 'POST', path: '/api/links', headers: adminHeaders({ 'content-type': 'application/xml' }), body: '<x/>' }, 415, 'Unsupported Media Type'],
    ['body over 1 MiB', { method: 'POST', path: '/api/links', headers: adminHeaders(), body: JSON.stringify({ pad: 'x'.repeat(1100 * 1024) }) }, 413, 'Payload Too Large'],
  ];
  for (const [name, req, status, reason] of cases) {
    const res = await request(h.url + req.path, { method: req.method, headers: req.headers, body: req.body });
    const body = (await res.body.json()) as { statusCode: number; error: string; message: string };
    t.equal(res.statusCode, status, name);
    t.equal(body.statusCode, status, name);
    t.equal(body.error, reason, name);
    t.ok(body.message, name);
  }
});
