import t from 'tap';
import { example } from '../helpers/github-examples.js';
import { sendWebhook } from '../helpers/github-sender.js';
import { startTestApp, TEST_SECRET } from '../helpers/test-app.js';

const HOOK = 'http://127.0.0.1:9/hook';
const push = example('push', (p) => p.ref === 'refs/heads/master');
const repository: string = push.repository.full_name;

/** A real push example, moved to `branch`, sent signed. */
function pushTo(url: string, branch: string) {
  return sendWebhook(url, { event: 'push', payload: { ...push, ref: `refs/heads/${branch}` }, secret: TEST_SECRET });
}

t.test('branch globs: an include must match, a `!` glob excludes, only exclusions pass the rest', async (t) => {
  const h = await startTestApp({ env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: 'http://127.0.0.1:9' } });
  t.teardown(h.close);
  const releases = await h.links.create({ repository, webhookUrl: `${HOOK}/1`, events: ['commits'], branches: ['master', 'release/*', '!release/legacy-*'] });
  const notBots = await h.links.create({ repository, webhookUrl: `${HOOK}/2`, events: ['commits'], branches: ['!dependabot/**'] });

  const linked = async (branch: string) => {
    const res = await pushTo(h.url, branch);
    t.equal(res.status, 202, branch);
    return h.enqueued.filter((j) => j.delivery === res.delivery).map((j) => j.linkId).sort();
  };
  t.same(await linked('release/2.0'), [releases.id, notBots.id].sort());
  t.same(await linked('release/legacy-1'), [notBots.id], 'excluded by !release/legacy-*');
  t.same(await linked('release/2.0/hotfix'), [notBots.id], '* does not cross /');
  t.same(await linked('feature/x'), [notBots.id], 'an exclusion does not include everything else');
  t.same(await linked('dependabot/npm_and_yarn/lodash'), [], '** crosses /');
});

t.test('a crafted glob stored before validation existed cannot freeze a push', async (t) => {
  const h = await startTestApp({ env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: 'http://127.0.0.1:9' } });
  t.teardown(h.close);
  // picomatch compiled this to a backtracking regex: 9 s of a blocked event loop per push.
  const crafted = '@(a|a)*'.repeat(12) + 'b';
  await h.links.create({ repository, webhookUrl: `${HOOK}/crafted`, events: ['commits'], branches: [crafted] });
  const res = await pushTo(h.url, 'a'.repeat(200));
  t.equal(res.status, 202);
  t.match(res.json.ignored, /^branches do not follow the branch a{200} \(@\(a\|a\)/, 'the glob is matched literally, and does not match');
  t.equal((await pushTo(h.url, '@(a|a)'.repeat(12) + 'b')).json.ignored, undefined, 'its literal spelling matches');
});
