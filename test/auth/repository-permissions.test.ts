import t from 'tap';
import { request } from 'undici';
import { createRepositoryAdminCheck } from '../../src/auth/repository-permissions.js';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { startOAuthTestApp } from '../helpers/oauth-test-app.js';
import { signInOverHttp } from '../helpers/sign-in-over-http.js';
import { TEST_ADMIN_TOKEN } from '../helpers/test-app.js';

const hook = (n: number) => `https://contoso.webhook.office.com/webhookb2/g@t/IncomingWebhook/${n}/def?sig=SECRET${n}`;

async function call(url: string, method: string, bearer: string, body?: unknown) {
  const headers: Record<string, string> = { authorization: `Bearer ${bearer}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await request(url, { method: method as 'GET', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.body.text();
  return { status: res.statusCode, json: text ? JSON.parse(text) : undefined };
}

t.test('listing links asks GitHub once per distinct repository, then reuses the answer; changes ask afresh', async (t) => {
  const gh = await startFakeGitHub();
  t.teardown(gh.close);
  gh.addUser('mona', { 'octo/app': { admin: true }, 'octo/lib': { admin: true }, 'octo/docs': { admin: false } });
  const h = await startOAuthTestApp(gh);
  t.teardown(h.close);
  const api = `${h.url}/api/links`;
  gh.nextLogin = 'mona';
  const mona = (await signInOverHttp(h.url)).token!;

  const repositories = ['octo/app', 'Octo/Lib', 'octo/docs'];
  for (let n = 0; n < 12; n++) {
    t.equal((await call(api, 'POST', TEST_ADMIN_TOKEN, { repository: repositories[n % 3], webhookUrl: hook(n) })).status, 201);
  }
  const repoCalls = () => gh.requests.filter((r) => r.startsWith('GET /api/v3/repos/')).length;

  const before = repoCalls();
  const list = await call(api, 'GET', mona);
  t.equal(list.status, 200);
  t.equal(list.json.links.length, 8, 'the links of the two repositories mona administers');
  t.equal(repoCalls() - before, 3, 'one GitHub call per distinct repository, not one per link');

  const again = await call(api, 'GET', mona);
  t.same(again.json, list.json);
  t.equal(repoCalls() - before, 3, 'a second list within the minute asks GitHub nothing');

  // A revoked right stops changes at once: writes never rely on a remembered answer.
  gh.setAdmin('mona', 'octo/app', false);
  const appLink = list.json.links.find((l: { repository: string }) => l.repository === 'octo/app');
  t.equal((await call(`${api}/${appLink.id}`, 'PATCH', mona, { events: ['*'] })).status, 403);
  t.equal(repoCalls() - before, 4);
  t.equal((await call(api, 'GET', mona)).json.links.length, 4, 'and the fresh answer replaces the remembered one');
});

t.test('answers are kept per session token for the time to live, and failures are not kept', async (t) => {
  const gh = await startFakeGitHub();
  t.teardown(gh.close);
  const mona = gh.addUser('mona', { 'octo/app': { admin: true } });
  const hubot = gh.addUser('hubot', { 'octo/app': { admin: false } });
  let clock = 0;
  const check = createRepositoryAdminCheck({ apiUrl: gh.apiUrl, ttlMs: 60_000, now: () => clock });
  const calls = () => gh.requests.length;

  const concurrent = await Promise.all([check(mona, 'octo/app'), check(mona, 'OCTO/APP'), check(mona, 'octo/app')]);
  t.same(concurrent, [true, true, true]);
  t.equal(calls(), 1, 'questions in flight at once share one request');
  t.equal(await check(hubot, 'octo/app'), false, 'another session gets its own answer');
  t.equal(calls(), 2);
  clock = 59_999;
  t.equal(await check(mona, 'octo/app'), true);
  t.equal(calls(), 2, 'within the minute');
  clock = 60_000;
  await check(mona, 'octo/app');
  t.equal(calls(), 3, 'asked again after the minute');
  await check(mona, 'octo/app', { fresh: true });
  t.equal(calls(), 4, 'fresh asks at once');

  await t.rejects(check('gho_not-a-token', 'octo/app'), 'a 401 from GitHub is an error');
  await t.rejects(check('gho_not-a-token', 'octo/app'));
  t.equal(calls(), 6, 'and is not remembered');
});
