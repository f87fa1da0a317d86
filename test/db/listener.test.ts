import t from 'tap';
import { setTimeout as sleep } from 'node:timers/promises';
import { listen } from '../../src/db/listener.js';
import { terminateListeners, testPostgres } from '../helpers/postgres.js';
import { waitFor } from '../helpers/wait-for.js';

t.test('a listener comes back after its connection is cut, and says so', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const channel = db.channel('bridge_test');
  const heard: string[] = [];
  let reconnects = 0;
  const listener = await listen(db, channel, { onNotify: (p) => heard.push(p), onReconnect: () => reconnects++ });
  t.teardown(() => listener.stop());

  await db.pool.query('SELECT pg_notify($1, $2)', [channel, 'before']);
  await waitFor(() => heard.includes('before'), 'a notification');
  t.equal(await terminateListeners(channel), 1, 'the server ended the LISTEN connection');
  await waitFor(() => reconnects === 1, 'the reconnect');
  await db.pool.query('SELECT pg_notify($1, $2)', [channel, 'after']);
  await waitFor(() => heard.includes('after'), 'a notification after the reconnect');
  t.same(heard, ['before', 'after']);

  await db.pool.query('SELECT pg_notify($1, $2)', [db.channel('bridge_other'), 'elsewhere']);
  await db.pool.query('SELECT pg_notify($1, $2)', [channel, 'last']);
  await waitFor(() => heard.includes('last'), 'the last notification');
  t.notOk(heard.includes('elsewhere'), 'another channel is not heard');
});

t.test('stop ends the connection; a stopped listener does not reconnect', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const channel = db.channel('bridge_test');
  let reconnects = 0;
  const listener = await listen(db, channel, { onNotify: () => undefined, onReconnect: () => reconnects++ });
  await listener.stop();
  t.equal(await terminateListeners(channel), 0, 'nothing listens any more');
  await sleep(300);
  t.equal(reconnects, 0);
});

t.test('channels are per schema, so two installations on one server do not wake each other', async (t) => {
  const a = await testPostgres(t);
  const b = await testPostgres(t);
  if (!a || !b) return;
  t.not(a.channel('bridge_work'), b.channel('bridge_work'));
  t.ok(a.channel('bridge_work').length <= 63, 'within PostgreSQL identifier length');
});
