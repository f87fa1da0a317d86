/**
 * RETENTION_DAYS in the real server process (dist/src/server.js), on SQLite and on PostgreSQL:
 * a store holding six weeks of finished deliveries is opened with the minimum retention (one
 * day); shortly after the start the pruner's first pass deletes the old delivered rows and the
 * old dead letter and keeps the young dead letter, and a webhook sent meanwhile is delivered and
 * shows in the delivery log with its attempt. Rows are made old by storing them with old times
 * through the queue itself, as a month of traffic would have left them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { request } from 'undici';
import type { EventStore } from '../../src/queue/event-store.js';
import type { JobQueue } from '../../src/queue/job-queue.js';
import { openPostgresQueue } from '../../src/queue/postgres-queue.js';
import { openSqliteQueue } from '../../src/queue/sqlite-queue.js';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { example } from '../helpers/github-examples.js';
import { sendWebhook } from '../helpers/github-sender.js';
import { testPostgres } from '../helpers/postgres.js';
import { startServerProcess } from '../helpers/server-process.js';
import { waitFor } from '../helpers/wait-for.js';

const DAY = 86_400_000;
const SECRET = 'retention-e2e-secret';
const ADMIN = 'retention-e2e-admin-token';
const OLD = 200;
const PAYLOAD = JSON.stringify(example('push'));

/** OLD delivered events from six weeks ago (every other one after a retry), a dead letter as old, and one of twelve hours. */
async function fillHistory(q: EventStore & JobQueue): Promise<{ youngDead: number }> {
  const sixWeeks = Date.now() - 42 * DAY;
  const finished = async (i: number, at: number, outcome: 'delivered' | 'dead', retries = 0) => {
    const { jobs } = await q.ingest({ delivery: `history-${i}`, name: 'push', repository: 'history/repo', payload: PAYLOAD, receivedAt: at }, [
      { linkId: 'history', target: 'history', summary: `push ${i}` },
    ]);
    const j = jobs[0]!;
    if (retries) await q.record({ jobId: j.id, linkId: j.linkId, target: j.target, startedAt: at, durationMs: 5, statusCode: 500, outcome: 'retry', nextAttemptAt: at + 1_000 });
    await q.record({ jobId: j.id, linkId: j.linkId, target: j.target, startedAt: at + 1_000, durationMs: 5, statusCode: outcome === 'dead' ? 404 : 200, outcome });
    return j.id;
  };
  for (let i = 0; i < OLD; i++) await finished(i, sixWeeks + i, 'delivered', i % 2);
  await finished(OLD, sixWeeks, 'dead');
  return { youngDead: await finished(OLD + 1, Date.now() - DAY / 2, 'dead') };
}

async function run(t: Test, env: Record<string, string>, youngDead: number) {
  const teams = await startFakeTeams();
  t.teardown(() => teams.close());
  const server = await startServerProcess({
    ...env,
    GITHUB_WEBHOOK_SECRET: SECRET,
    ADMIN_TOKEN: ADMIN,
    ENCRYPTION_KEY: 'ef'.repeat(32),
    TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url,
    RETENTION_DAYS: '1',
    LOG_LEVEL: 'info',
  });
  t.teardown(() => void (server.child.exitCode === null && server.child.kill('SIGKILL')));
  const api = async (path: string, method = 'GET', body?: unknown) => {
    const res = await request(`${server.url}${path}`, { method: method as 'GET', headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return (await res.body.json()) as any;
  };
  const push = example('push', (p) => p.commits.length > 0 && !p.deleted);
  push.ref = `refs/heads/${push.repository.default_branch}`;
  const link = await api('/api/links', 'POST', { repository: push.repository.full_name, webhookUrl: `${teams.url}/channel`, events: ['commits'] });
  t.equal((await sendWebhook(server.url, { event: 'push', payload: push, secret: SECRET })).status, 202);
  await teams.waitForRequests(1, '/channel', 10_000);

  await waitFor(() => server.output().includes('pruned finished deliveries'), 'the pruning logged');
  const line = JSON.parse(server.output().split('\n').find((l) => l.includes('pruned finished deliveries'))!);
  t.match(line, { component: 'retention', events: OLD + 1, jobs: OLD + 1, attempts: OLD + OLD / 2 + 1 }, 'the old events, their jobs and every attempt');

  const all = (await api('/api/deliveries?limit=500')).deliveries;
  t.same(all.map((d: any) => d.summary).sort(), [`push ${OLD + 1}`, all.find((d: any) => d.linkId === link.id)?.summary].sort(), 'the log holds the young dead letter and the new delivery');
  const fresh = all.find((d: any) => d.linkId === link.id);
  t.match(fresh, { event: 'push', status: 'delivered', attempts: [{ statusCode: 200, outcome: 'delivered' }] });
  t.match(await api(`/api/deliveries?status=dead`), { deliveries: [{ id: youngDead, lastStatusCode: 404, attempts: [{ outcome: 'dead' }] }] });
  server.child.kill('SIGTERM');
  t.equal(await server.exited, 0, 'the server stops cleanly, pruner and all');
}

t.test('SQLite: old finished rows are pruned, the young dead letter and new deliveries kept', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'gtb-retention-e2e-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const q = openSqliteQueue(join(dir, 'events.sqlite'));
  const { youngDead } = await fillHistory(q);
  await q.close();
  await run(t, { DATA_DIR: dir }, youngDead);
});

t.test('PostgreSQL: the same with DATABASE_URL', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const q = await openPostgresQueue(db);
  const { youngDead } = await fillHistory(q);
  await q.close();
  const dir = mkdtempSync(join(tmpdir(), 'gtb-retention-e2e-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const url = new URL(db.url);
  url.searchParams.set('options', `-c search_path=${db.schema}`);
  await run(t, { DATA_DIR: dir, DATABASE_URL: url.toString() }, youngDead);
});
