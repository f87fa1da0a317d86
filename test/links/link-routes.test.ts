import { Writable } from 'node:stream';
import t from 'tap';
import { pino } from 'pino';
import { request } from 'undici';
import { loggerOptions } from '../../src/logger.js';
import { adminHeaders, startTestApp } from '../helpers/test-app.js';

const WEBHOOK = 'https://contoso.webhook.office.com/webhookb2/g@t/IncomingWebhook/abc/def?sig=SUPERSECRETSIG';

async function call(url: string, method: string, body?: unknown, headers: Record<string, string> = adminHeaders()) {
  const res = await request(url, { method: method as 'GET', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.body.text();
  return { status: res.statusCode, json: text ? JSON.parse(text) : undefined, text, headers: res.headers };
}

t.test('links CRUD with write-only webhook URLs and no secrets in logs', async (t) => {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk, _enc, cb) => (lines.push(chunk.toString()), cb()) });
  const h = await startTestApp({ logger: pino({ ...loggerOptions({ logLevel: 'trace' }) }, sink) });
  t.teardown(h.close);
  const api = `${h.url}/api/links`;

  const created = await call(api, 'POST', { repository: 'Octo/Repo', webhookUrl: WEBHOOK, branches: ['main', 'release/*'] });
  t.equal(created.status, 201);
  t.equal(created.headers.location, `/api/links/${created.json.id}`);
  t.same(created.json.events, ['issues', 'pulls', 'commits', 'releases', 'deployments']);
  t.equal(created.json.webhook.host, 'contoso.webhook.office.com');
  t.notMatch(created.text, /SUPERSECRETSIG|webhookb2/);

  const dup = await call(api, 'POST', { repository: 'octo/repo', webhookUrl: WEBHOOK });
  t.equal(dup.status, 409);
  t.equal(dup.json.id, created.json.id);

  const list = await call(api, 'GET');
  t.equal(list.status, 200);
  t.same(list.json.links.map((l: any) => l.id), [created.json.id]);
  t.same((await call(`${api}?repository=OCTO/REPO`, 'GET')).json.links.length, 1);
  t.same((await call(`${api}?repository=octo/none`, 'GET')).json.links.length, 0);

  const got = await call(`${api}/${created.json.id}`, 'GET');
  t.same(got.json, created.json);

  const patched = await call(`${api}/${created.json.id}`, 'PATCH', { events: ['*'], options: { drafts: true } });
  t.equal(patched.status, 200);
  t.same(patched.json.events, ['*']);
  t.equal(patched.json.options.drafts, true);
  t.equal(patched.json.webhook.fingerprint, created.json.webhook.fingerprint);

  const moved = await call(`${api}/${created.json.id}`, 'PATCH', { webhookUrl: WEBHOOK.replace('abc', 'xyz') });
  t.not(moved.json.webhook.fingerprint, created.json.webhook.fingerprint);

  t.equal((await call(`${api}/${created.json.id}`, 'DELETE')).status, 204);
  t.equal((await call(`${api}/${created.json.id}`, 'GET')).status, 404);
  t.equal((await call(`${api}/${created.json.id}`, 'DELETE')).status, 404);

  const log = lines.join('');
  t.match(log, /link created/);
  t.notMatch(log, /SUPERSECRETSIG|webhookb2/, 'webhook URL never logged');
  t.notMatch(log, /test-admin-token/, 'admin token never logged');
});

t.test('authentication and validation answers', async (t) => {
  const h = await startTestApp({ env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: 'http://127.0.0.1:8099' } });
  t.teardown(h.close);
  const api = `${h.url}/api/links`;
  const json = { 'content-type': 'application/json' };

  const none = await call(api, 'GET', undefined, json);
  t.equal(none.status, 401);
  t.equal(none.headers['www-authenticate'], 'Bearer');
  t.equal((await call(api, 'POST', { repository: 'o/r', webhookUrl: WEBHOOK }, { ...json, authorization: 'Bearer wrong' })).status, 401);
  t.equal((await call(`${api}/x`, 'DELETE', undefined, { authorization: 'Basic abc' })).status, 401);

  const bad: Array<[unknown, RegExp]> = [
    [{ webhookUrl: WEBHOOK }, /must have required property 'repository'/],
    [{ repository: 'no-slash', webhookUrl: WEBHOOK }, /body\/repository must match pattern/],
    [{ repository: 'o/r', webhookUrl: WEBHOOK, events: ['nope'] }, /body\/events/],
    [{ repository: 'o/r', webhookUrl: WEBHOOK, events: [] }, /body\/events/],
    [{ repository: 'o/r', webhookUrl: WEBHOOK, branches: ['has space'] }, /body\/branches/],
    [{ repository: 'o/r', webhookUrl: WEBHOOK, options: { drafts: 'yes' } }, /body\/options\/drafts must be boolean/],
    [{ repository: 'o/r', webhookUrl: WEBHOOK, extra: 1 }, /must NOT have additional properties/],
    [{ repository: 'o/r', webhookUrl: 'https://evil.example.com/webhookb2/x' }, /not a Microsoft Teams webhook host/],
    [{ repository: 'o/r', webhookUrl: 'http://127.0.0.1:8098/x' }, /must use https/],
  ];
  for (const [body, message] of bad) {
    const res = await call(api, 'POST', body);
    t.equal(res.status, 400, JSON.stringify(body));
    t.match(res.json.message, message, JSON.stringify(body));
  }
  const notJson = await request(api, { method: 'POST', headers: adminHeaders(), body: '{' });
  t.equal(notJson.statusCode, 400);
  await notJson.body.dump();

  const local = await call(api, 'POST', { repository: 'o/r', webhookUrl: 'http://127.0.0.1:8099/hook' });
  t.equal(local.status, 201, 'an extra origin is accepted');
  t.equal((await call(`${api}/${local.json.id}`, 'PATCH', {})).status, 400, 'empty patch');
  t.match((await call(`${api}/${local.json.id}`, 'PATCH', { webhookUrl: 'https://x.example/y' })).json.message, /not a Microsoft Teams/);
  t.equal((await call(`${api}/${local.json.id}`, 'PATCH', { repository: 'o/other' })).status, 400, 'repository is fixed');
});

t.test('branch globs with extglobs or braces are refused with 400, naming the glob', async (t) => {
  const h = await startTestApp();
  t.teardown(h.close);
  const api = `${h.url}/api/links`;
  const crafted = '@(a|a)*'.repeat(9) + 'b';
  const refused = await call(api, 'POST', { repository: 'o/r', webhookUrl: WEBHOOK, branches: ['main', crafted] });
  t.equal(refused.status, 400);
  t.match(refused.json.message, `branches: glob "${crafted}" uses extglob syntax "@("`);
  t.equal((await h.links.list()).length, 0, 'nothing stored');
  const braces = await call(api, 'POST', { repository: 'o/r', webhookUrl: WEBHOOK, branches: ['{main,dev}'] });
  t.equal(braces.status, 400);
  t.match(braces.json.message, /glob "\{main,dev\}" uses braces/);
  t.match((await call(api, 'POST', { repository: 'o/r', webhookUrl: WEBHOOK, branches: ['v[0-9'] })).json.message, /"v\[0-9": a character class \[ is not closed/);

  const created = await call(api, 'POST', { repository: 'o/r', webhookUrl: WEBHOOK, branches: ['main', 'release/**', '!release/legacy-*', 'v[!0]?'] });
  t.equal(created.status, 201, created.text);
  const patched = await call(`${api}/${created.json.id}`, 'PATCH', { branches: ['!(wip)*'] });
  t.equal(patched.status, 400);
  t.match(patched.json.message, /glob "!\(wip\)\*" uses extglob syntax "!\("/);
  t.same((await h.links.get(created.json.id))!.branches, ['main', 'release/**', '!release/legacy-*', 'v[!0]?'], 'unchanged');
});

t.test('filters: DESIGN’s example round-trips, a PATCH merges, and every refusal is a 400 naming the field', async (t) => {
  const h = await startTestApp();
  t.teardown(h.close);
  const api = `${h.url}/api/links`;
  const filters = {
    labels: { include: ['bug', 'area/*'], exclude: ['wontfix', 'dependencies'] },
    authors: { include: [], exclude: ['renovate[bot]'], bots: false },
    paths: ['services/api/**', '!**/*.md'],
    actions: { pulls: ['opened', 'merged', 'ready_for_review'], issues: ['opened', 'closed'] },
  };
  const created = await call(api, 'POST', { repository: 'o/r', webhookUrl: WEBHOOK, branches: ['main', 'release/*', '!release/legacy-*'], filters });
  t.equal(created.status, 201, created.text);
  t.same(created.json.filters, filters);
  t.same((await call(`${api}/${created.json.id}`, 'GET')).json.filters, filters, 'read back through the API');

  const plain = await call(api, 'POST', { repository: 'o/plain', webhookUrl: WEBHOOK });
  t.same(plain.json.filters, { labels: { include: [], exclude: [] }, authors: { include: [], exclude: [], bots: true }, paths: [], actions: {} }, 'no filters read as empty ones');

  const patched = await call(`${api}/${created.json.id}`, 'PATCH', { filters: { labels: { include: [] }, actions: { pulls: [], commits: [] } } });
  t.equal(patched.status, 200, patched.text);
  t.same(patched.json.filters, { ...filters, labels: { include: [], exclude: ['wontfix', 'dependencies'] }, actions: { issues: ['opened', 'closed'] } }, 'objects merge, lists replace');

  const long = 'x'.repeat(101);
  const refused: Array<[unknown, string | RegExp]> = [
    [{ labels: { include: ['!wip'] } }, 'filters.labels.include: "!wip" starts with !, which only branches and paths take; list labels to leave out under filters.labels.exclude'],
    [{ labels: { exclude: ['{a,b}'] } }, 'filters.labels.exclude: glob "{a,b}" uses braces'],
    [{ labels: { include: [long] } }, /body\/filters\/labels\/include\/0 must NOT have more than 100 characters/],
    [{ labels: { exclude: Array.from({ length: 51 }, (_, i) => `l${i}`) } }, /body\/filters\/labels\/exclude must NOT have more than 50 items/],
    [{ authors: { exclude: ['some one'] } }, 'filters.authors.exclude: "some one" is not a login or a login glob'],
    [{ authors: { include: ['!mona'] } }, 'filters.authors.include: "!mona" starts with !'],
    [{ authors: { bots: 'no' } }, /body\/filters\/authors\/bots must be boolean/],
    [{ paths: ['/src/**'] }, 'filters.paths: "/src/**" starts with /; paths are relative to the repository root (write "src/**")'],
    [{ paths: ['src/@(a|b)/**'] }, 'filters.paths: glob "src/@(a|b)/**" uses extglob syntax'],
    [{ actions: { pull: ['opened'] } }, 'filters.actions: unknown feature "pull"; features are issues, pulls,'],
    [{ actions: { pulls: ['opened', 'merge'] } }, 'filters.actions.pulls: unknown action "merge"; pulls actions are opened, ready_for_review, reopened, closed, merged'],
    [{ actions: { commits: ['pushed'] } }, 'filters.actions.commits: commits events have no actions to choose from'],
    [{ actions: { pulls: { opened: true } } }, /body\/filters\/actions\/pulls must be array/],
    [{ mentions: true }, /body\/filters must NOT have additional properties/],
  ];
  for (const [bad, message] of refused) {
    const res = await call(api, 'POST', { repository: 'o/bad', webhookUrl: WEBHOOK, filters: bad });
    t.equal(res.status, 400, JSON.stringify(bad));
    t.match(res.json.message, message, JSON.stringify(bad));
    const patch = await call(`${api}/${created.json.id}`, 'PATCH', { filters: bad });
    t.equal(patch.status, 400, `PATCH ${JSON.stringify(bad)}`);
  }
  t.equal((await h.links.byRepository('o/bad')).length, 0, 'nothing stored');
  t.same((await call(`${api}/${created.json.id}`, 'GET')).json.filters, patched.json.filters, 'refused patches changed nothing');
});

t.test('one channel however its URL is spelt: stored canonical, duplicates refused with 409', async (t) => {
  const h = await startTestApp({ env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: 'http://127.0.0.1:8099' } });
  t.teardown(h.close);
  const api = `${h.url}/api/links`;
  const first = await call(api, 'POST', { repository: 'o/r', webhookUrl: 'https://Contoso.Webhook.Office.com:443/webhookb2/g@t/IncomingWebhook/abc/def?sig=S1#' });
  t.equal(first.status, 201);
  t.equal((await h.links.get(first.json.id))!.webhookUrl, 'https://contoso.webhook.office.com/webhookb2/g@t/IncomingWebhook/abc/def?sig=S1', 'stored canonical');
  for (const spelling of [
    'HTTPS://contoso.webhook.office.com/webhookb2/g@t/IncomingWebhook/abc/def?sig=S1',
    'https://contoso.webhook.office.com/webhookb2/g@t/IncomingWebhook/%61bc/def?sig=S1',
    'https://CONTOSO.webhook.office.com/webhookb2/g@t/IncomingWebhook/abc/def?sig=S1#frag',
  ]) {
    const dup = await call(api, 'POST', { repository: 'O/R', webhookUrl: spelling });
    t.equal(dup.status, 409, spelling);
    t.equal(dup.json.id, first.json.id);
  }

  const local = await call(api, 'POST', { repository: 'o/r', webhookUrl: 'HTTP://127.1:8099/hook?' });
  t.equal(local.status, 201, local.text);
  t.equal((await h.links.get(local.json.id))!.webhookUrl, 'http://127.0.0.1:8099/hook');
  t.equal((await call(api, 'POST', { repository: 'o/r', webhookUrl: 'http://127.0.0.1:8099/hook#' })).status, 409);

  // A link saved before URLs were normalised is compared by its canonical form too.
  const old = await h.links.create({ repository: 'o/r', webhookUrl: 'HTTP://127.0.0.1:8099/old?' });
  const again = await call(api, 'POST', { repository: 'o/r', webhookUrl: 'http://127.1:8099/old' });
  t.equal(again.status, 409);
  t.equal(again.json.id, old.id);

  // Moving a link onto a channel another link of the repository already has is the same conflict.
  const moved = await call(`${api}/${local.json.id}`, 'PATCH', { webhookUrl: 'http://127.0.0.1:8099/old' });
  t.equal(moved.status, 409);
  t.equal((await call(`${api}/${local.json.id}`, 'PATCH', { webhookUrl: 'http://127.0.0.1:8099/hook?' })).status, 200, 'its own URL is no conflict');
  const renamed = await call(`${api}/${local.json.id}`, 'PATCH', { webhookUrl: 'http://127.0.0.1:8099/NEW#x' });
  t.equal(renamed.status, 200);
  t.equal((await h.links.get(local.json.id))!.webhookUrl, 'http://127.0.0.1:8099/NEW', 'the path keeps its case');
});
