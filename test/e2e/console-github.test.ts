/**
 * The operator console for a GitHub user: sign-in through the OAuth popup against a fake GitHub
 * on loopback, then only the links of repositories the user administers are listed, and a link
 * of another repository is refused even by its address.
 */
import t from 'tap';
import { request } from 'undici';
import { launchBrowser } from '../helpers/browser.js';
import { openConsole } from '../helpers/console-steps.js';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { startOAuthTestApp } from '../helpers/oauth-test-app.js';
import { adminHeaders } from '../helpers/test-app.js';

t.test('a GitHub user sees only the links of repositories they administer', async (t) => {
  const gh = await startFakeGitHub();
  t.teardown(gh.close);
  gh.addUser('mona', { 'octo/app': { admin: true }, 'octo/other': { admin: false } });
  gh.nextLogin = 'mona';
  const teams = await startFakeTeams();
  t.teardown(teams.close);
  const h = await startOAuthTestApp(gh, { env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url } });
  t.teardown(h.close);
  const create = async (repository: string) => {
    const res = await request(`${h.url}/api/links`, { method: 'POST', headers: adminHeaders(), body: JSON.stringify({ repository, webhookUrl: `${teams.url}/webhookb2/${repository.replace('/', '-')}`, events: ['issues'] }) });
    t.equal(res.statusCode, 201);
    return ((await res.body.json()) as { id: string }).id;
  };
  const mine = await create('octo/app');
  const theirs = await create('octo/other');
  await create('elsewhere/unknown');

  const browser = await launchBrowser();
  t.teardown(() => browser.close());
  const c = await openConsole(browser, h.url);
  t.teardown(c.close);
  const { page } = c;

  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Sign in with GitHub' }).click();
  await (await popup).waitForEvent('close');
  await page.locator('#links-region[data-state="ready"]').waitFor();
  t.equal(await page.locator('#identity').innerText(), 'Signed in as mona');
  t.same(await page.locator('#links-body tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.linkId)), [mine], 'only octo/app');
  t.same(await page.locator('#links-body a.repo').allInnerTexts(), ['octo/app']);

  await page.locator('#links-body a.repo').click();
  await page.locator('#deliveries-region[data-state="empty"]').waitFor();
  t.equal(await page.locator('#link-title').innerText(), 'octo/app');

  await page.goto(`${h.url}/admin#/links/${theirs}`);
  await page.locator('#link-region[data-state="error"]').waitFor();
  t.match(await page.locator('#link-state').innerText(), /could not be loaded: you may not manage this link/);
  t.same(
    c.problems.filter((p) => !p.startsWith(`403 GET ${h.url}/api/links/${theirs}`)),
    [],
    'no CSP violation or page error; the one refusal is the foreign link',
  );

  // Signing out asks the bridge to end the session first (a round trip to its session store).
  await page.getByRole('button', { name: 'Sign out' }).click();
  const signIn = page.getByRole('button', { name: 'Sign in with GitHub' });
  await signIn.waitFor({ timeout: 10_000 });
  t.ok(await signIn.isVisible(), 'signed out: the sign-in button is back');
});
