/**
 * GitHub sign-in from the configuration page inside the Teams host emulator: the host opens the
 * popup (`authentication.authenticate`), the popup runs the OAuth web flow against a fake GitHub
 * on loopback HTTP and hands the session back through `authentication.notifySuccess`. The bridge
 * is reached at an https public URL (a TLS front, see public-front.ts) since TeamsJS only opens
 * https sign-in URLs; the config page itself stays on loopback.
 */
import t from 'tap';
import { launchBrowser, newContext } from '../helpers/browser.js';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { startOAuthTestApp } from '../helpers/oauth-test-app.js';
import { startPublicFront } from '../helpers/public-front.js';
import { screenshot } from '../helpers/screenshot.js';
import { openTeamsHost } from '../helpers/teams-host.js';

const PUBLIC_URL = 'https://bridge.contoso.test';

t.test('sign in with GitHub inside Teams', async (t) => {
  const gh = await startFakeGitHub();
  t.teardown(gh.close);
  const filler = Object.fromEntries(Array.from({ length: 130 }, (_, i) => [`octo/service-${String(i).padStart(3, '0')}`, { admin: true }]));
  gh.addUser('mona', { 'octo/app': { admin: true, private: true }, 'octo/docs': { admin: false }, ...filler });
  gh.addUser('hubot', { 'octo/docs': { admin: false } });
  const teams = await startFakeTeams();
  t.teardown(teams.close);
  const h = await startOAuthTestApp(gh, { publicUrl: PUBLIC_URL, env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url } });
  t.teardown(h.close);
  const front = await startPublicFront(PUBLIC_URL, h.url);
  t.teardown(front.close);
  const browser = await launchBrowser(front.browserArgs);
  t.teardown(() => browser.close());
  const configUrl = `${h.url}/config`;

  async function signedIn(login: string) {
    const context = await newContext(browser, [PUBLIC_URL]);
    t.teardown(() => context.close());
    const host = await openTeamsHost(context, { configUrl });
    const page = host.frame();
    t.match(await page.locator('#signin-hint').innerText(), /Sign in with GitHub/);
    await screenshot(page, 'teams-sign-in');
    gh.nextLogin = login;
    await page.getByRole('button', { name: 'Sign in with GitHub' }).click();
    await page.locator('#signed-in').waitFor({ timeout: 15_000 });
    t.match(await page.locator('#identity-text').innerText(), `Signed in as ${login}`);
    const calls = await host.calls();
    t.ok(calls.includes('authentication.authenticate') && calls.includes('popup:authentication.authenticate.success'));
    return { host, page };
  }

  await t.test('the popup signs in, the picker lists administered repositories, save creates link and hook', async (t) => {
    const { host, page } = await signedIn('mona');
    await page.locator('#repo-list li').first().waitFor();
    t.match(await page.locator('#repo-count').innerText(), /of 131 repositories/, 'every page of /user/repos, only admin ones');
    t.equal(await page.locator('#repo-list li', { hasText: 'octo/docs' }).count(), 0);
    await page.getByLabel('Find a repository you administer').fill('app');
    t.equal(await page.locator('#repo-list li').count(), 1);
    await page.locator('#repo-list li', { hasText: 'octo/app' }).press('Enter');
    t.equal(await page.locator('#repo-list li[aria-selected="true"]').innerText(), 'octo/app\nprivate', 'chosen with the keyboard');
    await host.waitValid(true);
    t.ok(await page.locator('#hook-auto').isVisible(), 'the hook is set up for the user');
    await screenshot(page, 'teams-signed-in');

    const result = await host.save(`${teams.url}/webhookb2/general?sig=S1`);
    t.same(result, { ok: true });
    const [link] = (await h.links.list());
    t.equal(link.repository, 'octo/app');
    t.equal(link.createdBy, 'github:mona');
    const hooks = gh.hooks.get('octo/app')!;
    t.equal(hooks.length, 1);
    t.equal(hooks[0].config.url, `${PUBLIC_URL}/api/github/webhooks`);
    t.equal(link.hookId, hooks[0].id);
  });

  await t.test('a user who administers nothing sees why, and the server refuses a lost right', async (t) => {
    const { page } = await signedIn('hubot');
    await page.locator('#repo-empty').waitFor();
    t.match(await page.locator('#repo-empty').innerText(), /don't administer any repository/);
    await screenshot(page, 'teams-no-repositories');
  });

  await t.test('admin rights lost between listing and saving: the save fails with the reason', async (t) => {
    const { host, page } = await signedIn('mona');
    await page.getByLabel('Find a repository you administer').fill('service-007');
    await page.locator('#repo-list li', { hasText: 'octo/service-007' }).click();
    await host.waitValid(true);
    gh.setAdmin('mona', 'octo/service-007', false);
    const result = await host.save(`${teams.url}/webhookb2/other?sig=S2`);
    t.equal(result.ok, false);
    t.match(result.reason, /not an admin of octo\/service-007/);
    t.equal((await h.links.byRepository('octo/service-007')).length, 0);
  });
});
