/**
 * The configuration page opened directly in a browser (no Teams): the user pastes a Workflows
 * webhook URL, saves, sends a test card, changes events and removes the link; with GitHub
 * sign-in set up, the page opens the OAuth popup itself and gets the session back by postMessage.
 */
import t from 'tap';
import { launchBrowser, newContext } from '../helpers/browser.js';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { startOAuthTestApp } from '../helpers/oauth-test-app.js';
import { screenshot } from '../helpers/screenshot.js';
import { TEST_ADMIN_TOKEN, startTestApp } from '../helpers/test-app.js';

t.test('stand-alone configuration page', async (t) => {
  const teams = await startFakeTeams({ defaultAnswer: { kind: 'accepted' } });
  t.teardown(teams.close);
  const browser = await launchBrowser();
  t.teardown(() => browser.close());
  const workflowUrl = `${teams.url}/workflows/abc123/triggers/manual/paths/invoke?api-version=1&sig=WORKFLOWSIG`;

  await t.test('pasted Workflows URL: save, test card, update, remove', async (t) => {
    const h = await startTestApp({ env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url } });
    t.teardown(h.close);
    const context = await newContext(browser);
    t.teardown(() => context.close());
    const page = await context.newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/teams/settings', async (route) => (await held, route.continue()));
    await page.goto(`${h.url}/config`);
    t.ok(await page.locator('.loading').isVisible(), 'a loading state until the settings arrive');
    await screenshot(page, 'loading');
    release();
    await page.locator('#page[data-state="ready"]').waitFor();
    t.ok(await page.locator('#channel-workflow').isVisible(), 'asks for a webhook URL');
    t.match(await page.locator('.howto summary').innerText(), /Workflows/);
    t.ok(await page.getByRole('button', { name: 'Save link' }).isDisabled());

    await page.getByLabel('Admin token').fill(TEST_ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Use token' }).click();
    await page.getByLabel('Repository (owner/name)').fill('octo-org/hello-world');
    await page.getByLabel('Teams webhook URL').fill('http://not-https.example/hook');
    t.match(await page.locator('#save-hint').innerText(), /must start with https/);
    await page.getByLabel('Teams webhook URL').fill(workflowUrl);
    await page.locator('.howto summary').click();
    await screenshot(page, 'standalone-ready');
    t.equal(await page.locator('#save-hint').innerText(), '');
    await page.getByRole('button', { name: 'Save link' }).click();
    await page.locator('#notice[data-kind="ok"]').waitFor();
    t.match(await page.locator('#notice').innerText(), /Linked octo-org\/hello-world/);
    const [link] = (await h.links.list());
    t.equal(link.webhookUrl, workflowUrl);
    t.equal(await page.getByLabel('Teams webhook URL').inputValue(), '', 'the credential does not stay in the form');

    await page.getByRole('button', { name: 'Send test card' }).click();
    await page.locator('#notice', { hasText: 'Test card sent' }).waitFor();
    t.equal(teams.requestsFor('/workflows/abc123/triggers/manual/paths/invoke').length, 1);
    await screenshot(page, 'standalone-saved');

    await page.getByLabel('Workflow runs').check();
    await page.getByRole('button', { name: 'Update link' }).click();
    await page.locator('#notice', { hasText: 'Updated' }).waitFor();
    t.ok(((await h.links.get(link.id))!.events as string[]).includes('workflows'));
    t.equal((await h.links.get(link.id))!.webhookUrl, workflowUrl, 'an empty URL field keeps the current webhook');

    await page.getByRole('button', { name: 'Remove link' }).click();
    await page.locator('#notice', { hasText: 'Removed' }).waitFor();
    t.equal((await h.links.list()).length, 0);
  });

  await t.test('sign-in popup opened by the page itself', async (t) => {
    const gh = await startFakeGitHub();
    t.teardown(gh.close);
    gh.addUser('mona', { 'octo/app': { admin: true } });
    gh.nextLogin = 'mona';
    const h = await startOAuthTestApp(gh, { env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url } });
    t.teardown(h.close);
    const context = await newContext(browser);
    t.teardown(() => context.close());
    const page = await context.newPage();
    await page.goto(`${h.url}/config`);
    await page.locator('#page[data-state="ready"]').waitFor();
    const popup = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Sign in with GitHub' }).click();
    await (await popup).waitForEvent('close');
    await page.locator('#signed-in').waitFor();
    t.match(await page.locator('#identity-text').innerText(), 'Signed in as mona');
    await page.locator('#repo-list li', { hasText: 'octo/app' }).click();
    await page.getByLabel('Teams webhook URL').fill(workflowUrl);
    await page.getByRole('button', { name: 'Save link' }).click();
    await page.locator('#notice[data-kind="ok"]').waitFor();
    t.match(await page.locator('#notice').innerText(), /webhook was created/);
    t.equal(gh.hooks.get('octo/app')!.length, 1);
  });
});
