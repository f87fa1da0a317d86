/**
 * The configuration page's "Advanced" section inside the Teams host emulator: filling the filters
 * reads back as one sentence, Teams' Save stores them through the links API, reopening shows them
 * prefilled with the same sentence, a change is saved as a patch, and a glob the API refuses
 * reaches Teams as a failure that names it.
 */
import t from 'tap';
import { request } from 'undici';
import { newContext } from '../helpers/browser.js';
import { startConfigPageRig, useAdminToken } from '../helpers/config-page-steps.js';
import { screenshot } from '../helpers/screenshot.js';
import { openTeamsHost } from '../helpers/teams-host.js';
import { adminHeaders } from '../helpers/test-app.js';

t.test('filters on the configuration page', async (t) => {
  const { teams, app: h, browser, configUrl } = await startConfigPageRig(t);
  const channelWebhook = `${teams.url}/webhookb2/filters-channel/IncomingWebhook/abc?sig=CHANNELSECRET`;
  const sentence = 'Pull requests (opened or merged) into main or release/*, without label dependencies, not from bots';
  const readBack = async (id: string) => {
    const res = await request(`${h.url}/api/links/${id}`, { headers: adminHeaders() });
    return (await res.body.json()) as { branches: string[]; filters: any; events: string[] };
  };

  let saved: Awaited<ReturnType<Awaited<ReturnType<typeof openTeamsHost>>['settings']>> = {};

  await t.test('fill the section, read the sentence, save, read the link back through the API', async (t) => {
    const context = await newContext(browser);
    t.teardown(() => context.close());
    const host = await openTeamsHost(context, { configUrl });
    const page = host.frame();
    await useAdminToken(page, 'octo-org/hello-world');
    t.equal(await page.locator('#filters-sentence').innerText(), 'Issues, pull requests, commits to the default branch, releases and deployments');
    t.notOk(await page.locator('#advanced').evaluate((d) => (d as HTMLDetailsElement).open), 'Advanced is collapsed by default');
    t.notOk(await page.getByRole('textbox', { name: /^Branches/ }).isVisible());

    for (const feature of ['Issues', 'Commits', 'Releases', 'Deployments']) await page.getByLabel(feature, { exact: true }).uncheck();
    await page.getByText('Advanced: branches, labels').click();
    await page.getByRole('textbox', { name: /^Branches/ }).fill('main, release/*');
    await page.getByLabel('Without labels').fill('dependencies');
    await page.getByLabel('Include bots').uncheck();
    t.ok(await page.getByRole('group', { name: 'Pull requests' }).isVisible(), 'actions of the chosen feature');
    t.notOk(await page.getByRole('group', { name: 'Issues' }).isVisible(), 'not of a feature left out');
    await page.getByRole('group', { name: 'Pull requests' }).getByLabel('opened', { exact: true }).check();
    await page.getByRole('group', { name: 'Pull requests' }).getByLabel('merged', { exact: true }).check();
    t.equal(await page.locator('#filters-sentence').innerText(), sentence, 'the section reads back as one sentence');
    await screenshot(page, 'filters');

    await host.waitValid(true);
    t.same(await host.save(channelWebhook), { ok: true });
    const [link] = await h.links.list();
    const view = await readBack(link!.id);
    t.same(view.events, ['pulls']);
    t.same(view.branches, ['main', 'release/*']);
    t.same(view.filters, {
      labels: { include: [], exclude: ['dependencies'] },
      authors: { include: [], exclude: [], bots: false },
      paths: [],
      actions: { pulls: ['opened', 'merged'] },
    });
    saved = await host.settings();
  });

  await t.test('reopened: prefilled, the same sentence; a change is saved, a refused glob is named', async (t) => {
    const context = await newContext(browser);
    t.teardown(() => context.close());
    const host = await openTeamsHost(context, { configUrl, settings: saved });
    const page = host.frame();
    await page.locator('#notice').waitFor();
    t.equal(await page.locator('#filters-sentence').innerText(), sentence);
    await page.getByText('Advanced: branches, labels').click();
    t.equal(await page.getByRole('textbox', { name: /^Branches/ }).inputValue(), 'main, release/*');
    t.equal(await page.getByLabel('Without labels').inputValue(), 'dependencies');
    t.notOk(await page.getByLabel('Include bots').isChecked());
    const pulls = page.getByRole('group', { name: 'Pull requests' });
    t.ok(await pulls.getByLabel('opened', { exact: true }).isChecked());
    t.ok(await pulls.getByLabel('merged', { exact: true }).isChecked());
    t.notOk(await pulls.getByLabel('closed', { exact: true }).isChecked());

    await page.getByLabel('Only pushes touching paths').fill('services/api/**, !**/*.md');
    await page.getByLabel('Commits', { exact: true }).check();
    t.equal(
      await page.locator('#filters-sentence').innerText(),
      'Pull requests (opened or merged) and commits on main or release/*, without label dependencies, not from bots, touching services/api/** (not **/*.md)',
    );
    await host.waitValid(true);
    t.same(await host.save(`${teams.url}/webhookb2/filters-channel/IncomingWebhook/abc?sig=CHANNELSECRET`), { ok: true });
    const [link] = await h.links.list();
    t.same((await readBack(link!.id)).filters.paths, ['services/api/**', '!**/*.md'], 'the patch reached the link');
    t.same((await readBack(link!.id)).events, ['pulls', 'commits']);

    await page.getByRole('textbox', { name: /^Branches/ }).fill('main, release/@(1|2)');
    const refused = await host.save(channelWebhook);
    t.equal(refused.ok, false);
    t.match(refused.reason, 'Could not save: branches: glob "release/@(1|2)" uses extglob syntax');
    t.same((await readBack(link!.id)).branches, ['main', 'release/*'], 'nothing changed');
  });
});
