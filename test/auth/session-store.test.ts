import t from 'tap';
import { randomBytes } from 'node:crypto';
import { OAuthStateStore } from '../../src/auth/oauth-state.js';
import { SessionStore } from '../../src/auth/session-store.js';

t.test('sessions hold the GitHub token sealed and expire', async (t) => {
  let now = 1_000;
  const sessions = new SessionStore(randomBytes(32), 60_000, () => now);
  const token = sessions.create('mona', 'gho_secret');
  t.same(sessions.get(token), { login: 'mona', githubToken: 'gho_secret' });
  t.notMatch(JSON.stringify([...(sessions as unknown as { entries: Map<string, unknown> }).entries]), /gho_secret|gtbs_/);
  t.equal(sessions.get('gtbs_other'), undefined);
  t.equal(sessions.get('not-a-session'), undefined);
  now += 60_000;
  t.equal(sessions.get(token), undefined, 'expired');
});

t.test('OAuth states are single use and expire', async (t) => {
  let now = 0;
  const states = new OAuthStateStore<string>(1_000, () => now);
  const a = states.issue('teams');
  t.equal(states.consume(a), 'teams');
  t.equal(states.consume(a), undefined);
  const b = states.issue('browser');
  now = 1_000;
  t.equal(states.consume(b), undefined);
  t.equal(states.consume('never-issued'), undefined);
});
