/**
 * Moving up, as an operator would: an embedded bridge (real server process) links channels and
 * takes webhooks, some delivered, some dead-lettered, some still waiting; after it stops,
 * `npm run migrate-to-postgres`'s script copies everything into PostgreSQL, twice (the second
 * run moves nothing); a bridge started on that database with the printed secrets then delivers
 * what was still waiting, and the delivery log still shows the rest.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import t from 'tap';
import { request } from 'undici';
import { PROJECT_ROOT } from '../../src/util/paths.js';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { example } from '../helpers/github-examples.js';
import { sendWebhook } from '../helpers/github-sender.js';
import { dropSchema, postgresUnavailable, TEST_DATABASE_URL, testSchemaName } from '../helpers/postgres.js';
import { startServerProcess } from '../helpers/server-process.js';
import { openPostgres } from '../../src/db/postgres.js';

const run = promisify(execFile);
const SECRET = 'migrate-test-secret-123';
const ADMIN = 'migrate-test-admin-token-0123456789';

t.test('an embedded installation moves into PostgreSQL and goes on delivering there', async (t) => {
  const why = await postgresUnavailable();
  if (why) {
    if (process.env.CI === 'true') throw new Error(why);
    return t.skip(why, () => undefined);
  }
  const teams = await startFakeTeams();
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-migrate-'));
  const schema = testSchemaName();
  await (await openPostgres({ url: TEST_DATABASE_URL, schema })).close();
  t.teardown(async () => {
    await teams.close();
    rmSync(dataDir, { recursive: true, force: true });
    await dropSchema(schema);
  });
  const databaseUrl = new URL(TEST_DATABASE_URL);
  databaseUrl.searchParams.set('options', `-c search_path=${schema}`);
  // The embedded bridge generates its ENCRYPTION_KEY; the migration must carry it over.
  const embeddedEnv = { DATA_DIR: dataDir, GITHUB_WEBHOOK_SECRET: SECRET, ADMIN_TOKEN: ADMIN, TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url };
  const embedded = await startServerProcess(embeddedEnv);
  t.teardown(() => void embedded.child.kill('SIGKILL'));
  const admin = { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' };
  const ids: Record<string, string> = {};
  for (const channel of ['delivered', 'gone', 'waiting']) {
    const res = await request(`${embedded.url}/api/links`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ repository: `move/${channel}`, webhookUrl: `${teams.url}/${channel}`, events: ['issues'] }),
    });
    t.equal(res.statusCode, 201);
    ids[channel] = ((await res.body.json()) as { id: string }).id;
  }
  teams.answer({ kind: 'status', status: 404 }, '/gone');
  teams.answer({ kind: 'hold' }, '/waiting');
  const template = example('issues', (p) => p.action === 'opened');
  const send = async (channel: string, n: number) => {
    const payload = structuredClone(template);
    payload.repository.full_name = `move/${channel}`;
    payload.issue.html_url = `https://github.com/move/${channel}/issues/${n}`;
    const res = await sendWebhook(embedded.url, { event: 'issues', payload, secret: SECRET });
    t.equal(res.status, 202, `${channel} #${n} acknowledged`);
  };
  for (let n = 1; n <= 3; n++) for (const channel of ['delivered', 'gone', 'waiting']) await send(channel, n);
  const deliveries = async (base: string, status: string) => {
    const res = await request(`${base}/api/deliveries?status=${status}&limit=100`, { headers: admin });
    return ((await res.body.json()) as { deliveries: Array<{ linkId: string; summary: string }> }).deliveries;
  };
  for (let i = 0; i < 100 && (await deliveries(embedded.url, 'delivered')).length < 3; i++) await new Promise((r) => setTimeout(r, 50));
  for (let i = 0; i < 100 && (await deliveries(embedded.url, 'dead')).length < 3; i++) await new Promise((r) => setTimeout(r, 50));
  embedded.child.kill('SIGTERM');
  await embedded.exited;

  const migrate = () =>
    run(process.execPath, [join(PROJECT_ROOT, 'dist/scripts/migrate-to-postgres.js')], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, DATABASE_URL: databaseUrl.toString(), GITHUB_WEBHOOK_SECRET: SECRET, ADMIN_TOKEN: ADMIN },
    });
  const first = (await migrate()).stdout;
  t.match(first, /links:\s+3 moved, 0 already there/);
  t.match(first, /events:\s+9 moved, 0 already there/);
  t.match(first, /jobs:\s+9 moved \(3 still to deliver, 3 dead letters\)/);
  t.match(first, /incoming:\s+9 webhook notes moved, 0 already there/);
  const second = (await migrate()).stdout;
  t.match(second, /links:\s+0 moved, 3 already there/, 'a second run moves nothing');
  t.match(second, /events:\s+0 moved, 9 already there/);
  t.match(second, /incoming:\s+0 webhook notes moved, 9 already there/);
  const envFile = join(dataDir, 'replicas.env');
  t.equal(statSync(envFile).mode & 0o777, 0o600, 'the shared secrets are written private');
  const shared = Object.fromEntries(
    readFileSync(envFile, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  t.same(Object.keys(shared).sort(), ['ADMIN_TOKEN', 'ENCRYPTION_KEY', 'GITHUB_WEBHOOK_SECRET']);

  // A replica on PostgreSQL with only the shared secrets (a fresh DATA_DIR) picks up the backlog.
  teams.answer({ kind: 'ok' }, '/waiting');
  const replicaDir = mkdtempSync(join(tmpdir(), 'gtb-migrated-'));
  t.teardown(() => rmSync(replicaDir, { recursive: true, force: true }));
  const replica = await startServerProcess({ ...shared, DATA_DIR: replicaDir, DATABASE_URL: databaseUrl.toString(), TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url });
  t.teardown(() => void replica.child.kill('SIGKILL'));
  const waitingCards = () => teams.requests.filter((r) => r.path === '/waiting' && JSON.stringify(r.body).includes('/move/waiting/issues/'));
  for (let i = 0; i < 200 && new Set(waitingCards().map((r) => /issues\/(\d)/.exec(JSON.stringify(r.body))?.[1])).size < 3; i++) await new Promise((r) => setTimeout(r, 50));
  t.same([...new Set(waitingCards().map((r) => /issues\/(\d)/.exec(JSON.stringify(r.body))?.[1]))].sort(), ['1', '2', '3'], 'the waiting cards arrive from PostgreSQL');
  t.equal((await deliveries(replica.url, 'dead')).length, 3, 'dead letters are still in the log');
  const links = (await (await request(`${replica.url}/api/links`, { headers: admin })).body.json()) as { links: Array<{ id: string }> };
  t.same(links.links.map((l) => l.id).sort(), Object.values(ids).sort(), 'the same links, ids kept');
  // The console's incoming log shows the same history, newest first, then what arrives next.
  const incoming = async () =>
    ((await (await request(`${replica.url}/api/incoming?limit=100`, { headers: admin })).body.json()) as { incoming: Array<{ delivery: string; repository: string; outcome: string }> }).incoming;
  t.same(
    (await incoming()).map((e) => `${e.repository} ${e.outcome}`),
    [3, 2, 1].flatMap(() => ['move/waiting', 'move/gone', 'move/delivered'].map((r) => `${r} queued`)),
    'the incoming log moved, in order',
  );
  const late = structuredClone(template);
  late.repository.full_name = 'move/delivered';
  t.equal((await sendWebhook(replica.url, { event: 'issues', payload: late, secret: SECRET })).status, 202);
  const after = await incoming();
  t.equal(after.length, 10);
  t.equal(after[0]!.repository, 'move/delivered', 'a webhook taken after the move is the newest');
  replica.child.kill('SIGTERM');
  t.equal(await replica.exited, 0);
});
