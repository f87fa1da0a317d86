import t from 'tap';
import { randomBytes } from 'node:crypto';
import type { SessionStore, StoredSession } from '../../src/auth/auth-stores.js';
import { createMemoryOAuthStateStore, createMemorySessionStore } from '../../src/auth/memory-auth-stores.js';
import { OAuthStates } from '../../src/auth/oauth-state.js';
import { Sessions } from '../../src/auth/session-store.js';

t.test('sessions hold the GitHub token sealed and expire', async (t) => {
  let now = 1_000;
  const memory = createMemorySessionStore();
  const written: Array<[string, StoredSession]> = [];
  const store: SessionStore = { ...memory, put: (id, s) => (written.push([id, s]), memory.put(id, s)) };
  const sessions = new Sessions(store, randomBytes(32), 60_000, () => now);
  const token = await sessions.create('mona', 'gho_secret');
  t.same(await sessions.get(token), { login: 'mona', githubToken: 'gho_secret' });
  t.notMatch(JSON.stringify(written), /gho_secret|gtbs_/, 'the store sees neither token in clear');
  t.equal(await sessions.get('gtbs_other'), undefined);
  t.equal(await sessions.get('not-a-session'), undefined);
  now += 60_000;
  t.equal(await sessions.get(token), undefined, 'expired');
  const other = await sessions.create('hubot', 'gho_other');
  await sessions.delete(other);
  t.equal(await sessions.get(other), undefined, 'signed out');
});

t.test('OAuth states are single use and expire', async (t) => {
  let now = 0;
  const states = new OAuthStates<string>(createMemoryOAuthStateStore(), 1_000, () => now);
  const a = await states.issue('teams');
  t.equal(await states.consume(a), 'teams');
  t.equal(await states.consume(a), undefined);
  const b = await states.issue('browser');
  now = 1_000;
  t.equal(await states.consume(b), undefined);
  t.equal(await states.consume('never-issued'), undefined);
});
