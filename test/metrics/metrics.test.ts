/**
 * `/metrics` after a real pipeline run: signed webhooks over HTTP, the real worker posting to the
 * fake Teams, the exposition scraped over HTTP and parsed. Every counter must hold exactly what
 * happened, on the embedded stores and on PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import t, { type Test } from 'tap';
import { request } from 'undici';
import { createDelivery } from '../../src/delivery/delivery-service.js';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { example } from '../helpers/github-examples.js';
import { sendWebhook } from '../helpers/github-sender.js';
import { testPostgres } from '../helpers/postgres.js';
import { parsePrometheusText, type Scrape } from '../helpers/prometheus-text.js';
import { adminHeaders, startTestApp, TEST_SECRET, type TestApp, type TestDatabase } from '../helpers/test-app.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const METRICS_TOKEN = 'metrics-token-4f1c2a9b7e';

async function scrape(url: string, headers: Record<string, string> = {}): Promise<Scrape> {
  const res = await request(`${url}/metrics`, { headers });
  const text = await res.body.text();
  if (res.statusCode !== 200) throw new Error(`/metrics answered ${res.statusCode}: ${text}`);
  return parsePrometheusText(text);
}

/** Scrapes until `done` holds of a scrape (things the worker does after Teams answered); the last scrape. */
async function scrapeUntil(url: string, done: (s: Scrape) => boolean, what: string): Promise<Scrape> {
  for (const started = Date.now(); ; await sleep(20)) {
    const s = await scrape(url);
    if (done(s)) return s;
    if (Date.now() - started > 10_000) throw new Error(`never saw ${what}`);
  }
}

async function pipeline(t: Test, database?: TestDatabase) {
  const teams = await startFakeTeams();
  const h: TestApp = await startTestApp({
    database,
    env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url },
    worker: (stores, config, limiter, metrics) =>
      createDelivery({
        githubUrl: config.github.url,
        ...stores,
        logger: silent,
        // The 404 below marks its link dead at once (failingAfter 1 would make any other failure count).
        options: { limiter, observer: metrics, failingAfter: 1, backoff: { baseMs: 20, capMs: 100, minMs: 5 } },
      }),
  });
  t.teardown(async () => {
    await h.close();
    await teams.close();
  });
  return { teams, h };
}

async function runPipeline(t: Test, database?: TestDatabase) {
  const started = Date.now();
  const { teams, h } = await pipeline(t, database);

  const before = await scrape(h.url);
  t.same(before.series('bridge_webhooks_total'), [], 'no webhook counted yet');
  t.same(before.series('bridge_deliveries_total').map((s) => [s.labels.outcome, s.value]), [['delivered', 0], ['retried', 0], ['dead', 0]]);
  t.same(before.series('bridge_jobs').map((s) => [s.labels.status, s.value]), [['queued', 0], ['retrying', 0], ['delivered', 0], ['dead', 0]]);
  t.same(before.series('bridge_links').map((s) => [s.labels.health, s.value]), [['active', 0], ['failing', 0], ['dead', 0]]);

  const issue = example('issues', (p) => p.action === 'opened');
  const repository = issue.repository.full_name;
  const links: any[] = [];
  for (const path of ['/ok', '/flaky', '/gone']) {
    const res = await request(`${h.url}/api/links`, { method: 'POST', headers: adminHeaders(), body: JSON.stringify({ repository, webhookUrl: `${teams.url}${path}`, events: ['issues'] }) });
    t.equal(res.statusCode, 201);
    links.push(await res.body.json());
  }
  teams.answerNext('/flaky', { kind: 'status', status: 500 });
  teams.answer({ kind: 'status', status: 404, body: 'webhook not found' }, '/gone');

  const send = (event: string, payload: unknown, extra: Partial<Parameters<typeof sendWebhook>[1]> = {}) =>
    sendWebhook(h.url, { event, payload, secret: TEST_SECRET, ...extra });
  const queued = await send('issues', issue);
  t.same(queued.json, { delivery: queued.delivery, links: 3 });
  t.equal((await send('issues', issue, { delivery: queued.delivery })).status, 200, 'the same delivery again: duplicate');
  const elsewhere = structuredClone(issue);
  elsewhere.repository.full_name = 'someone-else/unlinked';
  t.match((await send('issues', elsewhere)).json, { ignored: String }, 'a repository without links: ignored');
  t.equal((await send('ping', { zen: 'Keep it logically awesome.', hook_id: 1 })).status, 200);
  const madeUp = `made-up-${randomUUID()}`;
  t.match((await send(madeUp, issue)).json, { ignored: String }, 'an event the catalog does not know: ignored');
  t.equal((await send('issues', issue, { secret: 'not the secret' })).status, 401);
  t.equal((await send(`evil-${randomUUID()}`, issue, { secret: 'not the secret' })).status, 401);
  t.equal((await send('issues', issue, { headers: { 'x-github-event': undefined } })).status, 400);
  t.equal((await send('push', issue, { contentType: 'text/plain' })).status, 415);

  await teams.waitForRequests(1, '/ok', 10_000);
  await teams.waitForRequests(2, '/flaky', 10_000);
  await teams.waitForRequests(1, '/gone', 10_000);
  const s = await scrapeUntil(
    h.url,
    (s) => s.value('bridge_deliveries_total', { outcome: 'delivered' }) === 2 && s.value('bridge_links', { health: 'dead' }) === 1,
    'both deliveries counted and the refused link dead',
  );
  const elapsed = (Date.now() - started) / 1000;

  const webhooks = s
    .series('bridge_webhooks_total')
    .map((x) => `${x.labels.event} ${x.labels.outcome} ${x.value}`)
    .sort();
  t.same(
    webhooks,
    ['issues duplicate 1', 'issues ignored 1', 'issues queued 1', 'issues rejected 1', 'other ignored 1', 'other rejected 2', 'ping ignored 1', 'push rejected 1'],
    'one count per webhook, by event and outcome; names the catalog does not know are "other"',
  );
  t.same(
    Object.fromEntries(s.series('bridge_deliveries_total').map((x) => [x.labels.outcome, x.value])),
    { delivered: 2, retried: 1, dead: 1 },
  );
  const jobs = Object.fromEntries(s.series('bridge_jobs').map((x) => [x.labels.status, x.value]));
  t.same(jobs, { queued: 0, retrying: 0, delivered: 2, dead: 1 });
  t.same(jobs, await h.deliveries.countByStatus(), 'the gauge is the store’s count');
  t.same(Object.fromEntries(s.series('bridge_links').map((x) => [x.labels.health, x.value])), { active: 2, failing: 0, dead: 1 });

  t.equal(s.value('bridge_delivery_latency_seconds_count'), 2, 'one latency per delivered card');
  const latencySum = s.value('bridge_delivery_latency_seconds_sum')!;
  t.ok(latencySum > 0 && latencySum < 2 * elapsed, `latency sum ${latencySum} s within the run's ${elapsed} s`);
  t.equal(s.value('bridge_delivery_latency_seconds_bucket', { le: '+Inf' }), 2);
  t.equal(s.types.get('bridge_webhooks_total'), 'counter');
  t.equal(s.types.get('bridge_jobs'), 'gauge');
  t.equal(s.types.get('bridge_links'), 'gauge');
  t.equal(s.types.get('bridge_delivery_latency_seconds'), 'histogram');
  t.equal(s.types.get('bridge_window_wait_seconds'), 'histogram');
  t.ok(s.value('process_cpu_user_seconds_total')! > 0, "prom-client's process defaults are there");
  t.ok(s.series('nodejs_heap_size_used_bytes').length > 0);

  const labelValues = s.samples.filter((x) => x.name.startsWith('bridge_')).flatMap((x) => Object.values(x.labels));
  for (const secret of [repository, elsewhere.repository.full_name, teams.url, madeUp, ...links.map((l) => l.id)]) {
    t.notOk(labelValues.some((v) => v.includes(secret)), `no label holds ${secret}`);
  }
}

t.test('after a pipeline run on the embedded stores, every figure is what happened', (t) => runPipeline(t));

t.test('the same on PostgreSQL, where bridge_jobs is the shared store’s count', async (t) => {
  const db = await testPostgres(t);
  if (db) await runPipeline(t, db);
});

t.test('window waits are observed when Teams’ windows hold cards back', async (t) => {
  const teams = await startFakeTeams();
  // One card a 400 ms window (plus the charge a newly held target takes): the cards after the first wait.
  const h = await startTestApp({
    env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url },
    worker: (stores, config, _limiter, metrics) =>
      createDelivery({ githubUrl: config.github.url, ...stores, logger: silent, options: { observer: metrics, windows: [{ limit: 1, ms: 400 }], guardMs: 0 } }),
  });
  t.teardown(async () => {
    await h.close();
    await teams.close();
  });
  const issue = example('issues', (p) => p.action === 'opened');
  const res = await request(`${h.url}/api/links`, { method: 'POST', headers: adminHeaders(), body: JSON.stringify({ repository: issue.repository.full_name, webhookUrl: `${teams.url}/slow-channel`, events: ['issues'] }) });
  t.equal(res.statusCode, 201);
  const started = Date.now();
  for (let i = 0; i < 3; i++) t.equal((await sendWebhook(h.url, { event: 'issues', payload: issue, secret: TEST_SECRET })).status, 202);
  await teams.waitForRequests(3, '/slow-channel', 10_000);
  const s = await scrapeUntil(h.url, (s) => s.value('bridge_deliveries_total', { outcome: 'delivered' }) === 3, 'three deliveries');
  const elapsed = (Date.now() - started) / 1000;
  const count = s.value('bridge_window_wait_seconds_count')!;
  const sum = s.value('bridge_window_wait_seconds_sum')!;
  t.ok(count >= 2 && count <= 3, `${count} posts waited (the two after the first, and maybe the first behind the takeover charge)`);
  t.ok(sum >= 0.3 * (count - 1) && sum <= elapsed, `they waited ${sum} s in all, within the run's ${elapsed} s`);
});

t.test('METRICS_TOKEN guards the route; failures count towards the failed-auth limit', async (t) => {
  const h = await startTestApp({ env: { METRICS_TOKEN } });
  t.teardown(() => h.close());
  const get = async (headers: Record<string, string> = {}) => {
    const res = await request(`${h.url}/metrics`, { headers });
    return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
  };
  const none = await get();
  t.equal(none.status, 401);
  t.equal(none.headers['www-authenticate'], 'Bearer');
  t.match(JSON.parse(none.text), { statusCode: 401, message: /METRICS_TOKEN/ });
  t.equal((await get({ authorization: 'Bearer wrong' })).status, 401);
  t.equal((await get({ authorization: `Bearer ${METRICS_TOKEN}x` })).status, 401);
  t.equal((await get({ authorization: adminHeaders().authorization })).status, 401, 'the admin token is not the metrics token');
  const ok = await get({ authorization: `Bearer ${METRICS_TOKEN}` });
  t.equal(ok.status, 200);
  t.match(ok.headers['content-type'], /^text\/plain; version=0\.0\.4/);
  t.match(ok.text, /# TYPE bridge_webhooks_total counter/);
  t.same(parsePrometheusText(ok.text).series('bridge_webhooks_total'), [], 'an app of its own: nothing counted by the other tests');

  let status = 401;
  for (let i = 0; i < 25 && status === 401; i++) status = (await get({ authorization: 'Bearer guess' })).status;
  t.equal(status, 429, 'guessing the token is slowed down like guessing the admin token');
  t.equal((await get({ authorization: `Bearer ${METRICS_TOKEN}` })).status, 200, 'the right token is never refused');
});

t.test('without METRICS_TOKEN the route is open', async (t) => {
  const h = await startTestApp();
  t.teardown(() => h.close());
  const res = await request(`${h.url}/metrics`);
  t.equal(res.statusCode, 200);
  t.match(await res.body.text(), /# TYPE bridge_jobs gauge/);
});
