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

  // Each mistake is named, with what to write instead; never Ajv's "must match exactly one schema in oneOf".
  for (const [delivery, message] of [
    [{ mode: 'daily', at: '9am', timeZone: 'UTC' }, 'delivery.at must be HH:MM (24-hour, 00:00 to 23:59)'],
    [{ mode: 'daily', at: '24:00', timeZone: 'UTC' }, 'delivery.at must be HH:MM (24-hour, 00:00 to 23:59)'],
    [{ mode: 'daily', at: 900, timeZone: 'UTC' }, 'delivery.at must be HH:MM (24-hour, 00:00 to 23:59)'],
    [{ mode: 'daily', at: '09:00' }, 'delivery.timeZone is required for mode daily; daily takes at and timeZone'],
    [{ mode: 'daily', at: '09:00', timeZone: '' }, 'delivery.timeZone must be an IANA time zone name such as "Europe/Berlin"'],
    [{ mode: 'digest', everyMinutes: 0 }, 'delivery.everyMinutes must be an integer from 5 to 1440'],
    [{ mode: 'digest', everyMinutes: 1441 }, 'delivery.everyMinutes must be an integer from 5 to 1440'],
    [{ mode: 'digest', everyMinutes: 2.5 }, 'delivery.everyMinutes must be an integer from 5 to 1440'],
    [{ mode: 'digest', everyMinutes: 'ten' }, 'delivery.everyMinutes must be an integer from 5 to 1440'],
    [{ mode: 'digest' }, 'delivery.everyMinutes is required for mode digest; digest takes everyMinutes'],
    [{ mode: 'weekly' }, 'delivery.mode must be one of immediate, digest, daily (it is "weekly")'],
    [{ everyMinutes: 60 }, 'delivery.mode must be one of immediate, digest, daily (it is missing)'],
    [{ mode: 'immediate', everyMinutes: 5 }, 'delivery.everyMinutes: unknown for mode immediate; immediate takes no other field'],
    [{ mode: 'digest', everyMinutes: 60, at: '09:00' }, 'delivery.at: unknown for mode digest; digest takes everyMinutes'],
    [{ mode: 'daily', at: '09:00', timeZone: 'UTC', everyMinutes: 60 }, 'delivery.everyMinutes: unknown for mode daily; daily takes at and timeZone'],
  ] as const) {
    const res = await call('POST', '/api/links', { repository: 'octo/repo', webhookUrl: url('c'), delivery });
    t.equal(res.status, 400, JSON.stringify(delivery));
    t.equal(res.json.message, message, JSON.stringify(delivery));
    const patched = await call('PATCH', `/api/links/${daily.json.id}`, { delivery });
    t.equal(patched.status, 400, `PATCH ${JSON.stringify(delivery)}`);
    t.equal(patched.json.message, message);
  }
  for (const delivery of ['daily', null, ['immediate']]) {
    const res = await call('POST', '/api/links', { repository: 'octo/repo', webhookUrl: url('c'), delivery });
    t.equal(res.status, 400, JSON.stringify(delivery));
    t.match(res.json.message, /delivery must be object/, 'not an object: the schema says so');
  }
  t.same((await h.links.get(daily.json.id))?.delivery, { mode: 'digest', everyMinutes: 60 }, 'no refused patch changed it');
  t.equal((await h.links.list()).length, 2, 'no refused create stored a link');
  const back = await call('PATCH', `/api/links/${daily.json.id}`, { delivery: { mode: 'immediate' } });
  t.same(back.json.delivery, { mode: 'immediate' });
});
