import { randomBytes } from 'node:crypto';
import t from 'tap';
import { openLinkCache, writeThrough } from '../../src/links/link-cache.js';
import type { Link } from '../../src/links/link.js';
import type { LinkStore } from '../../src/links/link-store.js';
import { openPostgresLinkStore } from '../../src/links/postgres-link-store.js';
import { createSecretBox } from '../../src/util/secret-box.js';
import { onPostgres } from '../contracts/harness.js';
import { createMemoryLinkStore } from '../helpers/memory-link-store.js';
import { waitFor } from '../helpers/wait-for.js';

const box = createSecretBox(randomBytes(32));
const url = (channel: string) => `https://contoso.webhook.office.com/webhookb2/${channel}@tenant/IncomingWebhook/abc/def/V2${channel}`;

t.test('a link written through another replica routes here as soon as its notice arrives', async (t) => {
  const h = await onPostgres(t, (db) => openPostgresLinkStore(db, box), (s) => s.close());
  if (!h) return;
  const before = await h.subject.create({ repository: 'octo/one', webhookUrl: url('a') });
  const cache = await openLinkCache(h.subject);
  t.teardown(() => cache.close());
  t.same(cache.byRepository('OCTO/ONE').map((l) => l.id), [before.id], 'loaded at open, matched case-insensitively');

  const other = await h.replica!();
  const created = await other.create({ repository: 'Octo/Two', webhookUrl: url('b') });
  await waitFor(() => cache.get(created.id) !== undefined, 'the other replica’s new link');
  t.same(cache.byRepository('octo/two').map((l) => l.id), [created.id]);

  await other.update(created.id, { events: ['issues'] });
  await waitFor(() => cache.get(created.id)?.events.length === 1, 'the update');
  t.same(cache.byRepository('octo/two')[0].events, ['issues'], 'the repository index holds the new version');

  await other.update(created.id, { repository: 'octo/three' });
  await waitFor(() => cache.byRepository('octo/three').length === 1, 'the move to another repository');
  t.same(cache.byRepository('octo/two'), [], 'gone from the old repository');

  await other.delete(before.id);
  await waitFor(() => cache.get(before.id) === undefined, 'the delete');
  t.same(cache.byRepository('octo/one'), []);
  t.same(cache.all().map((l) => l.id), [created.id]);
});

t.test('changes made while the cache loads are not lost, and a burst ends on the last write', async (t) => {
  const h = await onPostgres(t, (db) => openPostgresLinkStore(db, box), (s) => s.close());
  if (!h) return;
  const link = await h.subject.create({ repository: 'octo/burst', webhookUrl: url('c') });
  const opening = openLinkCache(h.subject);
  // One after another (concurrent updates of one row commit in any order), racing the load.
  const writes = (async () => {
    for (let i = 1; i <= 20; i++) await h.subject.update(link.id, { branches: [`b${i}`] });
  })();
  const cache = await opening;
  await writes;
  t.teardown(() => cache.close());
  await waitFor(() => cache.get(link.id)?.branches[0] === 'b20', 'the last of 20 writes');
  await cache.settled();
  t.same(cache.get(link.id)?.branches, ['b20']);
});

/** The memory store with its change notices withheld, as when this replica's NOTIFY is late. */
function unnoticed(): LinkStore {
  const store = createMemoryLinkStore();
  return { ...store, watch: () => () => undefined };
}

t.test('a write through this replica routes here once it is answered, without waiting for its notice', async (t) => {
  const store = unnoticed();
  const cache = await openLinkCache(store);
  t.teardown(() => cache.close());
  const links = writeThrough(store, cache);
  const link = await links.create({ repository: 'Octo/Here', webhookUrl: url('d') });
  t.same(cache.byRepository('octo/here').map((l) => l.id), [link.id], 'created');
  await links.update(link.id, { repository: 'octo/moved' });
  t.same([cache.byRepository('octo/here'), cache.byRepository('octo/moved').map((l) => l.id)], [[], [link.id]], 'updated');
  await links.recordDelivery(link.id, { ok: false, error: 'HTTP 500' }, 1);
  t.equal(cache.get(link.id)?.health, 'failing', 'its health');
  t.equal(await links.delete(link.id), true);
  t.equal(cache.get(link.id), undefined, 'deleted');
  t.equal(await links.update('nope', { branches: [] }), undefined, 'a write that changed nothing reads nothing');
});

t.test('a refresh asked for while a read runs resolves only after a read that started later', async (t) => {
  const store = unnoticed();
  const link = await store.create({ repository: 'octo/slow', webhookUrl: url('e') });
  // The next read of the store answers only when released, with what the store held when it was asked.
  let release = () => {};
  const slow: LinkStore = {
    ...store,
    get: async (id) => {
      const seen = await store.get(id);
      await new Promise<void>((resolve) => (release = resolve));
      return seen;
    },
  };
  const slowCache = await openLinkCache({ ...slow, list: () => store.list() });
  t.teardown(() => slowCache.close());
  const first = slowCache.refresh(link.id);
  await new Promise((r) => setImmediate(r));
  await store.update(link.id, { branches: ['after'] });
  const second = slowCache.refresh(link.id);
  const third = slowCache.refresh(link.id);
  t.equal(second, third, 'asks meanwhile share one more read');
  release();
  await first;
  t.same(slowCache.get(link.id)?.branches, [], 'the read that started before the write saw the old link');
  await new Promise((r) => setImmediate(r));
  release();
  await second;
  t.same((slowCache.get(link.id) as Link).branches, ['after'], 'the ask made after the write waited for a read that saw it');
});
