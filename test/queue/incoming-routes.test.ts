/**
 * `GET /api/incoming` over a real server and real signed webhooks: what each webhook became,
 * filters and pages, exact refusals, a GitHub user's view (fake GitHub), and that a log that
 * cannot write never costs a webhook. SQLite, or PostgreSQL with TEST_STORES=postgres.
 */
import { Writable } from 'node:stream';
import t from 'tap';
import { pino } from 'pino';
import { request } from 'undici';
import { loggerOptions } from '../../src/logger.js';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { example } from '../helpers/github-examples.js';
import { sendWebhook } from '../helpers/github-sender.js';
import { startOAuthTestApp } from '../helpers/oauth-test-app.js';
import { signInOverHttp } from '../helpers/sign-in-over-http.js';
import { adminHeaders, startTestApp, TEST_ADMIN_TOKEN, TEST_SECRET } from '../helpers/test-app.js';

const hook = (n: string) => `https://contoso.webhook.office.com/webhookb2/g@t/IncomingWebhook/${n}/def?sig=SECRET`;

async function call(url: string, bearer: string | undefined = TEST_ADMIN_TOKEN, method: 'GET' | 'POST' = 'GET', body?: unknown) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const res = await request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.body.text();
  return { status: res.statusCode, json: text ? JSON.parse(text) : undefined };
}

const issueOf = (repository: string) => {
  const issue = example('issues', (p) => p.action === 'opened');
  return { ...issue, repository: { ...issue.repository, full_name: repository } };
};

t.test('every signed webhook answered is listed with what was done with it', async (t) => {
  const h = await startTestApp();
  t.teardown(h.close);
  const push = example('push', (p) => p.commits.length > 0 && !p.deleted);
  const repository = push.repository.full_name;
  push.ref = `refs/heads/${push.repository.default_branch}`;
  for (const n of ['a', 'b']) t.equal((await call(`${h.url}/api/links`, TEST_ADMIN_TOKEN, 'POST', { repository, webhookUrl: hook(n) })).status, 201);

  const queued = await sendWebhook(h.url, { event: 'push', payload: push, secret: TEST_SECRET });
  t.equal(queued.status, 202);
  t.equal((await sendWebhook(h.url, { event: 'push', payload: push, secret: TEST_SECRET, delivery: queued.delivery })).status, 200, 'a redelivery is a duplicate');
  const unlinked = await sendWebhook(h.url, { event: 'issues', payload: issueOf('octo/unlinked'), secret: TEST_SECRET });
  t.match(unlinked.json, { ignored: String });
  t.equal((await sendWebhook(h.url, { event: 'ping', payload: { zen: 'Keep it simple.', hook_id: 1 }, secret: TEST_SECRET })).status, 200);
  t.equal((await sendWebhook(h.url, { event: 'push', payload: push, secret: 'wrong' })).status, 401);

  const { status, json } = await call(`${h.url}/api/incoming`);
  t.equal(status, 200);
  t.equal(json.next, null);
  t.match(json.incoming, [
    { delivery: unlinked.delivery, event: 'issues', action: 'opened', repository: 'octo/unlinked', outcome: 'ignored', links: 0, reason: unlinked.json.ignored },
    { delivery: queued.delivery, event: 'push', action: null, repository, outcome: 'duplicate', links: 0, reason: null },
    { delivery: queued.delivery, event: 'push', action: null, repository, outcome: 'queued', links: 2, reason: null },
  ]);
  t.equal(json.incoming.length, 3, 'pings and refused signatures are not listed');
  t.ok(Math.abs(Date.parse(json.incoming[0].receivedAt) - Date.now()) < 60_000, 'dated when received');

  t.same((await call(`${h.url}/api/incoming?event=push`)).json.incoming.map((e: any) => e.outcome), ['duplicate', 'queued']);
  t.same((await call(`${h.url}/api/incoming?outcome=ignored`)).json.incoming.map((e: any) => e.delivery), [unlinked.delivery]);
  t.same((await call(`${h.url}/api/incoming?repository=OCTO/Unlinked`)).json.incoming.length, 1, 'repository in any case');
  const page = await call(`${h.url}/api/incoming?limit=2`);
  t.equal(page.json.incoming.length, 2);
  t.equal(page.json.next, page.json.incoming[1].id);
  const last = await call(`${h.url}/api/incoming?limit=2&before=${page.json.next}`);
  t.same(last.json.incoming.map((e: any) => e.outcome), ['queued']);
  t.equal(last.json.next, null);

  for (const [query, why] of [
    ['outcome=rejected', /outcome must be equal to one of the allowed values/],
    ['limit=0', /limit must be >= 1/],
    ['limit=501', /limit must be <= 500/],
    ['before=0', /before must be >= 1/],
    ['before=x', /before must be integer/],
    ['before=99999999999999999999', /before must be <= 9007199254740991/],
    ['repository=not-a-repo', /repository must match pattern/],
    ['event=Not%20An%20Event', /event must match pattern/],
    ['since=yesterday', /must NOT have additional properties/],
  ] as const) {
    const bad = await call(`${h.url}/api/incoming?${query}`);
    t.equal(bad.status, 400, query);
    t.match(bad.json.message, why, query);
  }
  t.equal((await call(`${h.url}/api/incoming`, '')).status, 401, 'no credentials');
  t.equal((await call(`${h.url}/api/incoming`, 'wrong-token')).status, 401);
});

t.test('a log that cannot write costs no webhook: it is stored and delivered all the same, and the failure logged', async (t) => {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk, _enc, cb) => (lines.push(chunk.toString()), cb()) });
  const h = await startTestApp({ logger: pino({ ...loggerOptions({ logLevel: 'warn' }) }, sink) });
  t.teardown(h.close);
  const issue = issueOf('octo/app');
  await call(`${h.url}/api/links`, TEST_ADMIN_TOKEN, 'POST', { repository: 'octo/app', webhookUrl: hook('a'), events: ['issues'] });
  await h.incoming.close();
  const sent = await sendWebhook(h.url, { event: 'issues', payload: issue, secret: TEST_SECRET });
  t.same(sent.json, { delivery: sent.delivery, links: 1 });
  t.same(h.enqueued.map((j) => j.delivery), [sent.delivery], 'handed to the worker');
  const log = await call(`${h.url}/api/deliveries`);
  t.same(log.json.deliveries.map((d: any) => d.delivery), [sent.delivery], 'stored');
  for (let i = 0; i < 100 && !lines.some((l) => l.includes('incoming log')); i++) await new Promise((r) => setTimeout(r, 10));
  t.match(lines.join(''), /could not note the webhook in the incoming log/);
});

t.test('a GitHub user sees the webhooks of the repositories they administer', async (t) => {
  const gh = await startFakeGitHub();
  t.teardown(gh.close);
  gh.addUser('mona', { 'octo/app': { admin: true }, 'octo/docs': { admin: false }, 'octo/new': { admin: true } });
  const h = await startOAuthTestApp(gh);
  t.teardown(h.close);
  gh.nextLogin = 'mona';
  const mona = (await signInOverHttp(h.url)).token!;
  const app = (await call(`${h.url}/api/links`, TEST_ADMIN_TOKEN, 'POST', { repository: 'Octo/App', webhookUrl: hook('app'), events: ['issues'] })).json;
  const docs = (await call(`${h.url}/api/links`, TEST_ADMIN_TOKEN, 'POST', { repository: 'octo/docs', webhookUrl: hook('docs'), events: ['issues'] })).json;
  for (const repository of ['octo/app', 'octo/docs', 'octo/new', 'someone/else']) {
    t.equal((await sendWebhook(h.url, { event: 'issues', payload: issueOf(repository), secret: TEST_SECRET })).status, 202);
  }

  const seen = await call(`${h.url}/api/incoming`, mona);
  t.equal(seen.status, 200);
  t.same(seen.json.incoming.map((e: any) => [e.repository, e.outcome]), [['octo/app', 'queued']], 'only repositories of links they may manage');
  const asked = await call(`${h.url}/api/incoming?repository=octo/new`, mona);
  t.same(asked.json.incoming.map((e: any) => [e.repository, e.outcome]), [['octo/new', 'ignored']], 'and one they administer without a link, asked by name');
  const refused = await call(`${h.url}/api/incoming?repository=octo/docs`, mona);
  t.equal(refused.status, 403);
  t.match(refused.json.message, /not an admin of octo\/docs/);
  t.equal((await call(`${h.url}/api/incoming`)).json.incoming.length, 4, 'the operator sees everything');

  const stats = await call(`${h.url}/api/links/stats`, mona);
  t.same(stats.json.stats.map((s: any) => s.linkId), [app.id], 'stats only of their links');
  t.equal((await call(`${h.url}/api/links/${docs.id}/redeliver-dead`, mona, 'POST')).status, 403);
  t.same((await call(`${h.url}/api/links/${app.id}/redeliver-dead`, mona, 'POST')).json, { requeued: 0 });
  const [docsDelivery] = (await call(`${h.url}/api/deliveries?linkId=${docs.id}`)).json.deliveries;
  t.equal((await call(`${h.url}/api/deliveries/${docsDelivery.id}/card`, mona)).status, 403, "no preview of another's delivery");
  const [appDelivery] = (await call(`${h.url}/api/deliveries?linkId=${app.id}`)).json.deliveries;
  t.equal((await call(`${h.url}/api/deliveries/${appDelivery.id}/card`, mona)).status, 200);
  t.equal((await call(`${h.url}/api/links/${app.id}`, mona)).json.paused, false);
});
