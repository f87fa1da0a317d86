// The PostgreSQL incoming log commits without waiting for a WAL flush, as its doc says: a note
// may be lost in a crash, and a webhook's answer never waits for a second flush. Seen from the
// server: right after such a commit the log holds WAL written but not yet flushed, while a
// synchronous commit flushes its own. Other sessions can only add flushes, so one note of 20
// seen unflushed is proof; an incoming log committing synchronously shows none.
import t from 'tap';
import { openPostgresIncomingLog } from '../../src/queue/postgres-incoming-log.js';
import { testPostgres } from '../helpers/postgres.js';

t.test('notes are committed without waiting for the WAL flush', async (t) => {
  const db = await testPostgres(t, { poolSize: 1 });
  if (!db) return;
  const log = openPostgresIncomingLog(db);
  t.teardown(() => log.close());
  const unflushed = async () => (await db.pool.query(`SELECT pg_current_wal_insert_lsn() > pg_current_wal_flush_lsn() AS lag`)).rows[0].lag as boolean;
  let seen = 0;
  for (let i = 0; i < 20; i++) {
    await log.record({ delivery: `d${i}`, event: 'push', receivedAt: i, outcome: 'queued', links: 1 });
    if (await unflushed()) seen++;
  }
  t.ok(seen >= 1, `${seen} of 20 notes left WAL unflushed at their commit`);
  await db.pool.query(`INSERT INTO incoming (delivery, event, received_at, outcome, links) VALUES ('sync', 'push', 1, 'queued', 1)`);
  t.equal((await log.list({})).length, 21, 'and they are there');
});
