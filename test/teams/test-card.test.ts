import t, { type Test } from 'tap';
import { request } from 'undici';
import { createDelivery } from '../../src/delivery/delivery-service.js';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { example } from '../helpers/github-examples.js';
import { sendWebhook } from '../helpers/github-sender.js';
import { TEST_ADMIN_TOKEN, TEST_SECRET, startTestApp } from '../helpers/test-app.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} };

t.test('send test card posts a 1.4 Adaptive Card to the link’s channel and reports failures', async (t) => {
  const teams = await startFakeTeams();
  t.teardown(teams.close);
  const h = await startTestApp({ env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url } });
  t.teardown(h.close);
  const auth = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
  const link = await h.links.create({ repository: 'octo/app', webhookUrl: `${teams.url}/webhookb2/ok?sig=S` });
  const gone = await h.links.create({ repository: 'octo/app', webhookUrl: `${teams.url}/webhookb2/gone?sig=S` });
  teams.answer({ kind: 'status', status: 404, body: 'Webhook not found' }, '/webhookb2/gone');

  const sent = await h.app.inject({ method: 'POST', url: `/api/teams/links/${link.id}/test-card`, headers: auth });
  t.equal(sent.statusCode, 200);
  t.same(sent.json(), { delivered: true, statusCode: 200 });
  const [received] = teams.requestsFor('/webhookb2/ok');
  const body = received.body as { type: string; attachments: Array<{ content: { version: string; actions: Array<{ url: string }> } }> };
  t.equal(body.type, 'message');
  t.equal(body.attachments[0].content.version, '1.4');
  t.equal(body.attachments[0].content.actions[0].url, 'https://github.com/octo/app');

  const failed = await h.app.inject({ method: 'POST', url: `/api/teams/links/${gone.id}/test-card`, headers: auth });
  t.equal(failed.statusCode, 502);
  t.match(failed.json().message, /HTTP 404.*still exists/);
  t.notMatch(failed.body, /sig=S/);

  t.equal((await h.app.inject({ method: 'POST', url: `/api/teams/links/${link.id}/test-card` })).statusCode, 401);
  t.equal((await h.app.inject({ method: 'POST', url: '/api/teams/links/nope/test-card', headers: auth })).statusCode, 404);
});

t.test('test cards go through the rate governor: 12 at once exceed no Teams window', async (t) => {
  const teams = await startFakeTeams();
  t.teardown(teams.close);
  const h = await startTestApp({ env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url } });
  t.teardown(h.close);
  const link = await h.links.create({ repository: 'octo/app', webhookUrl: `${teams.url}/webhookb2/burst?sig=S` });
  const auth = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };

  const answers = await Promise.all(
    Array.from({ length: 12 }, () => request(`${h.url}/api/teams/links/${link.id}/test-card`, { method: 'POST', headers: auth })),
  );
  const statuses = answers.map((a) => a.statusCode);
  const bodies = await Promise.all(answers.map((a) => a.body.json() as Promise<{ message?: string }>));
  t.same(teams.windowViolations(), [], 'no window exceeded');
  t.equal(teams.requestsFor('/webhookb2/burst').length, statuses.filter((s) => s === 200).length, 'a post per 200');
  const refused = answers.filter((a) => a.statusCode === 429);
  t.ok(refused.length >= 1, `${refused.length} refused`);
  t.equal(statuses.filter((s) => s !== 200 && s !== 429).length, 0, 'each call is sent or refused');
  for (const a of refused) t.ok(Number(a.headers['retry-after']) >= 1, 'Retry-After in whole seconds');
  t.match(bodies.find((b) => b.message)?.message, /^This channel has had as many cards as Teams accepts for now.*Try again in \d+ s\.$/);
});

/** Fake Teams and the app with a real worker sharing the test card's governor, as the server runs them. */
async function withWorker(t: Test) {
  const teams = await startFakeTeams();
  t.teardown(teams.close);
  const h = await startTestApp({
    env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url },
    worker: (stores, config, limiter) => createDelivery({ githubUrl: config.github.url, ...stores, logger: silent, options: { limiter } }),
  });
  t.teardown(h.close);
  return { teams, h, issue: example('issues', (p) => p.action === 'opened') };
}

t.test('test cards and the worker share one governor, whatever the URL spelling', async (t) => {
  const { teams, h, issue } = await withWorker(t);
  const auth = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
  await h.links.create({ repository: issue.repository.full_name, webhookUrl: `${teams.url}/webhookb2/shared?sig=S`, events: ['issues'] });
  // The same webhook as another link saved it before URLs were normalised: another spelling.
  const spelt = `HTTP://127.1:${teams.port}/webhookb2/shared?sig=S#`;
  const other = await h.links.create({ repository: 'octo/other', webhookUrl: spelt });

  const cards = Array.from({ length: 6 }, (_, i) => sendWebhook(h.url, { event: 'issues', payload: { ...issue, issue: { ...issue.issue, number: i + 1 } }, secret: TEST_SECRET }));
  const tests = Array.from({ length: 6 }, () => request(`${h.url}/api/teams/links/${other.id}/test-card`, { method: 'POST', headers: auth }));
  for (const res of await Promise.all(cards)) t.equal(res.status, 202);
  const testAnswers = await Promise.all(tests);
  await Promise.all(testAnswers.map((a) => a.body.dump()));
  const sentTests = testAnswers.filter((a) => a.statusCode === 200).length;
  await teams.waitForRequests(6 + sentTests, '/webhookb2/shared');
  t.same(teams.windowViolations(), [], 'worker cards and test cards together stay within the windows');
});

t.test('test cards sent just before the worker takes the webhook over count in its windows', async (t) => {
  const { teams, h, issue } = await withWorker(t);
  const link = await h.links.create({ repository: issue.repository.full_name, webhookUrl: `${teams.url}/webhookb2/first?sig=S`, events: ['issues'] });
  for (let i = 0; i < 4; i++) {
    const res = await request(`${h.url}/api/teams/links/${link.id}/test-card`, { method: 'POST', headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } });
    await res.body.dump();
    t.equal(res.statusCode, 200, `test card ${i + 1} posted`);
  }
  // The worker holds no work for this webhook yet: these jobs make it take the webhook over and
  // load its windows from the store, which holds no test card.
  const cards = await Promise.all(Array.from({ length: 4 }, (_, i) => sendWebhook(h.url, { event: 'issues', payload: { ...issue, issue: { ...issue.issue, number: i + 1 } }, secret: TEST_SECRET })));
  for (const res of cards) t.equal(res.status, 202);
  await teams.waitForRequests(8, '/webhookb2/first');
  t.same(teams.windowViolations(), [], 'four test cards, then four cards, never more than four a second');
});

t.test('Teams throttling the channel: 429 with its Retry-After, and the webhook is left alone meanwhile', async (t) => {
  const teams = await startFakeTeams();
  t.teardown(teams.close);
  const h = await startTestApp({ env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url } });
  t.teardown(h.close);
  const link = await h.links.create({ repository: 'octo/app', webhookUrl: `${teams.url}/webhookb2/busy?sig=S` });
  teams.answer({ kind: 'throttle', retryAfter: 7 }, '/webhookb2/busy');
  const auth = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
  const first = await h.app.inject({ method: 'POST', url: `/api/teams/links/${link.id}/test-card`, headers: auth });
  t.equal(first.statusCode, 429);
  t.equal(first.headers['retry-after'], '7');
  t.match(first.json().message, /^Teams is throttling this channel\. Try again in 7 s\.$/);
  const second = await h.app.inject({ method: 'POST', url: `/api/teams/links/${link.id}/test-card`, headers: auth });
  t.equal(second.statusCode, 429);
  t.equal(teams.requestsFor('/webhookb2/busy').length, 1, 'no second post while Teams said to wait');
});
