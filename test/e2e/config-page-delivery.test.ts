/**
 * The configuration page's Delivery control (Advanced section) inside the Teams host emulator:
 * each mode is chosen (one by keyboard), read back in the sentence, saved through the links API
 * and shown again when the connector is reopened; the time zone starts on the browser's own, and
 * a zone the server refuses is named under the control while the stored link stays as it was.
 */
import t from 'tap';
import { request } from 'undici';
import { newContext } from '../helpers/browser.js';
import { startConfigPageRig, useAdminToken } from '../helpers/config-page-steps.js';
import { screenshotAs } from '../helpers/screenshot.js';
import { openTeamsHost, type HostSettings } from '../helpers/teams-host.js';
import { adminHeaders } from '../helpers/test-app.js';

t.test('delivery modes on the configuration page', async (t) => {
  const { teams, app: h, browser, configUrl } = await startConfigPageRig(t);
  const channelWebhook = `${teams.url}/webhookb2/delivery-channel/IncomingWebhook/abc?sig=CHANNELSECRET`;
  const stored = async () => {
    const [link] = await h.links.list();
    const res = await request(`${h.url}/api/links/${link!.id}`, { headers: adminHeaders() });
    return ((await res.body.json()) as { delivery: unknown }).delivery;
  };
  // The browser's zone is the default; a zone other than the machine's shows it is the browser's.
  const open = async (settings?: HostSettings) => {
    const context = await newContext(browser, [], { timezoneId: 'America/Sao_Paulo' });
    t.teardown(() => context.close());
    const host = await openTeamsHost(context, { configUrl, settings });
    const page = host.frame();
    if (settings) await page.locator('#notice').waitFor();
    return { host, page, sentence: () => page.locator('#filters-sentence').innerText() };
  };
  const mode = (page: ReturnType<Awaited<ReturnType<typeof openTeamsHost>>['frame']>, name: RegExp) => page.getByRole('radio', { name });
  let saved: HostSettings = {};

  await t.test('a digest every 30 minutes, chosen by keyboard', async (t) => {
    const { host, page, sentence } = await open();
    await useAdminToken(page, 'octo-org/hello-world');
    for (const feature of ['Commits', 'Releases', 'Deployments']) await page.getByLabel(feature, { exact: true }).uncheck();
    t.equal(await sentence(), 'Issues and pull requests', 'immediate by default adds nothing');
    await page.getByText('Advanced: branches, labels').click();
    t.ok(await mode(page, /^A card per event/).isChecked(), 'immediate is chosen by default');
    t.notOk(await page.getByLabel('Minutes between digests').isVisible(), 'no minutes until a digest is chosen');
    await mode(page, /^A card per event/).focus();
    await host.page.keyboard.press('ArrowDown');
    t.ok(await mode(page, /^A digest every few minutes/).isChecked(), 'arrow keys move between the modes');
    t.equal(await page.getByLabel('Minutes between digests').inputValue(), '60');
    await host.page.keyboard.press('Tab');
    t.equal(await page.evaluate(() => document.activeElement?.id), 'delivery-every', 'Tab goes on to the minutes');
    await host.page.keyboard.press('ControlOrMeta+a');
    await host.page.keyboard.type('30');
    t.equal(await sentence(), 'Issues and pull requests as a digest every 30 minutes');
    await host.page.keyboard.press('ControlOrMeta+a');
    await host.page.keyboard.type('2');
    await host.waitValid(false);
    t.equal(await page.locator('#save-hint').innerText(), 'Digests go out every 5 to 1,440 minutes (whole minutes).');
    await page.getByLabel('Minutes between digests').fill('30');
    await host.waitValid(true);
    t.same(await host.save(channelWebhook), { ok: true });
    t.same(await stored(), { mode: 'digest', everyMinutes: 30 }, 'the link has it');
    t.same(host.cspViolations(), [], 'the page keeps its CSP');
    saved = await host.settings();
  });

  await t.test('reopened: the digest is shown; a daily digest in the browser’s zone, then in Berlin', async (t) => {
    const { host, page, sentence } = await open(saved);
    t.equal(await sentence(), 'Issues and pull requests as a digest every 30 minutes');
    await page.getByText('Advanced: branches, labels').click();
    t.ok(await mode(page, /^A digest every few minutes/).isChecked());
    t.equal(await page.getByLabel('Minutes between digests').inputValue(), '30');
    await mode(page, /^A daily digest/).check();
    t.notOk(await page.getByLabel('Minutes between digests').isVisible());
    t.equal(await page.getByLabel('Time zone').inputValue(), 'America/Sao_Paulo', 'the browser’s zone by default');
    t.ok(await page.locator('#time-zones option[value="Europe/Berlin"]').count(), 'the zones the browser knows are suggested');
    t.equal(await sentence(), 'Issues and pull requests as a daily digest at 09:00 America/Sao_Paulo');
    await page.getByLabel('Time of day').fill('07:30');
    await page.getByLabel('Time zone').fill('Europe/Berlin');
    t.equal(await sentence(), 'Issues and pull requests as a daily digest at 07:30 Europe/Berlin');
    await screenshotAs(page, 'config-delivery', '#events-section');
    t.same(await host.save(channelWebhook), { ok: true });
    t.same(await stored(), { mode: 'daily', at: '07:30', timeZone: 'Europe/Berlin' });
  });

  await t.test('reopened: the daily digest is shown; an unknown zone is named under the control', async (t) => {
    const { host, page, sentence } = await open(saved);
    t.equal(await sentence(), 'Issues and pull requests as a daily digest at 07:30 Europe/Berlin');
    await page.getByText('Advanced: branches, labels').click();
    t.ok(await mode(page, /^A daily digest/).isChecked());
    t.equal(await page.getByLabel('Time of day').inputValue(), '07:30');
    t.equal(await page.getByLabel('Time zone').inputValue(), 'Europe/Berlin');

    await page.getByLabel('Time zone').fill('Europe/Atlantis');
    const refused = await host.save(channelWebhook);
    t.equal(refused.ok, false);
    const why = 'delivery.timeZone: unknown time zone "Europe/Atlantis"; use an IANA name such as "Europe/Berlin" or "UTC"';
    t.equal(refused.reason, `Could not save: ${why}`, 'Teams is told why');
    const error = page.locator('#delivery-error');
    t.equal(await error.innerText(), why, 'shown next to the control');
    t.equal(await page.getByRole('group', { name: 'Delivery' }).getAttribute('aria-describedby'), 'delivery-error', 'and read with the group');
    t.equal(await page.getByLabel('Time zone').getAttribute('aria-invalid'), 'true', 'the zone field is marked');
    t.same(await stored(), { mode: 'daily', at: '07:30', timeZone: 'Europe/Berlin' }, 'the link is unchanged');
    await page.getByLabel('Time zone').fill('Asia/Tokyo');
    t.notOk(await error.isVisible(), 'a change clears the old answer');
    t.equal(await page.getByLabel('Time zone').getAttribute('aria-invalid'), null);

    await mode(page, /^A card per event/).check();
    t.equal(await sentence(), 'Issues and pull requests');
    t.same(await host.save(channelWebhook), { ok: true });
    t.same(await stored(), { mode: 'immediate' });
    t.same(host.cspViolations(), []);
  });

  await t.test('reopened: immediate again', async (t) => {
    const { page, sentence } = await open(saved);
    t.equal(await sentence(), 'Issues and pull requests');
    await page.getByText('Advanced: branches, labels').click();
    t.ok(await mode(page, /^A card per event/).isChecked());
    t.notOk(await page.getByLabel('Time zone').isVisible(), 'no daily fields shown');
  });
});
