import t from 'tap';
import { request } from 'undici';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { startOAuthTestApp } from '../helpers/oauth-test-app.js';
import { signInOverHttp } from '../helpers/sign-in-over-http.js';
import { TEST_ADMIN_TOKEN, TEST_SECRET } from '../helpers/test-app.js';

const hook = (n: number) => `https://contoso.webhook.office.com/webhookb2/g@t/IncomingWebhook/${n}/def?sig=SECRET${n}`;
const capability = (c: string) => `gtbc_${c.repeat(43).slice(0, 43)}`;

async function call(url: string, method: string, bearer?: string, body?: unknown) {
  const headers: Record<string, string> = {};
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await request(url, { method: method as 'GET', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.body.text();
  return { status: res.statusCode, json: text ? JSON.parse(text) : undefined, text };
}

t.test('every way to prove a right on a link, and every refusal', async (t) => {
  const gh = await startFakeGitHub();
  t.teardown(gh.close);
  gh.addUser('mona', { 'octo/app': { admin: true }, 'octo/docs': { admin: false } });
  gh.addUser('hubot', { 'octo/app': { admin: false } });
  const h = await startOAuthTestApp(gh);
  t.teardown(h.close);
  const api = `${h.url}/api/links`;
  gh.nextLogin = 'mona';
  const mona = (await signInOverHttp(h.url)).token!;
  gh.nextLogin = 'hubot';
  const hubot = (await signInOverHttp(h.url)).token!;
  t.match(mona, /^gtbs_/);

  t.test('no credential, a wrong one, an unknown session or capability: 401', async (t) => {
    for (const bearer of [undefined, 'nope-not-a-token', 'gtbs_unknownsession', capability('z')]) {
      t.equal((await call(api, 'GET', bearer)).status, 401, String(bearer));
      t.equal((await call(`${h.url}/api/teams/me`, 'GET', bearer)).status, 401);
    }
  });

  t.test('/api/teams/me tells the page who it is; only the operator sees the webhook secret', async (t) => {
    t.same((await call(`${h.url}/api/teams/me`, 'GET', TEST_ADMIN_TOKEN)).json, { kind: 'admin', webhookSecret: TEST_SECRET });
    const me = await call(`${h.url}/api/teams/me`, 'GET', mona);
    t.same(me.json, { kind: 'github', login: 'mona' });
    t.notMatch(me.text, /Secret to Everybody/);
  });

  t.test('the repository picker lists only repositories the user administers', async (t) => {
    const repos = await call(`${h.url}/api/teams/repositories`, 'GET', mona);
    t.same(repos.json.map((r: { fullName: string }) => r.fullName), ['octo/app']);
    t.equal((await call(`${h.url}/api/teams/repositories`, 'GET', TEST_ADMIN_TOKEN)).status, 403);
  });

  let adminLink = '';
  t.test('the admin token links any repository and touches no GitHub hook', async (t) => {
    const before = gh.requests.length;
    const res = await call(api, 'POST', TEST_ADMIN_TOKEN, { repository: 'octo/app', webhookUrl: hook(1) });
    t.equal(res.status, 201);
    t.equal(res.json.createdBy, 'admin');
    t.equal(res.json.hook, undefined);
    t.equal(gh.requests.length, before, 'no GitHub call');
    adminLink = res.json.id;
  });

  let monaLink = '';
  const cap = capability('A');
  t.test('a GitHub admin of the repository links it; the hook is created, then widened', async (t) => {
    const res = await call(api, 'POST', mona, { repository: 'Octo/App', webhookUrl: hook(2), events: ['issues'], capability: cap });
    t.equal(res.status, 201, res.text);
    t.equal(res.json.createdBy, 'github:mona');
    t.equal(res.json.hook.status, 'created');
    const hooks = gh.hooks.get('octo/app')!;
    t.equal(hooks.length, 1);
    t.equal(hooks[0].config.url, `${h.config.publicUrl}/api/github/webhooks`);
    t.equal(hooks[0].config.content_type, 'json');
    t.equal(hooks[0].config.secret, TEST_SECRET);
    t.ok(hooks[0].events.includes('issues') && hooks[0].events.includes('push'));
    t.equal(res.json.hookId, hooks[0].id);
    t.notMatch(res.text, /gtbc_|SECRET2/, 'neither the capability nor the webhook URL comes back');
    monaLink = res.json.id;

    const wider = await call(`${api}/${monaLink}`, 'PATCH', mona, { events: ['issues', 'stars'] });
    t.equal(wider.status, 200);
    t.ok(gh.hooks.get('octo/app')![0].events.includes('watch'), 'widened with the event GitHub sends for stars');
  });

  t.test('no admin right on the repository: 403, and nothing is created', async (t) => {
    const count = (await h.links.list()).length;
    t.equal((await call(api, 'POST', mona, { repository: 'octo/docs', webhookUrl: hook(3) })).status, 403);
    t.equal((await call(api, 'POST', mona, { repository: 'octo/secret', webhookUrl: hook(3) })).status, 403);
    t.equal((await call(api, 'POST', hubot, { repository: 'octo/app', webhookUrl: hook(3) })).status, 403);
    t.equal((await h.links.list()).length, count);
  });

  t.test('a GitHub admin manages links others made; a non-admin may not', async (t) => {
    t.equal((await call(`${api}/${adminLink}`, 'GET', mona)).status, 200);
    t.equal((await call(`${api}/${adminLink}`, 'GET', hubot)).status, 403);
    t.equal((await call(`${api}/${adminLink}`, 'PATCH', hubot, { events: ['*'] })).status, 403);
    t.equal((await call(`${api}/${adminLink}`, 'DELETE', hubot)).status, 403);
    t.same((await call(api, 'GET', hubot)).json, { links: [] }, 'the list hides what the caller cannot manage');
  });

  t.test('a capability unlocks exactly its own link, and never creates one', async (t) => {
    const mine = await call(`${h.url}/api/teams/link`, 'GET', cap);
    t.equal(mine.status, 200);
    t.equal(mine.json.id, monaLink);
    t.equal((await call(`${h.url}/api/teams/link`, 'GET', mona)).status, 400, 'only a capability finds a link this way');
    t.equal((await call(`${api}/${monaLink}`, 'PATCH', cap, { events: ['pulls'] })).status, 200);
    t.equal((await call(`${api}/${adminLink}`, 'GET', cap)).status, 403);
    t.equal((await call(api, 'POST', cap, { repository: 'octo/app', webhookUrl: hook(4) })).status, 403);
    t.equal((await call(`${h.url}/api/teams/repositories`, 'GET', cap)).status, 403);
  });

  t.test('a malformed capability is refused at create', async (t) => {
    const res = await call(api, 'POST', TEST_ADMIN_TOKEN, { repository: 'octo/app', webhookUrl: hook(5), capability: 'gtbc_short' });
    t.equal(res.status, 400);
  });

  t.test('removing: the capability keeps the hook (no GitHub token), the last removal by an admin deletes it', async (t) => {
    const byCap = await call(`${api}/${monaLink}`, 'DELETE', cap);
    t.equal(byCap.status, 204, 'another link of the repository still needs the hook');
    t.equal(gh.hooks.get('octo/app')!.length, 1);
    const last = await call(`${api}/${adminLink}`, 'DELETE', mona);
    t.equal(last.status, 200);
    t.equal(last.json.hook.status, 'deleted');
    t.equal(gh.hooks.get('octo/app')!.length, 0);
  });

  t.test('signing out ends the session', async (t) => {
    t.equal((await call(`${h.url}/auth/signout`, 'POST', hubot)).status, 204);
    t.equal((await call(api, 'GET', hubot)).status, 401);
  });
});
