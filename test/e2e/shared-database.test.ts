/**
 * The app on PostgreSQL (DATABASE_URL mode), two instances on one schema acting as replicas, over
 * loopback HTTP: links and their 409s decided by the database, a webhook taken by one instance
 * and delivered by the target worker of the other, a sign-in and the failed-auth limit shared,
 * and what happens when the database cannot be reached (503, never an acknowledgement).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { request } from 'undici';
import { createDelivery } from '../../src/delivery/delivery-service.js';
import { PROJECT_ROOT } from '../../src/util/paths.js';
import { startCuttableProxy } from '../helpers/cuttable-proxy.js';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { freePort } from '../helpers/free-port.js';
import { example } from '../helpers/github-examples.js';
import { sendWebhook } from '../helpers/github-sender.js';
import { startOAuthTestApp } from '../helpers/oauth-test-app.js';
import { testPostgres } from '../helpers/postgres.js';
import { signInOverHttp } from '../helpers/sign-in-over-http.js';
import { adminHeaders, startTestApp, TEST_ADMIN_TOKEN, TEST_ENCRYPTION_KEY, TEST_SECRET } from '../helpers/test-app.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const HOOK = 'https://contoso.webhook.office.com/webhookb2/g@t/IncomingWebhook/abc/def?sig=S1';

async function call(url: string, method: string, body?: unknown, headers: Record<string, string> = adminHeaders()) {
  const res = await request(url, { method: method as 'GET', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.body.text();
  return { status: res.statusCode, json: text ? JSON.parse(text) : undefined };
}

t.test('links: one (repository, webhook) pair however many replicas race for it, and one link per capability', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const [a, b] = [await startTestApp({ database: db }), await startTestApp({ database: db })];
  t.teardown(async () => {
    await a.close();
    await b.close();
  });
  const body = { repository: 'octo/race', webhookUrl: HOOK };
  const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => call(`${(i % 2 ? a : b).url}/api/links`, 'POST', body)));
  const created = answers.filter((r) => r.status === 201);
  t.equal(created.length, 1, 'exactly one create wins');
  t.same(new Set(answers.filter((r) => r.status !== 201).map((r) => r.status)), new Set([409]), 'every other is 409');
  t.ok(answers.filter((r) => r.status === 409).every((r) => r.json.id === created[0].json.id), 'each 409 names the link that exists');
  t.same((await call(`${b.url}/api/links/${created[0].json.id}`, 'GET')).json.repository, 'octo/race', 'the other replica reads it');

  const other = await call(`${b.url}/api/links`, 'POST', { repository: 'octo/race', webhookUrl: HOOK.replace('S1', 'S2') });
  t.equal(other.status, 201);
  const moved = await call(`${a.url}/api/links/${other.json.id}`, 'PATCH', { webhookUrl: HOOK.toUpperCase().replace('HTTPS', 'https') });
  t.equal(moved.status, 400, 'an upper-case path is another URL, and not a Teams one');
  const clash = await call(`${a.url}/api/links/${other.json.id}`, 'PATCH', { webhookUrl: HOOK });
  t.same([clash.status, clash.json.id], [409, created[0].json.id], 'a PATCH onto a taken pair is 409 too');

  const capability = `gtbc_${'Q'.repeat(43)}`;
  t.equal((await call(`${a.url}/api/links`, 'POST', { repository: 'octo/cap', webhookUrl: HOOK, capability })).status, 201);
  const reused = await call(`${b.url}/api/links`, 'POST', { repository: 'octo/cap2', webhookUrl: HOOK, capability });
  t.same([reused.status, reused.json.message], [409, 'this capability already belongs to another link']);
  const seen = await call(`${b.url}/api/teams/link`, 'GET', undefined, { authorization: `Bearer ${capability}` });
  t.same([seen.status, seen.json.repository], [200, 'octo/cap'], 'the capability unlocks its link on every replica');

  t.equal((await call(`${b.url}/api/links/${other.json.id}`, 'DELETE')).status, 204);
  t.equal((await call(`${a.url}/api/links/${other.json.id}`, 'GET')).status, 404, 'deleted for every replica');
});

t.test('a webhook acknowledged by one replica is delivered by the target worker of another', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const teams = await startFakeTeams();
  const env = { TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url, LEASE_SECONDS: '2' };
  const ingest = await startTestApp({ database: db, env });
  const deliver = await startTestApp({
    database: db,
    env,
    worker: (stores, config, limiter) =>
      createDelivery({ githubUrl: config.github.url, ...stores, logger: silent, options: { leaseMs: config.leaseMs, limiter } }),
  });
  t.teardown(async () => {
    await ingest.close();
    await deliver.close();
    await teams.close();
  });
  const issue = example('issues', (p) => p.action === 'opened');
  const link = await call(`${deliver.url}/api/links`, 'POST', { repository: issue.repository.full_name, webhookUrl: `${teams.url}/channel`, events: ['issues'] });
  t.equal(link.status, 201);
  // Sent at once to the replica that did not create the link: its cache may not have the notice yet.
  const sent = await sendWebhook(ingest.url, { event: 'issues', payload: issue, secret: TEST_SECRET });
  t.same([sent.status, sent.json.links], [202, 1], 'routed and stored by the replica without a worker');
  await teams.waitForRequests(1, '/channel');
  t.match(JSON.stringify(teams.requestsFor('/channel')[0].body), issue.issue.html_url, 'the card is the event’s');
  // The attempt is recorded once Teams has answered: a moment after the post arrived.
  let delivery: { status: string; linkId: string } | undefined;
  for (const until = Date.now() + 5_000; Date.now() < until && delivery?.status !== 'delivered'; await new Promise((r) => setTimeout(r, 20))) {
    [delivery] = (await call(`${ingest.url}/api/deliveries`, 'GET')).json.deliveries;
  }
  t.match(delivery, { status: 'delivered', linkId: link.json.id }, 'the delivery log of either replica shows it delivered');
});

t.test('a sign-in through one replica is a session on the other; failed guesses add up over both', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const gh = await startFakeGitHub();
  const [a, b] = [await startOAuthTestApp(gh, { database: db }), await startOAuthTestApp(gh, { database: db })];
  t.teardown(async () => {
    await a.close();
    await b.close();
    await gh.close();
  });
  gh.addUser('mona', {});
  gh.nextLogin = 'mona';
  const signIn = await signInOverHttp(a.url);
  t.ok(signIn.token, 'signed in through A');
  const me = await call(`${b.url}/api/teams/me`, 'GET', undefined, { authorization: `Bearer ${signIn.token}` });
  t.same([me.status, me.json], [200, { kind: 'github', login: 'mona' }], 'B knows the session');
  t.equal((await call(`${a.url}/auth/signout`, 'POST', undefined, { authorization: `Bearer ${signIn.token}` })).status, 204);
  t.equal((await call(`${b.url}/api/teams/me`, 'GET', undefined, { authorization: `Bearer ${signIn.token}` })).status, 401, 'signed out everywhere');

  // 20 failures is the limit per address: the signed-out token at B was one, then 19 guesses at both.
  for (let i = 1; i < 20; i++) t.equal((await call(`${(i % 2 ? a : b).url}/api/links`, 'GET', undefined, { authorization: `Bearer guess-${i}` })).status, 401);
  t.equal((await call(`${a.url}/api/links`, 'GET', undefined, { authorization: 'Bearer guess-a' })).status, 429, 'A counts B’s failures');
  t.equal((await call(`${b.url}/api/links`, 'GET', undefined, { authorization: 'Bearer guess-b' })).status, 429, 'and B counts A’s');
  t.equal((await call(`${b.url}/api/links`, 'GET', undefined, { authorization: `Bearer ${TEST_ADMIN_TOKEN}` })).status, 200, 'the admin token still passes');
});

t.test('with PostgreSQL unreachable, webhooks are answered 503 and /readyz is not ready; both recover', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const upstream = new URL(db.url);
  const proxy = await startCuttableProxy({ host: upstream.hostname, port: Number(upstream.port || 5432) });
  const viaProxy = new URL(db.url);
  viaProxy.port = String(proxy.port);
  const h = await startTestApp({ database: { url: viaProxy.toString(), schema: db.schema }, env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: 'http://127.0.0.1:9' } });
  t.teardown(async () => {
    await proxy.restore().catch(() => undefined);
    await h.close();
    await proxy.close();
  });
  const issue = example('issues', (p) => p.action === 'opened');
  await h.links.create({ repository: issue.repository.full_name, webhookUrl: 'http://127.0.0.1:9/hook', events: ['issues'] });
  const unlinked = structuredClone(issue);
  unlinked.repository.full_name = 'octo/not-linked-here';
  t.equal((await call(`${h.url}/readyz`, 'GET')).status, 200);

  await proxy.cut();
  const refused = await sendWebhook(h.url, { event: 'issues', payload: issue, secret: TEST_SECRET });
  t.same([refused.status, refused.json.message], [503, 'temporarily unable to process the request'], 'a routed event that cannot be stored is not acknowledged');
  const unknown = await sendWebhook(h.url, { event: 'issues', payload: unlinked, secret: TEST_SECRET });
  t.equal(unknown.status, 503, 'nor one whose links could not be asked for');
  const ready = await call(`${h.url}/readyz`, 'GET');
  t.same([ready.status, ready.json.status], [503, 'unavailable']);
  t.equal((await call(`${h.url}/healthz`, 'GET')).status, 200, 'the process itself is alive');

  await proxy.restore();
  t.equal((await call(`${h.url}/readyz`, 'GET')).status, 200, 'ready again');
  const redelivered = await sendWebhook(h.url, { event: 'issues', payload: issue, secret: TEST_SECRET, delivery: refused.delivery });
  t.same([redelivered.status, redelivered.json.links], [202, 1], 'GitHub’s redelivery of the refused event is stored, as new');
});

t.test('a replica that cannot reach PostgreSQL at start says so in one line, without the password, and exits 1', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-nodb-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  const closed = await freePort();
  const run = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist/src/server.js')], {
    env: {
      PATH: process.env.PATH ?? '',
      DATA_DIR: dataDir,
      DATABASE_URL: `postgres://bridge:hunter2-secret@127.0.0.1:${closed}/bridge`,
      GITHUB_WEBHOOK_SECRET: TEST_SECRET,
      ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      ENCRYPTION_KEY: TEST_ENCRYPTION_KEY,
      PORT: '0',
    },
    encoding: 'utf8',
    timeout: 30_000,
  });
  t.equal(run.status, 1);
  t.equal(run.stderr.trim(), `Cannot open the database of DATABASE_URL (127.0.0.1:${closed}/bridge): connect ECONNREFUSED 127.0.0.1:${closed}`);
  t.notMatch(run.stdout + run.stderr, /hunter2/);
});
