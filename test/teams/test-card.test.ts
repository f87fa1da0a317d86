import t from 'tap';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { TEST_ADMIN_TOKEN, startTestApp } from '../helpers/test-app.js';

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
