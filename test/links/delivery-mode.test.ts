// A link's delivery mode through the links API (DESIGN §2 "Delivery modes"): immediate by
// default, scheduled digests every N minutes or daily in a time zone, and clear 400s otherwise.
import t from 'tap';
import { request } from 'undici';
import { adminHeaders, startTestApp } from '../helpers/test-app.js';

t.test('delivery modes are taken, shown, replaced and refused with a reason', async (t) => {
  const h = await startTestApp();
  t.teardown(h.close);
  const call = async (method: 'POST' | 'PATCH', path: string, body: unknown) => {
    const res = await request(`${h.url}${path}`, { method, headers: adminHeaders(), body: JSON.stringify(body) });
    return { status: res.statusCode, json: (await res.body.json()) as any };
  };
  const url = (n: string) => `https://contoso.webhook.office.com/webhookb2/${n}@b/IncomingWebhook/c/d`;
  const plain = await call('POST', '/api/links', { repository: 'octo/repo', webhookUrl: url('a') });
  t.equal(plain.status, 201);
  t.same(plain.json.delivery, { mode: 'immediate' }, 'immediate by default');

  const daily = await call('POST', '/api/links', { repository: 'octo/repo', webhookUrl: url('b'), delivery: { mode: 'daily', at: '09:00', timeZone: 'Europe/Berlin' } });
  t.equal(daily.status, 201);
  t.same(daily.json.delivery, { mode: 'daily', at: '09:00', timeZone: 'Europe/Berlin' });
  t.same((await h.links.get(daily.json.id))?.delivery, { mode: 'daily', at: '09:00', timeZone: 'Europe/Berlin' }, 'stored');

  const every = await call('PATCH', `/api/links/${daily.json.id}`, { delivery: { mode: 'digest', everyMinutes: 60 } });
  t.equal(every.status, 200);
  t.same(every.json.delivery, { mode: 'digest', everyMinutes: 60 }, 'replaced whole');

  const zone = await call('PATCH', `/api/links/${daily.json.id}`, { delivery: { mode: 'daily', at: '09:00', timeZone: 'Europe/Atlantis' } });
  t.equal(zone.status, 400);
  t.match(zone.json.message, /delivery\.timeZone: unknown time zone "Europe\/Atlantis"; use an IANA name/);
  t.same((await h.links.get(daily.json.id))?.delivery, { mode: 'digest', everyMinutes: 60 }, 'a refused patch changes nothing');

  for (const [delivery, why] of [
    [{ mode: 'daily', at: '9am', timeZone: 'UTC' }, /delivery/],
    [{ mode: 'daily', at: '24:00', timeZone: 'UTC' }, /delivery/],
    [{ mode: 'daily', at: '09:00' }, /delivery/],
    [{ mode: 'digest', everyMinutes: 0 }, /delivery/],
    [{ mode: 'digest', everyMinutes: 2.5 }, /delivery/],
    [{ mode: 'digest' }, /delivery/],
    [{ mode: 'weekly' }, /delivery/],
    [{ mode: 'immediate', everyMinutes: 5 }, /delivery/],
  ] as const) {
    const res = await call('POST', '/api/links', { repository: 'octo/repo', webhookUrl: url('c'), delivery });
    t.equal(res.status, 400, JSON.stringify(delivery));
    t.match(res.json.message, why);
  }
  const back = await call('PATCH', `/api/links/${daily.json.id}`, { delivery: { mode: 'immediate' } });
  t.same(back.json.delivery, { mode: 'immediate' });
});
