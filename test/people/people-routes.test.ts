// The people API over loopback HTTP on the production app: admin only, exact statuses, imports
// all-or-nothing, and what it stores is what cards mention (through the cache).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { request } from 'undici';
import { openTestPeople } from '../helpers/people.js';
import { adminHeaders, startTestApp, TEST_ADMIN_TOKEN } from '../helpers/test-app.js';

const OID = '87d349ed-44d7-43e1-9a83-5f2406dee5bd';

async function call(url: string, method: string, body?: string | unknown, headers: Record<string, string> = adminHeaders()) {
  const res = await request(url, { method: method as 'GET', headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await res.body.text();
  return { status: res.statusCode, json: text ? JSON.parse(text) : undefined, text, headers: res.headers };
}

async function start(t: Test) {
  const directory = await openTestPeople(t);
  const h = await startTestApp({ people: directory.store });
  t.teardown(h.close);
  return { ...directory, h, api: `${h.url}/api/people` };
}

t.test('PUT creates (201) then replaces (200); GET, list and DELETE; the cache follows', async (t) => {
  const { api, cache, file } = await start(t);
  t.same((await call(api, 'GET')).json, { people: [] });

  const created = await call(`${api}/OctoCat`, 'PUT', { teams: 'mona@contoso.com', name: ' Mona  Octocat ' });
  t.equal(created.status, 201);
  t.equal(created.headers.location, '/api/people/OctoCat');
  t.same(created.json, { login: 'OctoCat', teams: 'mona@contoso.com', name: 'Mona Octocat' });

  const replaced = await call(`${api}/octocat`, 'PUT', { login: 'octocat', teams: OID.toUpperCase(), name: 'Mona' });
  t.equal(replaced.status, 200);
  t.same(replaced.json, { login: 'octocat', teams: OID, name: 'Mona' }, 'object ids are kept in lower case');

  t.same((await call(`${api}/OCTOCAT`, 'GET')).json, { login: 'octocat', teams: OID, name: 'Mona' });
  t.same((await call(api, 'GET')).json.people, [{ login: 'octocat', teams: OID, name: 'Mona' }]);
  await cache.settled();
  t.equal(cache.byLogin('OctoCat')?.teams, OID, 'the cache cards read has it');
  t.match(readFileSync(file, 'utf8'), /"login": "octocat"/, 'and so has people.json');

  t.equal((await call(`${api}/octocat`, 'DELETE')).status, 204);
  t.equal((await call(`${api}/octocat`, 'GET')).status, 404);
  t.equal((await call(`${api}/octocat`, 'DELETE')).status, 404);
  await cache.settled();
  t.equal(cache.byLogin('octocat'), undefined);
});

t.test('only the operator: 401 without or with a wrong token, 403 for a link capability', async (t) => {
  const { api, h } = await start(t);
  const capability = `gtbc_${'C'.repeat(43)}`;
  const link = await call(`${h.url}/api/links`, 'POST', { repository: 'octo/repo', webhookUrl: 'https://contoso.webhook.office.com/webhookb2/a@b/IncomingWebhook/c/d', capability });
  t.equal(link.status, 201);
  const json = { 'content-type': 'application/json' };
  for (const [what, headers] of [
    ['no token', json],
    ['a wrong token', { ...json, authorization: 'Bearer wrong' }],
  ] as const) {
    const res = await call(`${api}/octocat`, 'PUT', { teams: 'm@contoso.com', name: 'M' }, headers);
    t.equal(res.status, 401, what);
    t.equal(res.headers['www-authenticate'], 'Bearer');
  }
  const asCapability = { ...json, authorization: `Bearer ${capability}` };
  t.equal((await call(api, 'GET', undefined, asCapability)).status, 403);
  const refused = await call(`${api}/import`, 'POST', 'x'.repeat(3 * 1024 * 1024), { ...asCapability, 'content-type': 'text/csv' });
  t.equal(refused.status, 403, 'refused before a large body is read');
  t.equal(refused.headers.connection, 'close', 'and the unread upload does not keep the connection (and a graceful close) waiting');
  t.match(refused.json.message, /only the operator/);
  t.notMatch(refused.text, new RegExp(TEST_ADMIN_TOKEN), 'no secret in the answer');
});

t.test('bad input: 400 naming the field, 404, 415', async (t) => {
  const { api } = await start(t);
  const bad: Array<[string, unknown, RegExp]> = [
    ['/octocat', { teams: 'not-an-address', name: 'M' }, /neither a UPN or email .* nor an Entra object id/],
    ['/octocat', { teams: 'm@contoso.com', name: '   ' }, /name is required/],
    ['/octocat', { teams: 'm@contoso.com', name: 'Evil <at>Boss</at>' }, /must not contain control characters, < or >/],
    ['/octocat', { teams: 'm@contoso.com', name: 'x'.repeat(101) }, /longer than 100/],
    ['/octocat', { teams: 'm@contoso.com' }, /must have required property 'name'/],
    ['/octocat', { teams: 'm@contoso.com', name: 'M', admin: true }, /must NOT have additional properties/],
    ['/octocat', { login: 'hubot', teams: 'm@contoso.com', name: 'M' }, /the body's login "hubot" is not the path's octocat/],
    ['/not_a_login', { teams: 'm@contoso.com', name: 'M' }, /not a GitHub login/],
    ['/octocat', [], /body must be object/],
  ];
  for (const [path, body, message] of bad) {
    const res = await call(`${api}${path}`, 'PUT', body);
    t.equal(res.status, 400, JSON.stringify(body));
    t.match(res.json.message, message);
  }
  t.equal((await call(`${api}/octocat`, 'PUT', '{"teams": ', adminHeaders())).status, 400, 'broken JSON');
  t.equal((await call(`${api}/octocat`, 'PUT', 'teams=m', adminHeaders({ 'content-type': 'text/plain' }))).status, 415);
  t.equal((await call(`${api}/octocat`, 'PUT', '<p/>', adminHeaders({ 'content-type': 'application/xml' }))).status, 415);
  t.equal((await call(`${api}/nobody`, 'GET')).status, 404);
  t.same((await call(api, 'GET')).json.people, [], 'nothing was stored');
});

t.test('import: CSV and JSON, all or nothing, 400 listing every bad row, 413 and 415', async (t) => {
  const { api, cache } = await start(t);
  const csv = '\uFEFFlogin,teams,name\r\noctocat,mona@contoso.com,"Octocat, Mona"\r\nhubot[bot],' + OID + ',Hubot\r\n';
  const imported = await call(`${api}/import`, 'POST', csv, adminHeaders({ 'content-type': 'text/csv; charset=utf-8' }));
  t.equal(imported.status, 200);
  t.same(imported.json, { imported: 2, created: 2, updated: 0 });
  await cache.settled();
  t.equal(cache.byLogin('HUBOT[bot]')?.name, 'Hubot');

  const json = await call(`${api}/import`, 'POST', [{ login: 'OctoCat', teams: 'mona.lisa@contoso.com', name: 'Mona Lisa' }, { login: 'new-one', teams: 'new@contoso.com', name: 'New' }]);
  t.same(json.json, { imported: 2, created: 1, updated: 1 });

  const before = (await call(api, 'GET')).json.people;
  const bad = await call(`${api}/import`, 'POST', 'login,teams,name\nfine,fine@contoso.com,Fine\n-x,x@contoso.com,X\ny,nope,Y\n', adminHeaders({ 'content-type': 'text/csv' }));
  t.equal(bad.status, 400);
  t.match(bad.json.message, /^2 rows are invalid, so nobody was imported: row 3: login "-x"/);
  t.match(bad.json.errors, [{ row: 3, reason: /not a GitHub login/ }, { row: 4, reason: /neither a UPN/ }]);
  t.same((await call(api, 'GET')).json.people, before, 'not even the good row was stored');

  t.match((await call(`${api}/import`, 'POST', { login: 'x' })).json, { statusCode: 400, message: /must be a JSON array/ });
  t.match((await call(`${api}/import`, 'POST', 'login,teams\n', adminHeaders({ 'content-type': 'text/csv' }))).json.errors, [{ row: 1, reason: /no name column/ }]);
  t.equal((await call(`${api}/import`, 'POST', 'a', adminHeaders({ 'content-type': 'text/plain' }))).status, 415);
  t.equal((await call(`${api}/import`, 'POST', '<a/>', adminHeaders({ 'content-type': 'application/xml' }))).status, 415);
  const huge = `login,teams,name\n${'x,x@contoso.com,X\n'.repeat(130_000)}`;
  t.equal((await call(`${api}/import`, 'POST', huge, adminHeaders({ 'content-type': 'text/csv' }))).status, 413);
  t.same((await call(api, 'GET')).json.people, before);
});

t.test('the app serves the directory from its own stores, which keep it across a restart', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-people-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  const h = await startTestApp({ dataDir });
  t.equal((await call(`${h.url}/api/people`, 'GET', undefined, {})).status, 401, 'admin only');
  t.equal((await call(`${h.url}/api/people/octocat`, 'PUT', { teams: 'octo@contoso.com', name: 'Mona' })).status, 201);
  await h.close();
  const again = await startTestApp({ dataDir });
  t.teardown(again.close);
  t.match((await call(`${again.url}/api/people`, 'GET')).json.people, [{ login: 'octocat', teams: 'octo@contoso.com', name: 'Mona' }]);
});
