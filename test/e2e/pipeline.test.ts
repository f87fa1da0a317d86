import t from 'tap';
import type { Test } from 'tap';
import { request } from 'undici';
import { createDelivery } from '../../src/delivery/delivery-service.js';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { example } from '../helpers/github-examples.js';
import { sendWebhook } from '../helpers/github-sender.js';
import { adminHeaders, startTestApp, TEST_SECRET } from '../helpers/test-app.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} };

async function setup(t: Test) {
  const teams = await startFakeTeams();
  const h = await startTestApp({
    env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url },
    worker: (stores, config) =>
      createDelivery({ githubUrl: config.github.url, ...stores, logger: silent, options: { backoff: { baseMs: 20, capMs: 100, minMs: 5 } } }),
  });
  t.teardown(async () => {
    await h.close();
    await teams.close();
  });
  const link = async (body: object) => {
    const res = await request(`${h.url}/api/links`, { method: 'POST', headers: adminHeaders(), body: JSON.stringify(body) });
    const json: any = await res.body.json();
    t.equal(res.statusCode, 201);
    return json;
  };
  return { teams, h, link };
}

t.test('a signed push and an issue reach the fake Teams as valid cards, in order', async (t) => {
  const { teams, h, link } = await setup(t);
  const push = example('push', (p) => p.commits.length > 0 && !p.deleted);
  push.ref = `refs/heads/${push.repository.default_branch}`;
  const issue = example('issues', (p) => p.action === 'opened');
  issue.repository.full_name = push.repository.full_name;
  await link({ repository: push.repository.full_name, webhookUrl: `${teams.url}/channel-a`, events: ['commits', 'issues'] });

  t.equal((await sendWebhook(h.url, { event: 'push', payload: push, secret: TEST_SECRET })).status, 202);
  t.equal((await sendWebhook(h.url, { event: 'issues', payload: issue, secret: TEST_SECRET })).status, 202);
  await teams.waitForRequests(2, '/channel-a', 10_000);
  const [first, second] = teams.requestsFor('/channel-a').map((r) => r.body as any);
  for (const message of [first, second]) {
    t.equal(message.type, 'message');
    t.equal(message.attachments[0].contentType, 'application/vnd.microsoft.card.adaptive');
    t.equal(message.attachments[0].content.version, '1.4');
    t.equal(message.attachments[0].content.msteams.width, 'Full');
  }
  t.match(JSON.stringify(first), push.compare, 'push card first, with the compare link');
  t.match(JSON.stringify(second), issue.issue.html_url, 'then the issue card');

  await new Promise((r) => setTimeout(r, 50));
  const log: any = await (await request(`${h.url}/api/deliveries`, { headers: adminHeaders() })).body.json();
  t.same(log.deliveries.map((d: any) => [d.event, d.status, d.attempts[0].statusCode]), [
    ['issues', 'delivered', 200],
    ['push', 'delivered', 200],
  ]);
});

t.test('failures are retried, dead-lettered and redeliverable through the API', async (t) => {
  const { teams, h, link } = await setup(t);
  const issue = example('issues', (p) => p.action === 'opened');
  const a = await link({ repository: issue.repository.full_name, webhookUrl: `${teams.url}/flaky`, events: ['issues'] });
  const b = await link({ repository: issue.repository.full_name, webhookUrl: `${teams.url}/gone`, events: ['issues'] });
  teams.answerNext('/flaky', { kind: 'status', status: 500 }, { kind: 'throttle-200' });
  teams.answer({ kind: 'status', status: 404, body: 'webhook not found' }, '/gone');

  const sent = await sendWebhook(h.url, { event: 'issues', payload: issue, secret: TEST_SECRET });
  t.same(sent.json, { delivery: sent.delivery, links: 2 });
  await teams.waitForRequests(3, '/flaky', 10_000);
  await new Promise((r) => setTimeout(r, 100));

  const get = async (query: string) =>
    ((await (await request(`${h.url}/api/deliveries?${query}`, { headers: adminHeaders() })).body.json()) as any).deliveries;
  const [flaky] = await get(`linkId=${a.id}`);
  t.equal(flaky.status, 'delivered');
  t.same(flaky.attempts.map((x: any) => x.outcome), ['retry', 'retry', 'delivered']);
  const [gone] = await get(`linkId=${b.id}&status=dead`);
  t.equal(gone.lastStatusCode, 404);
  t.equal(teams.requestsFor('/gone').length, 1, 'a permanent failure is not retried');

  teams.answer({ kind: 'accepted' }, '/gone');
  const again = await request(`${h.url}/api/deliveries/${gone.id}/redeliver`, { method: 'POST', headers: { authorization: adminHeaders().authorization } });
  t.equal(again.statusCode, 202);
  await again.body.dump();
  await teams.waitForRequests(2, '/gone', 10_000);
  await new Promise((r) => setTimeout(r, 100));
  const [redelivered] = await get(`linkId=${b.id}`);
  t.equal(redelivered.status, 'delivered');
  const missing = await request(`${h.url}/api/deliveries/999999/redeliver`, { method: 'POST', headers: { authorization: adminHeaders().authorization } });
  t.equal(missing.statusCode, 404);
  await missing.body.dump();
});
