// The SQLite incoming log prunes every INCOMING_PRUNE_EVERY rows, not in every commit (which
// rewrote a page of the table and one of its index per commit): the file holds at most that
// many rows past `keep`, and a list never shows one of them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { INCOMING_PRUNE_EVERY } from '../../src/queue/incoming-log.js';
import { openSqliteIncomingLog } from '../../src/queue/sqlite-incoming-log.js';

t.test('the file stays within keep + one prune interval, and lists show the newest keep', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'gtb-incoming-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'incoming.sqlite');
  const keep = 10;
  const log = openSqliteIncomingLog(path, { keep });
  const reader = new Database(path, { readonly: true });
  t.teardown(() => reader.close());
  const rows = () => (reader.prepare('SELECT count(*) AS n FROM incoming').get() as { n: number }).n;
  let most = 0;
  let written = 0;
  for (const size of [1, 7, 100, 300, 3, 250, 600, 1]) {
    await Promise.all(Array.from({ length: size }, () => log.record({ delivery: `d${++written}`, event: 'push', receivedAt: written, outcome: 'queued', links: 1 })));
    most = Math.max(most, rows());
    t.same((await log.list({ limit: 500 })).map((e) => e.delivery), Array.from({ length: Math.min(keep, written) }, (_, i) => `d${written - i}`), `after ${written}`);
  }
  t.ok(most < keep + INCOMING_PRUNE_EVERY, `at most ${most} rows`);
  t.ok(most > keep, 'rows wait for the next prune');
  await log.close();
});
