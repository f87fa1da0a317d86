/**
 * Removing the connector in Teams. Teams loads the saved removeUrl in frame context `remove`,
 * enables Remove about 5 s later whatever the page does, and TeamsJS reports success by itself when
 * the page registered no remove handler: a page that cannot handle `remove` leaves the link (and its
 * cards) live behind a connector the channel no longer lists. The link is made here as the page's
 * first Save makes it (a capability in the Teams config, only its hash on the bridge), and every
 * check of the outcome reads the bridge's store and API, never the page's word.
 */
import { randomBytes } from 'node:crypto';
import type { Frame } from 'playwright-core';
import t from 'tap';
import { launchBrowser, newContext } from '../helpers/browser.js';
import { startFakeGitHub } from '../helpers/fake-github.js';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { startOAuthTestApp } from '../helpers/oauth-test-app.js';
import { screenshot } from '../helpers/screenshot.js';
import { openTeamsHost, type HostSettings } from '../helpers/teams-host.js';
import { adminHeaders } from '../helpers/test-app.js';

/**
 * The removal view's text once it reaches `phase`, or a sentence saying it never did: a page
 * without the view fails the assertion and goes on to the outcome checks instead of timing out.
 */
async function removalText(page: Frame, phase: 'loading' | 'found' | 'none'): Promise<string> {
  try {
    await page.locator(`#removal[data-link="${phase}"]`).waitFor({ timeout: 10_000 });
    return await page.locator('#removal-text').innerText();
  } catch {
    return `(no removal view reached ${phase})`;
  }
}

t.test('removing the connector in Teams deletes its link', async (t) => {
  const teams = await startFakeTeams();
  t.teardown(teams.close);
  const gh = await startFakeGitHub();
  t.teardown(gh.close);
  // GitHub sign-in is set up, so the page can tell a Teams user to sign in rather than to send a bearer token.
  const h = await startOAuthTestApp(gh, { env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url } });
  t.teardown(h.close);
  const browser = await launchBrowser();
  t.teardown(() => browser.close());
  const configUrl = `${h.url}/config`;

  /** A link as the page's first Save in Teams leaves it, and the config Teams keeps for it. */
  async function savedConnector(repository: string): Promise<HostSettings & { linkId: string }> {
    const capability = `gtbc_${randomBytes(32).toString('base64url')}`;
    const webhookUrl = `${teams.url}/webhookb2/${randomBytes(4).toString('hex')}/IncomingWebhook/abc?sig=CHANNELSECRET`;
    const res = await fetch(`${h.url}/api/links`, {
      method: 'POST',
      headers: adminHeaders(),
      body: JSON.stringify({ repository, webhookUrl, events: ['issues'], capability, teams: { configName: repository, channelName: 'Releases' } }),
    });
    if (res.status !== 201) throw new Error(`link not created: ${res.status} ${await res.text()}`);
    const { id } = (await res.json()) as { id: string };
    return { linkId: id, entityId: capability, contentUrl: configUrl, removeUrl: configUrl, configName: repository, webhookUrl };
  }

  const capabilityWorks = async (capability: string) =>
    (await fetch(`${h.url}/api/teams/link`, { headers: { authorization: `Bearer ${capability}` } })).status === 200;

  await t.test('Remove in the remove context deletes the link, after saying which one it deletes', async (t) => {
    const saved = await savedConnector('octo-org/hello-world');
    const context = await newContext(browser);
    t.teardown(() => context.close());
    const host = await openTeamsHost(context, { configUrl, settings: saved, frameContext: 'remove' });
    const page = host.frame();
    t.match(await removalText(page, 'found'), /^Removing this connector deletes the link to octo-org\/hello-world/);
    t.ok(await page.locator('#form').isHidden(), 'no configuration form: this dialog only removes');
    t.same(await host.handlers(), ['remove'], 'a remove handler, and no save handler (TeamsJS throws outside settings)');
    t.same(await host.violations(), []);
    t.ok(await host.valid(), 'the page lets Teams enable Remove once it has the link');
    await screenshot(page, 'teams-remove');

    t.same(await host.remove(), { ok: true }, 'the page answered, not Teams in its place');
    t.same(
      (await h.links.list()).map((l) => l.id),
      [],
      'the link is gone from the store',
    );
    t.notOk(await capabilityWorks(saved.entityId!), 'its capability unlocks nothing any more');

    t.ok(host.cdnFetches() >= 1, 'TeamsJS fetched its valid-origins list from res.cdn.office.net');
    t.same(host.cspViolations(), [], 'and the CSP let it');
  });

  await t.test('a Remove pressed while the link is still loading deletes the link before answering success', async (t) => {
    const saved = await savedConnector('octo-org/slow-link');
    const context = await newContext(browser);
    t.teardown(() => context.close());
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/api/teams/link', async (route) => {
      await held;
      await route.continue();
    });
    const host = await openTeamsHost(context, { configUrl, settings: saved, frameContext: 'remove', removeEnabledAfterMs: 200 });
    await context.route('**/api/links/*', async (route) => {
      const response = await route.fetch();
      await host.mark(`bridge:${route.request().method()} ${response.status()}`);
      await route.fulfill({ response });
    });
    const page = host.frame();
    t.match(await removalText(page, 'loading'), /deletes the link to octo-org\/slow-link\. Checking the link/, 'the repository is named from the Teams config at once');

    const removing = host.remove();
    await host.page.waitForFunction(() => (window as any).__host.calls.includes('host:remove'));
    t.equal(await host.page.evaluate(() => (window as any).__host.remove), null, 'no answer while the link is not in hand');
    t.equal((await h.links.get(saved.linkId))?.repository, 'octo-org/slow-link', 'and the link is still there');
    release();

    t.same(await removing, { ok: true });
    t.equal(await h.links.get(saved.linkId), undefined, 'the link is gone');
    const calls = await host.calls();
    const deleted = calls.findIndex((c) => /^bridge:DELETE 20[04]$/.test(c));
    t.ok(deleted >= 0 && deleted < calls.indexOf('settings.remove.success'), `deleted before success: ${calls.join(', ')}`);
  });

  await t.test('a Remove that cannot reach the bridge fails with words for the user, and the next Remove deletes the link', async (t) => {
    const saved = await savedConnector('octo-org/flaky');
    const context = await newContext(browser);
    t.teardown(() => context.close());
    const host = await openTeamsHost(context, { configUrl, settings: saved, frameContext: 'remove' });
    const page = host.frame();
    t.match(await removalText(page, 'found'), /octo-org\/flaky/);
    await context.route('**/api/links/*', (route) => route.abort('connectionrefused'));

    const failed = await host.remove();
    t.equal(failed.ok, false, 'Teams keeps the connector');
    t.match(failed.reason, /^Could not delete the link to octo-org\/flaky: The bridge cannot be reached\. .*try Remove again\.$/);
    t.equal(await page.locator('#notice[data-kind="error"]').innerText(), failed.reason, 'the page shows the same reason');
    t.ok(await h.links.get(saved.linkId), 'the link is kept, as the connector is');

    await context.unroute('**/api/links/*');
    t.same(await host.remove(), { ok: true });
    t.equal(await h.links.get(saved.linkId), undefined);
  });

  await t.test('a connector whose link was already deleted on the bridge is removed without fuss', async (t) => {
    const saved = await savedConnector('octo-org/gone');
    t.ok((await fetch(`${h.url}/api/links/${saved.linkId}`, { method: 'DELETE', headers: adminHeaders() })).ok);
    const context = await newContext(browser);
    t.teardown(() => context.close());
    const host = await openTeamsHost(context, { configUrl, settings: saved, frameContext: 'remove' });
    const page = host.frame();
    t.match(await removalText(page, 'none'), /no link on the bridge any more \(the link to octo-org\/gone was removed there\)/);
    t.same(await host.remove(), { ok: true });
  });

  await t.test('a save whose link was removed meanwhile tells the Teams user what to do, not how to send a bearer token', async (t) => {
    const saved = await savedConnector('octo-org/hello-world');
    const context = await newContext(browser);
    t.teardown(() => context.close());
    const host = await openTeamsHost(context, { configUrl, settings: saved });
    const page = host.frame();
    await page.locator('#notice').waitFor();
    t.same(await host.handlers(), ['save'], 'the configuration dialog registers Save only');
    await host.waitValid(true);
    t.ok((await fetch(`${h.url}/api/links/${saved.linkId}`, { method: 'DELETE', headers: adminHeaders() })).ok);

    const result = await host.save(saved.webhookUrl!);
    t.equal(result.ok, false);
    t.equal(
      result.reason,
      'Could not save: The link to octo-org/hello-world is no longer on the bridge (it was removed there). Sign in with GitHub as an admin of octo-org/hello-world to link it again.',
    );
    t.notMatch(result.reason, /Bearer|ADMIN_TOKEN|Authorization/);
  });
});
