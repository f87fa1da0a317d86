/**
 * Issue 9's real-time run: the production server process, a fake Teams on loopback, and 200
 * signed webhooks in 10 s for one link. Every event is shown (its own card or in a digest)
 * within 150 s, in at most 60 posts, and no Teams window is exceeded where Teams counts (on
 * arrival). The delivery log says which digest carried each event.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { request } from 'undici';
import { TEAMS_WINDOWS } from '../../src/delivery/rate-limiter.js';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { example } from '../helpers/github-examples.js';
import { sendWebhook } from '../helpers/github-sender.js';
import { startServerProcess } from '../helpers/server-process.js';

// Its own timeout: the run itself may take up to 150 s by the issue's terms.
t.setTimeout(240_000);

const SECRET = 'busy-burst-secret-0123';
const ADMIN = 'busy-burst-admin-token-0123456789abc';
const EVENTS = 200;

t.test('200 events in 10 s: all shown within 150 s in at most 60 posts, no window exceeded', async (t) => {
  const teams = await startFakeTeams();
  t.teardown(() => teams.close());
  const dataDir = mkdtempSync(join(tmpdir(), 'busy-burst-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  const server = await startServerProcess({
    DATA_DIR: dataDir,
    GITHUB_WEBHOOK_SECRET: SECRET,
    ADMIN_TOKEN: ADMIN,
    ENCRYPTION_KEY: 'cd'.repeat(32),
    TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url,
  });
  t.teardown(() => server.child.kill('SIGKILL'));
  const admin = { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' };
  const issue = example('issues', (p) => p.action === 'opened');
  const created = await request(`${server.url}/api/links`, {
    method: 'POST',
    headers: admin,
    body: JSON.stringify({ repository: issue.repository.full_name, webhookUrl: `${teams.url}/busy`, events: ['issues'] }),
  });
  t.equal(created.statusCode, 201);
  const link = (await created.body.json()) as { id: string };

  // 200 issues, each with its own title, 50 ms apart: 10 s.
  const started = Date.now();
  const sentAt = new Map<string, number>();
  for (let i = 0; i < EVENTS; i++) {
    const payload = structuredClone(issue);
    payload.issue.number = 1000 + i;
    payload.issue.title = `Burst issue number ${1000 + i}`;
    const res = await sendWebhook(server.url, { event: 'issues', payload, secret: SECRET });
    if (res.status !== 202) t.fail(`webhook ${i} answered ${res.status}`);
    sentAt.set(res.delivery, Date.now());
    const next = started + (i + 1) * 50;
    if (next > Date.now()) await new Promise((r) => setTimeout(r, next - Date.now()));
  }
  t.ok(Date.now() - started < 13_000, `sent in ${Date.now() - started} ms`);

  // Wait until every title has been shown, at most 150 s after the first webhook.
  const shown = () => {
    const text = teams.requestsFor('/busy').map((r) => JSON.stringify(r.body)).join('\n');
    let n = 0;
    for (let i = 0; i < EVENTS; i++) if (text.includes(`Burst issue number ${1000 + i}`)) n++;
    return n;
  };
  while (shown() < EVENTS && Date.now() - started < 150_000) await new Promise((r) => setTimeout(r, 250));
  const posts = teams.requestsFor('/busy');
  t.equal(shown(), EVENTS, `all ${EVENTS} events shown, the last ${Math.round((Date.now() - started) / 1000)} s after the first was sent`);
  t.ok(posts.length <= 60, `${posts.length} posts (at most 60)`);
  t.same(teams.windowViolations(TEAMS_WINDOWS), [], 'no Teams window exceeded');
  t.ok(posts.every((p) => p.raw.length <= 20_000 + 512), 'every post stays near the 20 KB cap');

  // The delivery log: every job delivered, the folded ones naming their digest and its deliveries.
  const log = (await (await request(`${server.url}/api/deliveries?linkId=${link.id}&limit=500`, { headers: admin })).body.json()) as any;
  t.equal(log.deliveries.length, EVENTS);
  t.ok(log.deliveries.every((d: any) => d.status === 'delivered'), 'every job delivered');
  const folded = log.deliveries.filter((d: any) => d.attempts[0].digest);
  t.ok(folded.length > 0, `${folded.length} jobs went in digests`);
  for (const d of folded) {
    if (!d.attempts[0].digest.deliveries.includes(d.delivery)) t.fail(`job ${d.id}'s digest does not name its delivery`);
  }
  for (const d of log.deliveries) {
    const late = Date.parse(d.attempts[0].startedAt) - sentAt.get(d.delivery)!;
    if (late > 150_000) t.fail(`delivery ${d.delivery} went ${late} ms after it was sent`);
  }
});
