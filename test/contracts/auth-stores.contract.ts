/**
 * The contract of the sign-in stores (sessions, OAuth states, the failed-auth counter): the
 * embedded and the PostgreSQL ones must behave alike, down to the times passed in.
 */
import type { Test } from 'tap';
import type { AuthStores, StoredSession } from '../../src/auth/auth-stores.js';
import { together, type Factory } from './harness.js';

export type AuthStoresFactory = Factory<AuthStores>;

const NOW = Date.UTC(2026, 0, 1);
const HOUR = 3_600_000;
const session = (login: string, expiresAt = NOW + HOUR): StoredSession => ({ login, sealedToken: `v1.iv.tag.${login}`, expiresAt });

export function authStoresContract(t: Test, name: string, factory: AuthStoresFactory): void {
  t.test(`${name}: sessions live until they expire or are deleted`, async (t) => {
    const h = await factory(t);
    if (!h) return;
    const { sessions } = h.subject;
    await sessions.put('id-mona', session('mona'));
    await sessions.put('id-hubot', session('hubot', NOW + 10));
    t.same(await sessions.get('id-mona', NOW), session('mona'));
    t.equal(await sessions.get('id-unknown', NOW), undefined);
    t.same(await sessions.get('id-hubot', NOW + 9), session('hubot', NOW + 10));
    t.equal(await sessions.get('id-hubot', NOW + 10), undefined, 'expired at its expiry time');
    t.equal(await sessions.get('id-hubot', NOW), undefined, 'an expired session was removed, not just hidden');
    await sessions.put('id-mona', session('mona-renamed', NOW + 2 * HOUR));
    t.same(await sessions.get('id-mona', NOW + HOUR), session('mona-renamed', NOW + 2 * HOUR), 'put replaces');
    await sessions.delete('id-mona');
    t.equal(await sessions.get('id-mona', NOW), undefined);
    await sessions.delete('id-mona');

    if (!h.replica) return;
    const other = (await h.replica()).sessions;
    await sessions.put('id-shared', session('octocat'));
    t.same(await other.get('id-shared', NOW), session('octocat'), 'a session made on one replica is known to another');
    await other.delete('id-shared');
    t.equal(await sessions.get('id-shared', NOW), undefined, 'and a sign-out on one ends it on all');
  });

  t.test(`${name}: an OAuth state is consumed once`, async (t) => {
    const h = await factory(t);
    if (!h) return;
    const { oauthStates } = h.subject;
    const data = { returnTo: '/config?x=1', nested: { n: 1, list: ['a', null] } };
    await oauthStates.put('state-1', data, NOW + 600_000);
    await oauthStates.put('state-2', true, NOW + 1);
    await oauthStates.put('state-3', 'late', NOW + 5);
    t.same(await oauthStates.consume('state-1', NOW), data, 'the data comes back');
    t.equal(await oauthStates.consume('state-1', NOW), undefined, 'only once');
    t.equal(await oauthStates.consume('unknown', NOW), undefined);
    t.equal(await oauthStates.consume('state-2', NOW + 1), undefined, 'expired at its expiry time');
    t.equal(await oauthStates.consume('state-3', NOW + 6), undefined);
    t.equal(await oauthStates.consume('state-3', NOW), undefined, 'an expired state is gone too');

    const replica = h.replica && (await h.replica()).oauthStates;
    await oauthStates.put('racy', { login: 'x' }, NOW + 600_000);
    const racing = await together(10, (i) => (i % 2 && replica ? replica : oauthStates).consume('racy', NOW));
    t.same(
      racing.filter((r) => r.status === 'fulfilled' && r.value !== undefined).map((r) => (r as PromiseFulfilledResult<unknown>).value),
      [{ login: 'x' }],
      'of ten concurrent consumes exactly one gets the data',
    );
  });

  t.test(`${name}: failures count in a fixed window from the first`, async (t) => {
    const h = await factory(t);
    if (!h) return;
    const { failures } = h.subject;
    const WINDOW = 60_000;
    t.same(await failures.peek('203.0.113.7', NOW), { count: 0, resetAt: NOW }, 'nothing counted yet');
    t.same(await failures.hit('203.0.113.7', WINDOW, NOW), { count: 1, resetAt: NOW + WINDOW });
    t.same(await failures.hit('203.0.113.7', WINDOW, NOW + 30_000), { count: 2, resetAt: NOW + WINDOW }, 'the window does not slide');
    t.same(await failures.peek('203.0.113.7', NOW + 59_999), { count: 2, resetAt: NOW + WINDOW }, 'peek does not count');
    t.same(await failures.hit('198.51.100.1', WINDOW, NOW + 1), { count: 1, resetAt: NOW + 1 + WINDOW }, 'keys count apart');
    t.same(await failures.peek('203.0.113.7', NOW + WINDOW), { count: 0, resetAt: NOW + WINDOW }, 'a window ends at resetAt');
    t.same(await failures.hit('203.0.113.7', WINDOW, NOW + WINDOW + 5), { count: 1, resetAt: NOW + 2 * WINDOW + 5 }, 'and the next failure opens a new one');

    const replica = h.replica && (await h.replica()).failures;
    const hits = await together(20, (i) => (i % 2 && replica ? replica : failures).hit('192.0.2.9', WINDOW, NOW));
    const counts = hits.map((r) => (r.status === 'fulfilled' ? r.value.count : -1)).sort((a, b) => a - b);
    t.same(counts, Array.from({ length: 20 }, (_, i) => i + 1), 'twenty concurrent failures count 1 to 20, none lost');
    t.same(await failures.peek('192.0.2.9', NOW), { count: 20, resetAt: NOW + WINDOW });
  });
}
