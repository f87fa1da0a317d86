/**
 * The configuration page inside a Teams host emulator, operator path (no GitHub sign-in set up):
 * first save creates the link with the webhook URL Teams hands over, reopening pre-fills and
 * updates the same link through the capability kept in the Teams config, the test card reaches
 * the channel, and Remove deletes the link without any sign-in.
 */
import t from 'tap';
import { launchBrowser, newContext } from '../helpers/browser.js';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { freePort } from '../helpers/free-port.js';
import { screenshot } from '../helpers/screenshot.js';
import { openTeamsHost } from '../helpers/teams-host.js';
import { TEST_ADMIN_TOKEN, startTestApp } from '../helpers/test-app.js';

t.test('connector configuration in Teams with the admin token', async (t) => {
  const teams = await startFakeTeams();
  t.teardown(teams.close);
  const port = await freePort();
  const h = await startTestApp({
    env: { PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url },
  });
  t.teardown(h.close);
  const browser = await launchBrowser();
  t.teardown(() => browser.close());
  const configUrl = `${h.url}/config`;
  const channelWebhook = `${teams.url}/webhookb2/releases-channel/IncomingWebhook/abc?sig=CHANNELSECRET`;

  let saved: Awaited<ReturnType<Awaited<ReturnType<typeof openTeamsHost>>['settings']>> = {};

  await t.test('first save creates the link with the webhook URL Teams gives', async (t) => {
    const context = await newContext(browser);
    t.teardown(() => context.close());
    const host = await openTeamsHost(context, { configUrl });
    const page = host.frame();
    t.equal(await host.valid(), false, 'Save stays disabled until the form is valid');
    t.match(await page.locator('#channel-connector').innerText(), /Contoso Engineering › Releases/);
    t.ok(await page.locator('#channel-workflow').isHidden(), 'no URL field: Teams provides the webhook');
    await screenshot(page, 'teams-signed-out');

    await page.getByLabel('Admin token').fill('wrong-token-0123456789');
    await page.getByRole('button', { name: 'Use token' }).click();
    await page.locator('#notice[data-kind="error"]').waitFor();
    t.match(await page.locator('#notice').innerText(), /not accepted/);

    await page.getByLabel('Admin token').fill(TEST_ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Use token' }).click();
    await page.locator('#signed-in').waitFor();
    await page.getByLabel('Repository (owner/name)').fill('octo-org/hello-world');
    await page.getByLabel('Stars').check();
    await host.waitValid(true);
    t.match(await page.locator('#hook-url').innerText(), `${h.url}/api/github/webhooks`);
    t.match(await page.locator('#hook-secret').innerText(), /Secret to Everybody/, 'the operator sees the secret for the manual hook');
    t.match(await page.locator('#hook-events').innerText(), /watch/);
    await screenshot(page, 'teams-ready');

    const result = await host.save(channelWebhook);
    t.same(result, { ok: true });
    const links = (await h.links.list());
    t.equal(links.length, 1);
    t.equal(links[0].repository, 'octo-org/hello-world');
    t.equal(links[0].webhookUrl, channelWebhook, 'the URL Teams handed over is stored');
    t.same(links[0].events, ['issues', 'pulls', 'commits', 'releases', 'deployments', 'stars']);
    t.same(links[0].teams, { configName: 'octo-org/hello-world', channelName: 'Releases', teamName: 'Contoso Engineering' });
    saved = await host.settings();
    t.match(saved.entityId, /^gtbc_[A-Za-z0-9_-]{43}$/, 'the capability lives in the Teams config');
    t.equal(saved.contentUrl, `${h.url}/config`);
    t.equal(saved.configName, 'octo-org/hello-world');
    t.ok(links[0].capabilityHash && !JSON.stringify(links[0]).includes(saved.entityId!), 'the server keeps only its hash');
    const calls = await host.calls();
    t.ok(calls.indexOf('settings.setSettings') < calls.lastIndexOf('settings.getSettings'), 'setConfig before getConfig');
  });

  await t.test('reopening pre-fills from the capability and updates the same link', async (t) => {
    const context = await newContext(browser);
    t.teardown(() => context.close());
    const host = await openTeamsHost(context, { configUrl, settings: saved });
    const page = host.frame();
    await page.locator('#notice').waitFor();
    t.match(await page.locator('#notice').innerText(), /receives octo-org\/hello-world/);
    t.ok(await page.getByLabel('Stars').isChecked(), 'events pre-filled');
    t.notOk(await page.getByLabel('Forks').isChecked());
    t.match(await page.locator('#repo-locked').innerText(), /octo-org\/hello-world — to link another repository, add the connector again/);
    await host.waitValid(true);
    await screenshot(page, 'teams-reopened');

    await page.getByRole('button', { name: 'Send test card' }).click();
    await page.locator('#notice[data-kind="ok"], #notice[data-kind="error"]').waitFor();
    t.match(await page.locator('#notice').innerText(), /Test card sent/);
    const cards = teams.requestsFor('/webhookb2/releases-channel/IncomingWebhook/abc');
    t.equal(cards.length, 1, 'the test card reached the channel');
    t.match(JSON.stringify(cards[0].body), /octo-org\/hello-world/);

    await page.getByLabel('Forks').check();
    await page.getByLabel('Stars').uncheck();
    const id = (await h.links.list())[0].id;
    t.same(await host.save(channelWebhook), { ok: true });
    t.equal((await h.links.list()).length, 1, 'no second link');
    t.equal((await h.links.list())[0].id, id);
    t.same((await h.links.list())[0].events, ['issues', 'pulls', 'commits', 'releases', 'deployments', 'forks']);
    t.equal((await host.settings()).entityId, saved.entityId, 'the same capability is kept');
  });

  await t.test('opened as a tab, the page keeps its own buttons and calls nothing Teams refuses there', async (t) => {
    const context = await newContext(browser);
    t.teardown(() => context.close());
    const host = await openTeamsHost(context, { configUrl, settings: saved, frameContext: 'content' });
    const page = host.frame();
    await page.locator('#notice').waitFor();
    t.match(await page.locator('#notice').innerText(), /receives octo-org\/hello-world/, 'the link is found through the capability');
    t.ok(await page.getByRole('button', { name: 'Update link' }).isVisible(), 'its own Save: a tab has no Teams Save');
    t.ok(await page.locator('#channel-workflow').isVisible());
    t.same(await host.handlers(), [], 'no save or remove handler outside the dialogs');
    t.same(await host.violations(), []);
  });

  await t.test('removing the connector (frame context remove) deletes the link without signing in', async (t) => {
    const context = await newContext(browser);
    t.teardown(() => context.close());
    const host = await openTeamsHost(context, { configUrl, settings: saved, frameContext: 'remove' });
    t.same(await host.remove(), { ok: true });
    t.equal((await h.links.list()).length, 0);
  });

  await t.test('the page follows Teams’ dark theme', async (t) => {
    const context = await newContext(browser);
    t.teardown(() => context.close());
    const host = await openTeamsHost(context, { configUrl, theme: 'dark' });
    t.equal(await host.frame().evaluate(() => document.documentElement.dataset.theme), 'dark');
    await screenshot(host.frame(), 'teams-dark');
  });

  await t.test('a save the server refuses reaches Teams as a failure the user can act on', async (t) => {
    const context = await newContext(browser);
    t.teardown(() => context.close());
    const host = await openTeamsHost(context, { configUrl });
    const page = host.frame();
    await page.getByLabel('Admin token').fill(TEST_ADMIN_TOKEN);
    await page.getByRole('button', { name: 'Use token' }).click();
    await page.getByLabel('Repository (owner/name)').fill('octo-org/hello-world');
    await host.waitValid(true);
    const result = await host.save('https://evil.example.com/webhookb2/x');
    t.equal(result.ok, false);
    t.match(result.reason, /Could not save: .+/);
    t.equal(await page.locator('#notice[data-kind="error"]').innerText(), result.reason, 'the page shows the reason too');
    t.equal((await h.links.list()).length, 0);
    await screenshot(page, 'error');
  });
});
