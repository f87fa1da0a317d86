// Moving the embedded incoming log into a PostgreSQL table that replicas have already written to:
// the moved entries stay older than those, a second run moves nothing, and the sequence goes on
// above everything.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { importIncoming } from '../../src/db/import-incoming.js';
import type { IncomingRecord } from '../../src/queue/incoming-log.js';
import { openPostgresIncomingLog } from '../../src/queue/postgres-incoming-log.js';
import { openSqliteIncomingLog } from '../../src/queue/sqlite-incoming-log.js';
import { testPostgres } from '../helpers/postgres.js';

const entry = (delivery: string, at: number): IncomingRecord => ({ delivery, event: 'push', repository: 'Octo/Repo', receivedAt: at, outcome: 'queued', links: 1 });

t.test('entries move below what replicas wrote since, once, and later ones come after', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-import-incoming-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));

  const embedded = openSqliteIncomingLog(join(dataDir, 'incoming.sqlite'));
  for (const [i, delivery] of ['old-1', 'old-2', 'old-3'].entries()) await embedded.record(entry(delivery, 1_000 + i));
  // A redelivery noted twice: two entries of one delivery, both kept.
  await embedded.record({ ...entry('old-3', 1_010), outcome: 'duplicate', links: 0 });
  await embedded.close();

  const shared = openPostgresIncomingLog(db);
  t.teardown(() => shared.close());
  await shared.record(entry('new-1', 5_000));
  await shared.record(entry('new-2', 5_001));

  t.same(await importIncoming(dataDir, db), { moved: 4, present: 0 });
  const deliveries = async () => (await shared.list({ limit: 100 })).map((e) => `${e.delivery} ${e.outcome}`);
  t.same(await deliveries(), ['new-2 queued', 'new-1 queued', 'old-3 duplicate', 'old-3 queued', 'old-2 queued', 'old-1 queued'], 'newest first, the moved ones older');
  t.same((await shared.list({ repositories: ['octo/repo'] })).length, 6, 'found by repository, case-insensitively');

  t.same(await importIncoming(dataDir, db), { moved: 0, present: 4 }, 'a second run moves nothing');
  await shared.record(entry('new-3', 5_002));
  t.equal((await deliveries())[0], 'new-3 queued', 'the sequence goes on above everything');
});

t.test('a DATA_DIR without an incoming log moves nothing', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-import-incoming-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  t.same(await importIncoming(dataDir, db), { moved: 0, present: 0 });
});
