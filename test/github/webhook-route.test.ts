import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { request } from 'undici';
import { targetKeyOf } from '../../src/links/target-key.js';
import { example } from '../helpers/github-examples.js';
import { sendWebhook, signature } from '../helpers/github-sender.js';
import { headersOnly, within } from '../helpers/slow-client.js';
import { startTestApp, TEST_SECRET } from '../helpers/test-app.js';

const HOOK = 'http://127.0.0.1:9/hook';

t.test('GitHub test vector signature is computed over the raw body', async (t) => {
  t.equal(signature(TEST_SECRET, 'Hello, World!'), 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17');
  const h = await startTestApp();
  t.teardown(h.close);
  const ok = await sendWebhook(h.url, { event: 'issues', body: 'Hello, World!', secret: TEST_SECRET });
  t.equal(ok.status, 400, 'signature accepted, then the body is refused as JSON');
  t.match(ok.json.message, /not valid JSON/);
  const wrong = await sendWebhook(h.url, {
    event: 'issues',
    body: 'Hello, World!',
    headers: { 'x-hub-signature-256': 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e18' },
  });
  t.equal(wrong.status, 401);
});

t.test('every bad input gets its exact status and the server keeps serving', async (t) => {
  const h = await startTestApp();
  t.teardown(h.close);
  const payload = example('issues', (p) => p.action === 'opened');
  const cases: Array<[string, Parameters<typeof sendWebhook>[1], number, RegExp]> = [
    ['no event header', { event: 'issues', payload, secret: TEST_SECRET, headers: { 'x-github-event': undefined } }, 400, /X-GitHub-Event/],
    ['no delivery header', { event: 'issues', payload, secret: TEST_SECRET, headers: { 'x-github-delivery': undefined } }, 400, /X-GitHub-Delivery/],
    ['no signature', { event: 'issues', payload }, 401, /missing X-Hub-Signature-256/],
    ['wrong secret', { event: 'issues', payload, secret: 'not the secret' }, 401, /signature mismatch: check GITHUB_WEBHOOK_SECRET/],
    ['sha1 only', { event: 'issues', payload, headers: { 'x-hub-signature-256': 'sha1=abc' } }, 401, /signature mismatch/],
    ['invalid JSON', { event: 'issues', body: '{"action":', secret: TEST_SECRET }, 400, /not valid JSON/],
    ['JSON array', { event: 'issues', body: '[1,2]', secret: TEST_SECRET }, 400, /JSON object/],
    ['form without payload', { event: 'issues', body: 'foo=bar', secret: TEST_SECRET, contentType: 'application/x-www-form-urlencoded' }, 400, /no payload field/],
    ['other content type', { event: 'issues', body: 'hello', secret: TEST_SECRET, contentType: 'text/plain' }, 415, /./],
  ];
  for (const [name, opts, status, message] of cases) {
    const res = await sendWebhook(h.url, opts);
    t.equal(res.status, status, name);
    t.match(res.json?.message ?? '', message, name);
  }
  const huge = '{"pad":"' + 'x'.repeat(25 * 1024 * 1024) + '"}';
  t.equal((await sendWebhook(h.url, { event: 'issues', body: huge, secret: TEST_SECRET })).status, 413, 'over 25 MiB');
  const under = '{"pad":"' + 'x'.repeat(2 * 1024 * 1024) + '"}';
  t.equal((await sendWebhook(h.url, { event: 'issues', body: under, secret: TEST_SECRET })).status, 202, '2 MiB is fine on this route');
  const res = await sendWebhook(h.url, { event: 'issues', payload, secret: TEST_SECRET });
  t.equal(res.status, 202, 'still serving');
  t.same(res.json, { delivery: res.delivery, ignored: 'no link for this repository' });
});

t.test('ping answers 200; form-encoded and JSON events queue a card per link', async (t) => {
  const h = await startTestApp({ env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: 'http://127.0.0.1:9' } });
  t.teardown(h.close);
  const ping = await sendWebhook(h.url, { event: 'ping', payload: example('ping'), secret: TEST_SECRET });
  t.equal(ping.status, 200);
  t.equal(ping.json.ok, true);

  const payload = example('issues', (p) => p.action === 'opened');
  const link = await h.links.create({ repository: payload.repository.full_name.toUpperCase(), webhookUrl: HOOK, events: ['issues'] });
  const other = await h.links.create({ repository: payload.repository.full_name, webhookUrl: HOOK + '2', events: ['pulls'] });
  const form = 'payload=' + encodeURIComponent(JSON.stringify(payload));
  const res = await sendWebhook(h.url, { event: 'issues', body: form, secret: TEST_SECRET, contentType: 'application/x-www-form-urlencoded' });
  t.equal(res.status, 202);
  t.same(res.json, { delivery: res.delivery, links: 1 });
  t.equal(h.enqueued.length, 1);
  t.equal(h.enqueued[0].linkId, link.id);
  t.not(h.enqueued[0].linkId, other.id);
  t.match(h.enqueued[0].summary, payload.issue.title, 'the delivery log names the card');
  const stored = (await h.jobs.loadEvents([h.enqueued[0].eventId])).get(h.enqueued[0].eventId);
  // Stored as its JSON less the REST API's links (stored-payload.ts), removed here independently.
  const withoutApiLinks = JSON.parse(JSON.stringify(payload, (key, value) => (/_url$/.test(key) && /^https:\/\/api\.github\.com\//.test(value) ? undefined : value)));
  t.same(JSON.parse(stored!.payload), withoutApiLinks, 'the form payload is stored as its JSON, without the API links');
  t.notOk(stored!.payload.includes('https://api.github.com/repos/Codertocat/Hello-World/{archive_format}'), 'the API link templates are gone');
  t.equal(JSON.parse(stored!.payload).issue.html_url, payload.issue.html_url);

  const push = example('push', (p) => p.ref.startsWith('refs/heads/'));
  push.repository.full_name = payload.repository.full_name;
  const ignored = await sendWebhook(h.url, { event: 'push', payload: push, secret: TEST_SECRET });
  t.equal(ignored.status, 202);
  t.match(ignored.json.ignored, /no link subscribes to commits/);
});

t.test('a delivery id never yields a second card, across restarts; the previous secret works', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-dedupe-'));
  const env = { TEAMS_WEBHOOK_EXTRA_ORIGINS: 'http://127.0.0.1:9', GITHUB_WEBHOOK_SECRET_PREVIOUS: 'the-old-secret' };
  const payload = example('issues', (p) => p.action === 'opened');
  const first = await startTestApp({ dataDir, env });
  await first.links.create({ repository: payload.repository.full_name, webhookUrl: HOOK });
  const sent = await sendWebhook(first.url, { event: 'issues', payload, secret: TEST_SECRET });
  t.equal(sent.status, 202);
  const again = await sendWebhook(first.url, { event: 'issues', payload, secret: 'the-old-secret', delivery: sent.delivery });
  t.equal(again.status, 200);
  t.same(again.json, { delivery: sent.delivery, duplicate: true });
  await first.close();

  const second = await startTestApp({ dataDir, env });
  t.teardown(second.close);
  const afterRestart = await sendWebhook(second.url, { event: 'issues', payload, secret: TEST_SECRET, delivery: sent.delivery });
  t.equal(afterRestart.status, 200);
  t.equal(second.enqueued.length, 0);
  t.equal((await second.jobs.openJobs(targetKeyOf(HOOK))).length, 1, 'the first card is still pending for the worker');
});

t.test('what the headers decide is answered before a byte of the body is read', async (t) => {
  const h = await startTestApp();
  t.teardown(h.close);
  const cases: Array<[string, Record<string, string | undefined>, number, number?]> = [
    ['no event header', { 'x-github-event': undefined }, 400],
    ['no delivery header', { 'x-github-delivery': undefined }, 400],
    ['no signature', { 'x-hub-signature-256': undefined }, 401],
    ['not a sha256 signature', { 'x-hub-signature-256': 'sha1=' + '0'.repeat(40) }, 401],
    ['other content type', { 'content-type': 'text/plain' }, 415],
    ['no content type', { 'content-type': undefined }, 415],
    ['Content-Length over 25 MiB', {}, 413, 25 * 1024 * 1024 + 1],
  ];
  for (const [name, headers, status, length] of cases) {
    const client = await headersOnly(h.url, headers, length);
    t.teardown(client.stop);
    const answer = await within(10_000, client.answered, name);
    t.match(answer, new RegExp(`^HTTP/1\\.1 ${status} `), name);
  }
});

t.test('a correctly signed body that is not UTF-8 is refused as such, not as a signature mismatch', async (t) => {
  const h = await startTestApp();
  t.teardown(h.close);
  const body = Buffer.concat([Buffer.from('{"zen":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]);
  const res = await request(`${h.url}/api/github/webhooks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-github-event': 'ping', 'x-github-delivery': randomUUID(), 'x-hub-signature-256': signature(TEST_SECRET, body) },
    body,
  });
  t.equal(res.statusCode, 400);
  t.same(await res.body.json(), { statusCode: 400, error: 'Bad Request', message: 'body is not valid UTF-8' });
  const multibyte = await sendWebhook(h.url, { event: 'ping', body: JSON.stringify({ zen: 'Überall 🚀 — 語' }), secret: TEST_SECRET });
  t.equal(multibyte.status, 200, 'multi-byte UTF-8, split across chunks or not, verifies');
  t.equal(multibyte.json.zen, 'Überall 🚀 — 語');
});

t.test('media types are case-insensitive and may carry parameters', async (t) => {
  const h = await startTestApp({ env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: 'http://127.0.0.1:9' } });
  t.teardown(h.close);
  const payload = example('issues', (p) => p.action === 'opened');
  await h.links.create({ repository: payload.repository.full_name, webhookUrl: HOOK, events: ['issues'] });
  const form = 'payload=' + encodeURIComponent(JSON.stringify(payload));
  for (const contentType of ['Application/X-WWW-Form-URLencoded', 'application/x-www-form-urlencoded; charset=utf-8']) {
    const res = await sendWebhook(h.url, { event: 'issues', body: form, secret: TEST_SECRET, contentType });
    t.equal(res.status, 202, contentType);
    t.same(res.json, { delivery: res.delivery, links: 1 }, contentType);
  }
  const json = await sendWebhook(h.url, { event: 'issues', payload, secret: TEST_SECRET, contentType: 'Application/JSON; Charset=UTF-8' });
  t.equal(json.status, 202);
});

t.test('wrongly typed fields the route reads get 400 or are ignored, never 503', async (t) => {
  const h = await startTestApp();
  t.teardown(h.close);
  const payload = example('issues', (p) => p.action === 'opened');
  for (const fullName of [42, ['a/b'], { owner: 'a' }, true]) {
    const res = await sendWebhook(h.url, { event: 'issues', payload: { ...payload, repository: { ...payload.repository, full_name: fullName } }, secret: TEST_SECRET });
    t.equal(res.status, 400, JSON.stringify(fullName));
    t.equal(res.json.message, 'repository.full_name must be a string');
  }
  for (const repository of [null, 'owner/name', 7, []]) {
    const res = await sendWebhook(h.url, { event: 'issues', payload: { ...payload, repository }, secret: TEST_SECRET });
    t.equal(res.status, 202, JSON.stringify(repository));
    t.same(res.json, { delivery: res.delivery, ignored: 'no link for this repository' });
  }
  const action = await sendWebhook(h.url, { event: 'issues', payload: { ...payload, action: { opened: true } }, secret: TEST_SECRET });
  t.equal(action.status, 202);
});

t.test('many concurrent unsigned bodies are all refused, and a real delivery still gets through', async (t) => {
  const h = await startTestApp();
  t.teardown(h.close);
  const body = JSON.stringify({ pad: 'x'.repeat(4 * 1024 * 1024) });
  const wrong = Array.from({ length: 20 }, () => sendWebhook(h.url, { event: 'push', body, secret: 'not the secret' }));
  const real = sendWebhook(h.url, { event: 'ping', payload: example('ping'), secret: TEST_SECRET });
  const results = await within(60_000, Promise.all(wrong), 'the unsigned bodies');
  t.same(results.map((r) => r.status), Array(20).fill(401));
  t.equal((await real).status, 200);
});

t.test('a body of many chunks signed with the previous secret verifies, and only with a known secret', async (t) => {
  const h = await startTestApp({ env: { GITHUB_WEBHOOK_SECRET_PREVIOUS: 'the-old-secret' } });
  t.teardown(h.close);
  const body = JSON.stringify({ zen: 'rotating', pad: 'é'.repeat(1024 * 1024) });
  t.equal((await sendWebhook(h.url, { event: 'ping', body, secret: 'the-old-secret' })).status, 200);
  t.equal((await sendWebhook(h.url, { event: 'ping', body, secret: TEST_SECRET })).status, 200);
  t.equal((await sendWebhook(h.url, { event: 'ping', body, secret: 'another-secret' })).status, 401);
});
