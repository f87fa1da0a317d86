import t from 'tap';
import { migrate } from '../../src/db/postgres.js';
import { MIGRATIONS } from '../../src/db/migrations.js';
import { testPostgres } from '../helpers/postgres.js';

t.test('migrations apply once, also when several replicas start together', async (t) => {
  const db = await testPostgres(t, { poolSize: 6 });
  if (!db) return;
  // openPostgres migrated already; five more replicas racing find nothing left to do.
  const again = await Promise.all(Array.from({ length: 5 }, () => migrate(db.pool)));
  t.same(again, [[], [], [], [], []]);
  const rows = (await db.pool.query('SELECT id FROM schema_migrations ORDER BY id')).rows.map((r) => r.id);
  t.same(rows, MIGRATIONS.map((m) => m.id));
  const tables = (await db.pool.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1`, [db.schema])).rows.map((r) => r.table_name);
  t.same(tables, ['attempts', 'auth_failures', 'events', 'incoming', 'jobs', 'links', 'oauth_states', 'people', 'schema_migrations', 'sessions', 'target_leases']);
});

t.test('a failing migration rolls back and names itself', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const bad = [...MIGRATIONS, { id: 999, name: 'broken on purpose', sql: 'CREATE TABLE ok_part (x int); SELECT no_such_column FROM links;' }];
  await t.rejects(migrate(db.pool, bad), /migration 999 \(broken on purpose\) failed/);
  const left = await db.pool.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'ok_part'`, [db.schema]);
  t.equal(left.rowCount, 0, 'the failed migration left nothing behind');
});
