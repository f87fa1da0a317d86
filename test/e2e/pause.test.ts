/**
 * Pausing a link end to end: real server, real signed webhooks, a fake Teams. A paused link's
 * events are queued and nothing is posted for it; on resume its backlog arrives in order. Runs
 * on SQLite, and on PostgreSQL with TEST_STORES=postgres.
 */
import t from 'tap';
import { request } from 'undici';
import { createDelivery } from '../../src/delivery/delivery-service.js';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { example } from '../helpers/github-examples.js';
import { sendWebhook } from '../helpers/github-sender.js';
import { adminHeaders, startTestApp, TEST_SECRET } from '../helpers/test-app.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} };

async function api(url: string, method: 'GET' | 'POST' | 'PATCH', body?: unknown) {
  const res = await request(url, { method, headers: adminHeaders(), body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: res.statusCode, json: (await res.body.json()) as any };
}

t.test('a paused link queues its events and posts nothing; resumed, its backlog arrives in order', async (t) => {
  const teams = await startFakeTeams();
  const h = await startTestApp({
    env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url },
    worker: (stores, config, limiter) => createDelivery({ githubUrl: config.github.url, ...stores, logger: silent, options: { limiter } }),
  });
  t.teardown(async () => {
    await h.close();
    await teams.close();
  });
  const issue = example('issues', (p) => p.action === 'opened');
  const repository = issue.repository.full_name;
  const paused = (await api(`${h.url}/api/links`, 'POST', { repository, webhookUrl: `${teams.url}/paused`, events: ['issues'] })).json;
  await api(`${h.url}/api/links`, 'POST', { repository, webhookUrl: `${teams.url}/other`, events: ['issues'] });
  const send = async (title: string) => {
    const sent = await sendWebhook(h.url, { event: 'issues', payload: { ...issue, issue: { ...issue.issue, title } }, secret: TEST_SECRET });
    t.same(sent.json, { delivery: sent.delivery, links: 2 }, `${title} is queued for both links`);
  };
  const titles = (path: string) => teams.requestsFor(path).map((r) => /pause-test \d+/.exec(JSON.stringify(r.body))?.[0]);

  await send('pause-test 0');
  await teams.waitForRequests(1, '/paused', 10_000);

  const patched = await api(`${h.url}/api/links/${paused.id}`, 'PATCH', { paused: true });
  t.equal(patched.status, 200);
  t.equal(patched.json.paused, true);
  t.equal(patched.json.health, 'active');

  for (let i = 1; i <= 5; i++) await send(`pause-test ${i}`);
  await teams.waitForRequests(6, '/other', 15_000);
  // The other link's cards went out after the paused link's would have: give the worker a beat more.
  await new Promise((r) => setTimeout(r, 300));
  t.same(titles('/paused'), ['pause-test 0'], 'nothing is posted while paused');
  const waiting = await api(`${h.url}/api/deliveries?linkId=${paused.id}&status=queued`, 'GET');
  t.equal(waiting.json.deliveries.length, 5, 'its events wait in the queue');
  t.ok(
    waiting.json.deliveries.every((d: any) => d.attempts.length === 0),
    'and none was tried',
  );
  const stats = (await api(`${h.url}/api/links/stats`, 'GET')).json.stats.find((s: any) => s.linkId === paused.id);
  t.match(stats, { backlog: 5, dead: 0 });

  const resumed = await api(`${h.url}/api/links/${paused.id}`, 'PATCH', { paused: false });
  t.equal(resumed.json.paused, false);
  await teams.waitForRequests(6, '/paused', 15_000);
  t.same(titles('/paused'), ['pause-test 0', 'pause-test 1', 'pause-test 2', 'pause-test 3', 'pause-test 4', 'pause-test 5'], 'the backlog arrives, in order');
  t.same(teams.windowViolations(), [], "within Teams' windows");
  await new Promise((r) => setTimeout(r, 100));
  t.match((await api(`${h.url}/api/links/stats`, 'GET')).json.stats.find((s: any) => s.linkId === paused.id), { backlog: 0, dead: 0 });
});
