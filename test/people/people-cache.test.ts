// The people cache of one replica follows changes made through another, on PostgreSQL, also
// those made while its LISTEN connection was down.
import t from 'tap';
import { openPostgres } from '../../src/db/postgres.js';
import { openPeopleCache } from '../../src/people/people-cache.js';
import { openPostgresPeopleStore } from '../../src/people/postgres-people-store.js';
import { terminateListeners, testPostgres } from '../helpers/postgres.js';
import { waitFor } from '../helpers/wait-for.js';

t.test('a replica cache follows puts, imports and deletes made elsewhere', async (t) => {
  const db = await testPostgres(t);
  if (!db) return;
  const other = await openPostgres({ url: db.url, schema: db.schema, poolSize: 2 });
  t.teardown(() => other.close());
  const here = await openPostgresPeopleStore(db);
  t.teardown(() => here.close());
  const there = await openPostgresPeopleStore(other);
  t.teardown(() => there.close());

  await there.put({ login: 'octocat', teams: 'mona@contoso.com', name: 'Mona' });
  const cache = await openPeopleCache(here);
  t.teardown(() => cache.close());
  t.equal(cache.byLogin('OctoCat')?.name, 'Mona', 'loaded at open');
  t.equal(cache.byEmail('MONA@contoso.com')?.login, 'octocat', 'found by email too');

  const before = cache.version();
  await there.put({ login: 'octocat', teams: 'mona.lisa@contoso.com', name: 'Mona Lisa' });
  await waitFor(() => cache.byLogin('octocat')?.name === 'Mona Lisa', 'a put through the other replica');
  t.ok(cache.version() > before, 'the version moves with a change');
  t.equal(cache.byEmail('mona@contoso.com'), undefined, 'the old email no longer finds anyone');

  await there.putMany([
    { login: 'hubot', teams: '87d349ed-44d7-43e1-9a83-5f2406dee5bd', name: 'Hubot' },
    { login: 'dependabot[bot]', teams: 'deps@contoso.com', name: 'Dependabot' },
  ]);
  await waitFor(() => cache.all().length === 3, 'an import');
  await there.delete('HUBOT');
  await waitFor(() => cache.byLogin('hubot') === undefined, 'a delete');

  t.equal(await terminateListeners(db.channel('bridge_people')), 2, 'each store listens on a connection of its own');
  // Made while the LISTEN connection is down: its notice is lost, the reconnect's full read is not.
  await there.put({ login: 'late', teams: 'late@contoso.com', name: 'Late' });
  await waitFor(() => cache.byLogin('late')?.name === 'Late', 'a change made while disconnected');
});
