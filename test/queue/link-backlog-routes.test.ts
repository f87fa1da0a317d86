/**
 * The console's routes on a link's deliveries, over a real server, real signed webhooks and a
 * fake Teams: stats, redelivering every dead letter, the card preview and the paged delivery
 * log. SQLite, or PostgreSQL with TEST_STORES=postgres.
 */
import t from 'tap';
import type { Test } from 'tap';
import { request } from 'undici';
import { createDelivery } from '../../src/delivery/delivery-service.js';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { example } from '../helpers/github-examples.js';
import { sendWebhook } from '../helpers/github-sender.js';
import { adminHeaders, startTestApp, TEST_SECRET } from '../helpers/test-app.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} };

async function call(url: string, method: 'GET' | 'POST' | 'PATCH' = 'GET', body?: unknown, headers: Record<string, string> = adminHeaders()) {
  const res = await request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.body.text();
  return { status: res.statusCode, json: text ? JSON.parse(text) : undefined };
}

async function setup(t: Test) {
  const teams = await startFakeTeams();
  const h = await startTestApp({
    env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url },
    worker: (stores, config, limiter) =>
      createDelivery({ githubUrl: config.github.url, ...stores, logger: silent, options: { limiter, backoff: { baseMs: 20, capMs: 100, minMs: 5 } } }),
  });
  t.teardown(async () => {
    await h.close();
    await teams.close();
  });
  return { teams, h };
}

/** Waits until the link's jobs are all finished (none queued or retrying). */
async function settled(url: string, linkId: string) {
  for (const started = Date.now(); Date.now() - started < 10_000; await new Promise((r) => setTimeout(r, 25))) {
    const { json } = await call(`${url}/api/links/stats`);
    if (json.stats.find((s: any) => s.linkId === linkId)?.backlog === 0) return;
  }
  throw new Error('the backlog never drained');
}

t.test('stats, every dead letter redelivered in order, and the paged log', async (t) => {
  const { teams, h } = await setup(t);
  const issue = example('issues', (p) => p.action === 'opened');
  const repository = issue.repository.full_name;
  const link = (await call(`${h.url}/api/links`, 'POST', { repository, webhookUrl: `${teams.url}/gone`, events: ['issues'] })).json;
  const quiet = (await call(`${h.url}/api/links`, 'POST', { repository: 'octo/quiet', webhookUrl: `${teams.url}/quiet` })).json;
  teams.answer({ kind: 'status', status: 404, body: 'webhook not found' }, '/gone');

  const before = Date.now();
  for (let i = 0; i < 3; i++) {
    const sent = await sendWebhook(h.url, { event: 'issues', payload: { ...issue, issue: { ...issue.issue, title: `dead ${i}` } }, secret: TEST_SECRET });
    t.equal(sent.status, 202);
  }
  await settled(h.url, link.id);

  const stats = await call(`${h.url}/api/links/stats`);
  t.equal(stats.status, 200);
  const mine = stats.json.stats.find((s: any) => s.linkId === link.id);
  t.match(mine, { backlog: 0, dead: 3, lastDeliveredAt: null });
  t.ok(Date.parse(mine.lastAttemptAt) >= before, 'the last attempt is dated');
  t.same(
    stats.json.stats.find((s: any) => s.linkId === quiet.id),
    { linkId: quiet.id, backlog: 0, dead: 0, lastDeliveredAt: null, lastAttemptAt: null },
    'a link without deliveries has zeros and nulls',
  );

  // The delivery log, paged with `before`, has what a link page shows.
  const first = await call(`${h.url}/api/deliveries?linkId=${link.id}&limit=2`);
  t.equal(first.json.deliveries.length, 2);
  t.match(first.json.deliveries[0], { status: 'dead', lastStatusCode: 404, lastError: /404/, event: 'issues', action: 'opened', repository });
  t.match(first.json.deliveries[0].attempts, [{ statusCode: 404, outcome: 'dead', durationMs: Number }]);
  t.type(first.json.deliveries[0].finishedAt, 'string');
  t.equal(first.json.next, first.json.deliveries[1].id);
  const rest = await call(`${h.url}/api/deliveries?linkId=${link.id}&limit=2&before=${first.json.next}`);
  t.equal(rest.json.deliveries.length, 1);
  t.equal(rest.json.next, null, 'the last page says so');

  teams.answer({ kind: 'ok' }, '/gone');
  const redelivered = await call(`${h.url}/api/links/${link.id}/redeliver-dead`, 'POST');
  t.equal(redelivered.status, 202);
  t.same(redelivered.json, { requeued: 3 });
  await settled(h.url, link.id);
  const posted = teams.requestsFor('/gone').slice(3).map((r) => /dead \d/.exec(JSON.stringify(r.body))?.[0]);
  t.same(posted, ['dead 0', 'dead 1', 'dead 2'], 'redelivered in their original order');
  const after = (await call(`${h.url}/api/links/stats`)).json.stats.find((s: any) => s.linkId === link.id);
  t.match(after, { backlog: 0, dead: 0, lastDeliveredAt: String });
  t.same((await call(`${h.url}/api/links/${link.id}/redeliver-dead`, 'POST')).json, { requeued: 0 }, 'nothing left to redeliver');

  t.equal((await call(`${h.url}/api/links/no-such-link/redeliver-dead`, 'POST')).status, 404);
  t.equal((await call(`${h.url}/api/links/${link.id}/redeliver-dead`, 'POST', undefined, {})).status, 401);
  t.equal((await call(`${h.url}/api/links/stats`, 'GET', undefined, { authorization: 'Bearer wrong' })).status, 401);
  t.equal((await call(`${h.url}/api/deliveries?before=0`)).status, 400);
  t.equal((await call(`${h.url}/api/deliveries?limit=501`)).status, 400);
});

t.test('the card preview renders a delivery as it would be sent now', async (t) => {
  const { teams, h } = await setup(t);
  const pr = example('pull_request', (p) => p.action === 'synchronize');
  const link = (
    await call(`${h.url}/api/links`, 'POST', { repository: pr.repository.full_name, webhookUrl: `${teams.url}/prs`, events: ['pulls'], branches: ['*'], options: { synchronize: true } })
  ).json;
  const sent = await sendWebhook(h.url, { event: 'pull_request', payload: pr, secret: TEST_SECRET });
  t.same(sent.json, { delivery: sent.delivery, links: 1 });
  await settled(h.url, link.id);
  const [delivery] = (await call(`${h.url}/api/deliveries?linkId=${link.id}`)).json.deliveries;

  const card = await call(`${h.url}/api/deliveries/${delivery.id}/card`);
  t.equal(card.status, 200);
  t.match(card.json, { type: 'AdaptiveCard', version: '1.4', body: Array });
  const posted = teams.requestsFor('/prs')[0]!.body as any;
  t.same(card.json, posted.attachments[0].content, 'the card Teams got');

  await call(`${h.url}/api/links/${link.id}`, 'PATCH', { options: { synchronize: false } });
  const gone = await call(`${h.url}/api/deliveries/${delivery.id}/card`);
  t.equal(gone.status, 422, 'the link no longer announces new commits');
  t.match(gone.json.message, /synchronize/);

  t.equal((await call(`${h.url}/api/deliveries/999999/card`)).status, 404);
  t.equal((await call(`${h.url}/api/deliveries/abc/card`)).status, 400);
  t.equal((await call(`${h.url}/api/deliveries/99999999999999999999/card`)).status, 400, 'an id past the bigint range is refused, not sent to the store');
  t.equal((await call(`${h.url}/api/deliveries/${delivery.id}/card`, 'GET', undefined, {})).status, 401);
  await call(`${h.url}/api/links/${link.id}`, 'GET');
  const deleted = await request(`${h.url}/api/links/${link.id}`, { method: 'DELETE', headers: { authorization: adminHeaders().authorization } });
  await deleted.body.dump();
  t.equal((await call(`${h.url}/api/deliveries/${delivery.id}/card`)).status, 404, 'its link is gone');
});
