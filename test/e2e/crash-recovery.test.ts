/**
 * The promise GitHub relies on (it never retries): an acknowledged event is delivered, even when
 * the process is killed with SIGKILL under load. Spawns the real compiled server twice on one
 * DATA_DIR and counts cards at a fake Teams over loopback.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { request } from 'undici';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { example } from '../helpers/github-examples.js';
import { sendWebhook } from '../helpers/github-sender.js';
import { startServerProcess } from '../helpers/server-process.js';

const SECRET = 'crash-test-secret-123';
const ADMIN = 'crash-test-admin-token-0123456789';
const LINKS = 100;
const MAX_EVENTS = 800; // 8 per link: far inside every Teams window but the 4/s one
// Two server starts, 100 links and 800 webhooks: over tap's 120 s on a heavily loaded machine.
t.setTimeout(300_000);

async function deliveredCount(url: string): Promise<number> {
  const res = await request(`${url}/api/deliveries?status=delivered&limit=500`, { headers: { authorization: `Bearer ${ADMIN}` } });
  return ((await res.body.json()) as { deliveries: unknown[] }).deliveries.length;
}

t.test('every acknowledged delivery reaches Teams exactly once across kill -9', async (t) => {
  const teams = await startFakeTeams();
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-crash-'));
  t.teardown(async () => {
    await teams.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const env = { DATA_DIR: dataDir, GITHUB_WEBHOOK_SECRET: SECRET, ADMIN_TOKEN: ADMIN, TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url };
  const first = await startServerProcess(env);
  t.teardown(() => void first.child.kill('SIGKILL'));

  for (let i = 0; i < LINKS; i++) {
    const res = await request(`${first.url}/api/links`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ repository: `crash/repo-${i}`, webhookUrl: `${teams.url}/channel/${i}`, events: ['issues'] }),
    });
    await res.body.dump();
    t.equal(res.statusCode, 201);
  }

  const template = example('issues', (p) => p.action === 'opened');
  const acked = new Set<string>();
  let next = 0;
  let killed = false;
  const sender = async () => {
    while (!killed && next < MAX_EVENTS) {
      const n = next++;
      const payload = structuredClone(template);
      payload.repository.full_name = `crash/repo-${n % LINKS}`;
      payload.issue.html_url = `https://github.com/crash/repo-${n % LINKS}/issues/${100000 + n}`;
      try {
        const res = await sendWebhook(first.url, { event: 'issues', payload, secret: SECRET });
        if (res.status === 202) acked.add(payload.issue.html_url);
      } catch {
        /* the server died mid-request: not acknowledged, GitHub would show a failure */
      }
    }
  };
  const senders = Array.from({ length: 8 }, sender);
  while (acked.size < MAX_EVENTS / 4) await new Promise((r) => setTimeout(r, 2));
  // From here Teams stops answering: posts in flight at the kill were never confirmed, so the
  // bridge must send them again. A post Teams accepted but the bridge had not yet recorded would
  // be sent again too (at least once is all a crash allows), so the kill waits until every
  // accepted post is on record; ingest goes on meanwhile.
  teams.answer({ kind: 'hold' });
  const accepted = teams.requests.filter((r) => r.answer !== 'hold').length;
  const recordedBy = Date.now() + 30_000;
  while ((await deliveredCount(first.url)) < accepted) {
    if (Date.now() > recordedBy) {
      t.fail(`the first server recorded fewer than the ${accepted} posts Teams accepted`);
      break;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  first.child.kill('SIGKILL');
  killed = true;
  t.equal(await first.exited, 'SIGKILL');
  await Promise.all(senders);
  t.ok(acked.size >= MAX_EVENTS / 4 && acked.size < MAX_EVENTS, `killed under load: ${acked.size} of ${MAX_EVENTS} acknowledged`);

  teams.answer({ kind: 'ok' });
  const second = await startServerProcess(env);
  t.teardown(() => void second.child.kill('SIGKILL'));

  // A request that arrived just before the hold but was read after it was held, never answered.
  const answered = () => teams.requests.filter((r) => r.answer !== 'hold');
  const cardUrl = (body: unknown) => /https:\/\/github\.com\/crash\/repo-\d+\/issues\/1\d{5}/.exec(JSON.stringify(body))?.[0];
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const seen = new Set(answered().map((r) => cardUrl(r.body)));
    if ([...acked].every((u) => seen.has(u))) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await new Promise((r) => setTimeout(r, 1500)); // time for any duplicate to show up

  const counts = new Map<string, number>();
  for (const r of answered()) {
    const u = cardUrl(r.body);
    if (u) counts.set(u, (counts.get(u) ?? 0) + 1);
  }
  const missing = [...acked].filter((u) => !counts.has(u));
  const duplicated = [...counts].filter(([, n]) => n > 1);
  if (missing.length) {
    const res = await request(`${second.url}/api/deliveries?limit=500`, { headers: { authorization: `Bearer ${ADMIN}` } });
    const log = (await res.body.json()) as { deliveries: Array<{ status: string }> };
    t.comment('undelivered jobs:', JSON.stringify(log.deliveries.filter((d) => d.status !== 'delivered')));
    t.comment('server output:', second.output());
  }
  t.same(missing, [], 'no acknowledged delivery lost');
  t.same(duplicated, [], 'none delivered twice');
  t.same(teams.windowViolations(), [], 'no channel over a Teams rate window');

  second.child.kill('SIGTERM');
  t.equal(await second.exited, 0, 'SIGTERM shuts down cleanly');
});
