/**
 * The SQLite → PostgreSQL move (`npm run migrate-to-postgres`) keeps digest posts: each attempt
 * keeps the digest it was part of, so the moved delivery log still says what a digest carried
 * and the rate history a new lease holder restores counts a digest post once. A queue file from
 * before digests (no digest column) moves too, its attempts as cards of their own.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import { importEmbedded } from '../../src/db/import-embedded.js';
import type { Link } from '../../src/links/link.js';
import { openPostgresLinkStore } from '../../src/links/postgres-link-store.js';
import { targetKeyOf } from '../../src/links/target-key.js';
import { openPostgresQueue } from '../../src/queue/postgres-queue.js';
import { openSqliteQueue } from '../../src/queue/sqlite-queue.js';
import { createSecretBox } from '../../src/util/secret-box.js';
import { example } from '../helpers/github-examples.js';
import { testPostgres } from '../helpers/postgres.js';

const START = Date.UTC(2026, 0, 1, 9);
const PAYLOAD = JSON.stringify(example('issues', (p) => p.action === 'opened'));
const link: Link = {
  id: 'lnk-digest',
  repository: 'move/digest',
  webhookUrl: 'https://contoso.webhook.office.com/webhookb2/move/IncomingWebhook/x/y',
  events: ['issues'],
  branches: [],
  options: { drafts: false, synchronize: false, workflowSuccesses: false, mentions: true },
  delivery: { mode: 'digest', everyMinutes: 60 },
  health: 'active',
  consecutiveFailures: 0,
  createdAt: new Date(START).toISOString(),
  updatedAt: new Date(START).toISOString(),
  createdBy: 'admin',
};
const TARGET = targetKeyOf(link.webhookUrl);

/** An embedded queue file: three events, the first two carried by one digest post (retried once), the third a card of its own. */
async function embeddedQueue(dataDir: string): Promise<string[]> {
  const q = openSqliteQueue(join(dataDir, 'events.sqlite'), { now: () => START });
  const deliveries = ['d-1', 'd-2', 'd-3'];
  const jobs = [];
  for (const [i, delivery] of deliveries.entries()) {
    const { jobs: [job] } = await q.ingest({ delivery, name: 'issues', action: 'opened', repository: link.repository, payload: PAYLOAD, receivedAt: START + i }, [
      { linkId: link.id, target: TARGET, summary: `issue ${i + 1}` },
    ]);
    jobs.push(job!);
  }
  const [a, b, c] = jobs as [(typeof jobs)[0], (typeof jobs)[0], (typeof jobs)[0]];
  const base = { linkId: link.id, target: TARGET, durationMs: 40 };
  for (const j of [a, b]) await q.record({ ...base, jobId: j.id, startedAt: START + 1_000, statusCode: 502, outcome: 'retry', nextAttemptAt: START + 9_000, digest: 'dg-1' });
  for (const j of [a, b]) await q.record({ ...base, jobId: j.id, startedAt: START + 9_000, statusCode: 200, outcome: 'delivered', digest: 'dg-2' });
  await q.record({ ...base, jobId: c.id, startedAt: START + 20_000, statusCode: 200, outcome: 'delivered' });
  await q.close();
  return deliveries;
}

async function moveInto(t: Test, dataDir: string) {
  const db = await testPostgres(t);
  if (!db) return undefined;
  const links = await openPostgresLinkStore(db, createSecretBox(randomBytes(32)));
  t.teardown(() => links.close());
  const report = await importEmbedded({ dataDir, links: [link] }, { db, adoptLink: (l) => links.adopt(l) });
  const queue = await openPostgresQueue(db);
  t.teardown(() => queue.close());
  return { report, queue };
}

t.test('digest attempts keep their digest through the move', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-import-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  await embeddedQueue(dataDir);
  const moved = await moveInto(t, dataDir);
  if (!moved) return;
  const { report, queue } = moved;
  t.equal(report.attempts, 5);
  t.same(report.jobs, { moved: 3, open: 0, dead: 0 });
  t.same(await queue.sendsSince(TARGET, START), [START + 1_040, START + 9_040, START + 20_040], 'each digest post counts once in the rate history, whatever it carried');
  const log = await queue.list({ linkId: link.id });
  const byDelivery = new Map(log.map((d) => [d.delivery, d]));
  const first = byDelivery.get('d-1')!;
  const second = byDelivery.get('d-2')!;
  t.same(
    first.attempts.map((a) => a.digest),
    [
      { id: 'dg-1', jobs: [first.id, second.id], deliveries: ['d-1', 'd-2'] },
      { id: 'dg-2', jobs: [first.id, second.id], deliveries: ['d-1', 'd-2'] },
    ],
    'the moved log names each digest and what it carried (with the new job ids)',
  );
  t.notOk('digest' in byDelivery.get('d-3')!.attempts[0]!, 'a card of its own names no digest');
});

t.test('a queue file from before digests moves, its attempts as cards of their own', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-import-old-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  await embeddedQueue(dataDir);
  const file = new Database(join(dataDir, 'events.sqlite'));
  file.exec('DROP INDEX attempts_digest; ALTER TABLE attempts DROP COLUMN digest;');
  file.close();
  const moved = await moveInto(t, dataDir);
  if (!moved) return;
  t.equal(moved.report.attempts, 5);
  t.same(await moved.queue.sendsSince(TARGET, START), [START + 1_040, START + 1_040, START + 9_040, START + 9_040, START + 20_040], 'without digest ids every attempt is a post');
});
