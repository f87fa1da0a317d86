// The link option `mentions` through the links API: on by default, off when asked, a boolean only.
import t from 'tap';
import { request } from 'undici';
import { adminHeaders, startTestApp } from '../helpers/test-app.js';

t.test('a link mentions people unless its options say mentions: false', async (t) => {
  const h = await startTestApp();
  t.teardown(h.close);
  const call = async (method: 'POST' | 'PATCH', path: string, body: unknown) => {
    const res = await request(`${h.url}${path}`, { method, headers: adminHeaders(), body: JSON.stringify(body) });
    return { status: res.statusCode, json: (await res.body.json()) as any };
  };
  const created = await call('POST', '/api/links', { repository: 'octo/repo', webhookUrl: 'https://contoso.webhook.office.com/webhookb2/a@b/IncomingWebhook/c/d' });
  t.equal(created.status, 201);
  t.equal(created.json.options.mentions, true, 'on by default');
  const off = await call('PATCH', `/api/links/${created.json.id}`, { options: { mentions: false } });
  t.equal(off.status, 200);
  t.equal(off.json.options.mentions, false);
  t.equal((await h.links.get(created.json.id))?.options.mentions, false, 'stored');
  const bad = await call('PATCH', `/api/links/${created.json.id}`, { options: { mentions: 'no' } });
  t.equal(bad.status, 400);
  t.match(bad.json.message, /body\/options\/mentions must be boolean/);
});
