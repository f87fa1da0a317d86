/**
 * Several replicas on one PostgreSQL (DESIGN §2 "Several replicas"): three real server
 * processes share a schema of the machine's PostgreSQL; webhooks are spread over all three;
 * one replica is SIGKILLed while delivering and another is SIGTERMed and restarted. Every
 * acknowledged event reaches the fake Teams, within every window; a card arrives twice only
 * when it was in flight at the kill (counted and printed); links and sign-ins made through one
 * replica work on the others.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { request } from 'undici';
import { openPostgres } from '../../src/db/postgres.js';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { example } from '../helpers/github-examples.js';
import { sendWebhook } from '../helpers/github-sender.js';
import { dropSchema, postgresUnavailable, TEST_DATABASE_URL, testSchemaName } from '../helpers/postgres.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { signInOverHttp } from '../helpers/sign-in-over-http.js';

const SECRET = 'replica-test-secret-123';
const ADMIN = 'replica-test-admin-token-0123456789';
const KEY = 'ab'.repeat(32);
const LINKS = 30;
const EVENTS = 600; // 20 per link: inside every window but the 4/s one, which paces each link
const LEASE_SECONDS = 2;

const json = async (res: Awaited<ReturnType<typeof request>>) => (await res.body.json()) as any;

t.test('three replicas deliver every acknowledged event across a kill and a restart', async (t) => {
  const why = await postgresUnavailable();
  if (why) {
    if (process.env.CI === 'true') throw new Error(why);
    return t.skip(why, () => undefined);
  }
  const schema = testSchemaName();
  // Migrated here once, as a deploy step would; the replicas find nothing left to do.
  await (await openPostgres({ url: TEST_DATABASE_URL, schema })).close();
  const teams = await startFakeTeams();
  const gh = await startFakeGitHub();
  const dirs: string[] = [];
  t.teardown(async () => {
    await teams.close();
    await gh.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    await dropSchema(schema);
  });
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const env = () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gtb-replica-'));
    dirs.push(dataDir);
    return {
      DATA_DIR: dataDir,
      DATABASE_URL: url.toString(),
      DATABASE_POOL_SIZE: '4',
      LEASE_SECONDS: String(LEASE_SECONDS),
      GITHUB_WEBHOOK_SECRET: SECRET,
      ADMIN_TOKEN: ADMIN,
      ENCRYPTION_KEY: KEY,
      TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url,
      GITHUB_URL: gh.url,
      GITHUB_API_URL: gh.apiUrl,
      GITHUB_CLIENT_ID: gh.clientId,
      GITHUB_CLIENT_SECRET: gh.clientSecret,
    };
  };
  const replicas: ServerProcess[] = await Promise.all([startServerProcess(env()), startServerProcess(env()), startServerProcess(env())]);
  t.teardown(() => replicas.forEach((r) => r.child.kill('SIGKILL')));
  const [a, b, c] = replicas;

  // A link created through one replica routes on the others at once.
  const admin = { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' };
  const linkIds: string[] = [];
  for (let i = 0; i < LINKS; i++) {
    const res = await request(`${a.url}/api/links`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ repository: `replica/repo-${i}`, webhookUrl: `${teams.url}/channel/${i}`, events: ['issues'] }),
    });
    t.equal(res.statusCode, 201, `link ${i} created through replica A`);
    linkIds.push((await json(res)).id);
  }
  const template = example('issues', (p) => p.action === 'opened');
  const issue = (n: number) => {
    const payload = structuredClone(template);
    payload.repository.full_name = `replica/repo-${n % LINKS}`;
    payload.issue.html_url = `https://github.com/replica/repo-${n % LINKS}/issues/${100000 + n}`;
    return payload;
  };
  const fresh = await request(`${b.url}/api/links`, { method: 'POST', headers: admin, body: JSON.stringify({ repository: 'replica/fresh', webhookUrl: `${teams.url}/channel/fresh`, events: ['issues'] }) });
  t.equal(fresh.statusCode, 201);
  await fresh.body.dump();
  for (const r of [a, c]) {
    const payload = structuredClone(template);
    payload.repository.full_name = 'replica/fresh';
    payload.issue.html_url = `https://github.com/replica/fresh/issues/${r === a ? 1 : 2}`;
    const res = await sendWebhook(r.url, { event: 'issues', payload, secret: SECRET });
    t.same([res.status, res.json?.links], [202, 1], 'a link made through replica B routes on another replica at once');
  }

  // A user signed in through one replica is recognised by another.
  gh.addUser('mona', { 'replica/repo-0': { admin: true } });
  gh.nextLogin = 'mona';
  const signIn = await signInOverHttp(a.url);
  t.ok(signIn.token, 'signed in through replica A');
  const mine = await request(`${c.url}/api/links`, { headers: { authorization: `Bearer ${signIn.token}` } });
  t.equal(mine.statusCode, 200, 'replica C knows the session');
  t.same((await json(mine)).links.map((l: { repository: string }) => l.repository), ['replica/repo-0'], 'and what it may see');

  // Webhooks spread over all three while one replica dies and another restarts.
  const acked = new Set<string>();
  let next = 0;
  // A replica being stopped on purpose is first taken out of rotation, as a load balancer drains
  // one in a rolling deploy; a killed one is not, and what was sent to it goes unacknowledged.
  const draining = new Set<ServerProcess>();
  const live = () => replicas.filter((r) => r.child.exitCode === null && r.child.signalCode === null && !draining.has(r));
  const sender = async () => {
    while (next < EVENTS) {
      const n = next++;
      const targets = live();
      const to = targets[n % targets.length];
      const payload = issue(n);
      try {
        const res = await sendWebhook(to.url, { event: 'issues', payload, secret: SECRET });
        if (res.status === 202) acked.add(payload.issue.html_url);
      } catch {
        /* the replica died mid-request: not acknowledged, GitHub would show a failure */
      }
    }
  };
  const senders = Array.from({ length: 6 }, sender);
  while (acked.size < EVENTS / 3) await new Promise((r) => setTimeout(r, 5));
  const killedAt = Date.now();
  b.child.kill('SIGKILL');
  t.equal(await b.exited, 'SIGKILL', 'replica B killed while delivering');
  while (acked.size < (EVENTS * 2) / 3) await new Promise((r) => setTimeout(r, 5));
  draining.add(c);
  c.child.kill('SIGTERM');
  t.equal(await c.exited, 0, 'replica C stops cleanly on SIGTERM');
  replicas[2] = await startServerProcess(env());
  await Promise.all(senders);
  t.ok(acked.size >= EVENTS * 0.9, `${acked.size} of ${EVENTS} acknowledged`);

  const cardUrl = (body: unknown) => /https:\/\/github\.com\/replica\/repo-\d+\/issues\/1\d{5}/.exec(JSON.stringify(body))?.[0];
  const seen = () => new Set(teams.requests.map((r) => cardUrl(r.body)));
  for (const deadline = Date.now() + 90_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
    const s = seen();
    if ([...acked].every((u) => s.has(u))) break;
  }
  await new Promise((r) => setTimeout(r, 1500)); // time for any duplicate to show up
  const counts = new Map<string, number>();
  for (const r of teams.requests) {
    const u = cardUrl(r.body);
    if (u) counts.set(u, (counts.get(u) ?? 0) + 1);
  }
  const missing = [...acked].filter((u) => !counts.has(u));
  const twice = [...counts].filter(([, n]) => n > 1);
  if (missing.length) for (const r of replicas) t.comment(r.output());
  t.same(missing, [], 'no acknowledged event lost');
  t.comment(`cards posted twice (in flight at the kill ${Date.now() - killedAt} ms before the end): ${twice.length}`);
  t.ok(twice.every(([, n]) => n === 2), 'a card arrives at most twice');
  t.ok(twice.length <= LINKS, 'at most one card per webhook, the one in flight at the kill, arrives twice');
  t.same(teams.windowViolations(), [], 'no channel over a Teams rate window, across replicas');

  // Taken before the signal: once they have exited, live() is empty.
  const survivors = live();
  for (const r of survivors) r.child.kill('SIGTERM');
  t.same(await Promise.all(survivors.map((r) => r.exited)), survivors.map(() => 0), 'the survivors stop cleanly');
  t.ok(linkIds.length === LINKS);
});
