import t from 'tap';
import { request } from 'undici';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { startOAuthTestApp } from '../helpers/oauth-test-app.js';
import { signInOverHttp } from '../helpers/sign-in-over-http.js';
import { startTestApp } from '../helpers/test-app.js';

t.test('without GITHUB_CLIENT_ID the page offers no sign-in and /auth/start says why', async (t) => {
  const h = await startTestApp();
  t.teardown(h.close);
  t.equal((await h.app.inject({ url: '/api/teams/settings' })).json().signIn, false);
  const res = await h.app.inject({ url: '/auth/start' });
  t.equal(res.statusCode, 404);
  t.match(res.body, /not configured on this bridge/);
});

t.test('GitHub OAuth web flow', async (t) => {
  const gh = await startFakeGitHub();
  t.teardown(gh.close);
  gh.addUser('mona', {});
  gh.nextLogin = 'mona';
  const h = await startOAuthTestApp(gh);
  t.teardown(h.close);

  t.test('start binds a single-use state to this browser and sends it to GitHub', async (t) => {
    const res = await request(`${h.url}/auth/start?host=teams`);
    await res.body.dump();
    t.equal(res.statusCode, 302);
    const cookie = String(res.headers['set-cookie']);
    t.match(cookie, /^gtb_oauth_state=[\w-]+; Path=\/auth; HttpOnly; SameSite=Lax; Max-Age=600$/);
    const location = new URL(String(res.headers.location));
    t.equal(location.origin + location.pathname, `${gh.url}/login/oauth/authorize`, 'GITHUB_URL is honoured (GHES)');
    t.equal(location.searchParams.get('client_id'), gh.clientId);
    t.equal(location.searchParams.get('redirect_uri'), `${h.url}/auth/callback`);
    t.equal(location.searchParams.get('scope'), 'repo');
    t.equal(location.searchParams.get('state'), cookie.split(';')[0].split('=')[1]);
  });

  t.test('a full sign-in yields a session token in the page body, never in a URL', async (t) => {
    const result = await signInOverHttp(h.url);
    t.equal(result.status, 200);
    t.equal(result.login, 'mona');
    t.match(result.token, /^gtbs_[\w-]{43}$/);
    t.notMatch(result.html, gh.tokenOf('mona'), 'the GitHub token stays on the server');
    t.ok(gh.requests.includes('GET /api/v3/user'), 'GITHUB_API_URL is honoured');
    const me = await h.app.inject({ url: '/api/teams/me', headers: { authorization: `Bearer ${result.token}` } });
    t.same(me.json(), { kind: 'github', login: 'mona' });
  });

  t.test('a callback without the browser’s cookie, or with another one, is refused', async (t) => {
    const missing = await signInOverHttp(h.url, { cookie: () => '' });
    t.equal(missing.status, 400);
    t.match(missing.error, /not started here/);
    t.equal(missing.token, undefined);
    const other = await signInOverHttp(h.url, { cookie: () => 'gtb_oauth_state=someone-elses-state' });
    t.equal(other.status, 400);
  });

  t.test('a malformed state cookie is refused as bad input, not as an outage', async (t) => {
    for (const cookie of ['gtb_oauth_state=%E0%A4%A', 'gtb_oauth_state=%', 'gtb_oauth_state']) {
      const res = await signInOverHttp(h.url, { cookie: () => cookie });
      t.equal(res.status, 400, cookie);
      t.match(res.error, /not started here/, cookie);
    }
  });

  t.test('a state is accepted once', async (t) => {
    const start = await request(`${h.url}/auth/start`);
    await start.body.dump();
    const cookie = String(start.headers['set-cookie']).split(';')[0];
    const authorize = await request(String(start.headers.location));
    await authorize.body.dump();
    const callback = String(authorize.headers.location);
    const first = await request(callback, { headers: { cookie } });
    t.equal(first.statusCode, 200);
    await first.body.dump();
    const replay = await request(callback, { headers: { cookie } });
    t.equal(replay.statusCode, 400);
    await replay.body.dump();
  });

  t.test('the user declining at GitHub is reported', async (t) => {
    gh.nextLogin = undefined;
    const declined = await signInOverHttp(h.url);
    gh.nextLogin = 'mona';
    t.equal(declined.status, 400);
    t.match(declined.error, /denied/);
  });
});

t.test('a wrong client secret says which settings to check', async (t) => {
  const gh = await startFakeGitHub();
  t.teardown(gh.close);
  gh.addUser('mona', {});
  gh.nextLogin = 'mona';
  const h = await startOAuthTestApp(gh, { env: { GITHUB_CLIENT_SECRET: 'not-the-secret' } });
  t.teardown(h.close);
  const result = await signInOverHttp(h.url);
  t.equal(result.status, 502);
  t.match(result.error, /GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET/);
  t.notMatch(result.html, /not-the-secret/);
});
