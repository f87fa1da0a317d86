/**
 * A link whose webhook URL changes takes its backlog along: the waiting cards are sent under the
 * new URL's lease and rate windows, so two links now sharing one channel never post to it faster
 * than Teams allows, and nothing waits on the old URL. Real app and worker, real signed
 * webhooks, a fake Teams on loopback with one tight window so that two senders would show.
 */
import t from 'tap';
import { request } from 'undici';
import { createDelivery } from '../../src/delivery/delivery-service.js';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { example } from '../helpers/github-examples.js';
import { sendWebhook } from '../helpers/github-sender.js';
import { adminHeaders, startTestApp, TEST_SECRET } from '../helpers/test-app.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const WINDOW = { limit: 1, ms: 400 };

t.test('a changed webhook URL moves the link’s waiting cards to the new URL’s windows', async (t) => {
  const teams = await startFakeTeams();
  const h = await startTestApp({
    env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url },
    worker: (stores, config) =>
      createDelivery({ githubUrl: config.github.url, ...stores, logger: silent, options: { windows: [WINDOW], guardMs: 0 } }),
  });
  t.teardown(async () => {
    await h.close();
    await teams.close();
  });
  const api = async (method: 'POST' | 'PATCH', path: string, body: object) => {
    const res = await request(`${h.url}${path}`, { method, headers: adminHeaders(), body: JSON.stringify(body) });
    return { status: res.statusCode, body: (await res.body.json()) as { id: string } };
  };
  const issue = example('issues', (p) => p.action === 'opened');
  const moved = { ...issue, repository: { ...issue.repository, full_name: 'octo/moved' } };
  const stays = { ...issue, repository: { ...issue.repository, full_name: 'octo/stays' } };

  const a = await api('POST', '/api/links', { repository: 'octo/moved', webhookUrl: `${teams.url}/old`, events: ['issues'] });
  const b = await api('POST', '/api/links', { repository: 'octo/stays', webhookUrl: `${teams.url}/shared`, events: ['issues'] });
  t.equal(a.status, 201);
  t.equal(b.status, 201);
  t.equal((await api('PATCH', `/api/links/${a.body.id}`, { paused: true })).status, 200);
  for (let i = 0; i < 3; i++) t.equal((await sendWebhook(h.url, { event: 'issues', payload: moved, secret: TEST_SECRET })).status, 202);
  // The first of them is parked in the old target's lane: the move must take it from there too.
  await new Promise((r) => setTimeout(r, 300));
  t.same(teams.requestsFor('/old'), [], 'nothing posted while paused');

  t.equal((await api('PATCH', `/api/links/${a.body.id}`, { webhookUrl: `${teams.url}/shared`, paused: false })).status, 200);
  for (let i = 0; i < 3; i++) t.equal((await sendWebhook(h.url, { event: 'issues', payload: stays, secret: TEST_SECRET })).status, 202);
  await teams.waitForRequests(6, '/shared', 20_000);
  await new Promise((r) => setTimeout(r, 500)); // room for a stray post to the old URL

  t.same(teams.requestsFor('/old'), [], 'nothing went to the old URL');
  t.equal(teams.requestsFor('/shared').length, 6, 'all six cards reached the shared channel once');
  // 50 ms of slack for the two clocks; two senders to one URL would post within a few ms.
  t.same(teams.windowViolations([WINDOW], 50), [], 'the shared channel never got two cards within its window');
  const res = await request(`${h.url}/api/deliveries?linkId=${a.body.id}`, { headers: adminHeaders() });
  const log = (await res.body.json()) as { deliveries: Array<{ status: string }> };
  t.same(log.deliveries.map((d) => d.status), ['delivered', 'delivered', 'delivered']);
});
