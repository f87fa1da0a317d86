import { setTimeout as sleep } from 'node:timers/promises';
import t from 'tap';
import { transactionsAhead } from '../../src/db/transaction-ahead.js';
import { testPostgres } from '../helpers/postgres.js';

/** How long ago, in ms, the transaction `work` runs in began, by the server's clock. */
const beganMsAgo = async (client: { query(sql: string): Promise<{ rows: Array<{ ms: number }> }> }) =>
  (await client.query(`SELECT (extract(epoch FROM clock_timestamp() - now()) * 1000)::float8 AS ms`)).rows[0]!.ms;

t.test('a batch runs in a transaction: committed when its work resolves, rolled back when it throws', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  await db.pool.query('CREATE TABLE ahead_rows (n int)');
  const transactions = transactionsAhead(db.pool);
  await transactions.run((c) => c.query('INSERT INTO ahead_rows VALUES (1)'));
  await t.rejects(
    transactions.run(async (c) => {
      await c.query('INSERT INTO ahead_rows VALUES (2)');
      throw new Error('refused');
    }),
    /refused/,
  );
  transactions.beginNext();
  await t.rejects(transactions.run(() => Promise.reject(new Error('refused ahead'))), /refused ahead/);
  t.same((await db.pool.query('SELECT n FROM ahead_rows')).rows, [{ n: 1 }], 'only the work that resolved is kept');
  await transactions.close();
});

t.test('the next batch runs in the transaction begun when it was announced, not when it started', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const transactions = transactionsAhead(db.pool);
  transactions.beginNext();
  transactions.beginNext(); // a second announcement while one is begun begins nothing more
  await sleep(150);
  t.equal(db.pool.totalCount - db.pool.idleCount, 1, 'one connection is held for it');
  t.ok((await transactions.run(beganMsAgo)) >= 100, 'begun before run was called');
  t.ok((await transactions.run(beganMsAgo)) < 100, 'without an announcement, a batch begins its own');
  t.equal(db.pool.totalCount - db.pool.idleCount, 0, 'nothing is held between batches that were not announced');
});

t.test('close gives back the transaction begun for a batch that never came', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const transactions = transactionsAhead(db.pool);
  transactions.beginNext();
  await sleep(50);
  t.equal(db.pool.totalCount - db.pool.idleCount, 1);
  await transactions.close();
  t.equal(db.pool.totalCount - db.pool.idleCount, 0, 'its connection is back in the pool');
});
