/**
 * The operator console (/admin) in headless Chromium against the real app: real links, signed
 * webhooks delivered by the real worker to a fake Teams on loopback, the page polling the API.
 * Sign-in with the admin token, the links list (health, figures, search, sort), a link's
 * deliveries with card previews in both Teams themes, redelivering every dead letter with
 * progress, pause and resume, delete with confirmation, Incoming, live updates that stop while
 * the tab is hidden, keyboard use, and no CSP violation anywhere. SCREENSHOTS=1 refreshes
 * docs/screenshots/console-*.png.
 */
import t from 'tap';
import type { Page } from 'playwright-core';
import { request } from 'undici';
import { createDelivery } from '../../src/delivery/delivery-service.js';
import { launchBrowser } from '../helpers/browser.js';
import { openConsole, signInWithToken, type ConsolePage } from '../helpers/console-steps.js';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { example } from '../helpers/github-examples.js';
import { sendWebhook } from '../helpers/github-sender.js';
import { screenshotAs } from '../helpers/screenshot.js';
import { adminHeaders, startTestApp, TEST_SECRET } from '../helpers/test-app.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const REPO = 'Codertocat/Hello-World';

t.test('operator console', async (t) => {
  const teams = await startFakeTeams();
  t.teardown(teams.close);
  const h = await startTestApp({
    env: { TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url },
    worker: (stores, config, limiter) =>
      createDelivery({ githubUrl: config.github.url, ...stores, logger: silent, options: { limiter, backoff: { baseMs: 20, capMs: 100, minMs: 5 } } }),
  });
  t.teardown(h.close);
  const browser = await launchBrowser();
  t.teardown(() => browser.close());

  const api = async (method: string, path: string, body?: unknown) => {
    const res = await request(`${h.url}${path}`, { method: method as 'GET', headers: adminHeaders(), body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.body.text();
    return { status: res.statusCode, json: text ? JSON.parse(text) : undefined };
  };
  const link = async (body: object) => {
    const res = await api('POST', '/api/links', body);
    t.equal(res.status, 201);
    return res.json as { id: string };
  };
  const issue = (n: number) => {
    const payload = example('issues', (p) => p.action === 'opened');
    payload.issue.number = n;
    payload.issue.title = `Console test issue ${n}`;
    return sendWebhook(h.url, { event: 'issues', payload, secret: TEST_SECRET });
  };
  const deliveriesOf = async (linkId: string) => (await api('GET', `/api/deliveries?linkId=${linkId}`)).json.deliveries as Array<{ status: string }>;
  const settled = async (linkId: string, count: number) => {
    for (let i = 0; i < 200; i++) {
      const list = await deliveriesOf(linkId);
      if (list.length >= count && list.every((d) => d.status === 'delivered' || d.status === 'dead')) return list;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`deliveries of ${linkId} never settled`);
  };

  const general = await link({ repository: REPO, webhookUrl: `${teams.url}/webhookb2/general`, events: ['issues', 'commits'], teams: { teamName: 'Octo', channelName: 'General' } });
  const gone = await link({ repository: REPO, webhookUrl: `${teams.url}/webhookb2/gone`, events: ['issues'], branches: ['main', 'release/*'], filters: { authors: { bots: false } } });
  const quiet = await link({ repository: 'octo-org/docs', webhookUrl: `${teams.url}/webhookb2/docs`, events: ['releases'] });
  teams.answer({ kind: 'status', status: 404, body: 'webhook not found' }, '/webhookb2/gone');
  for (const n of [1, 2, 3]) t.equal((await issue(n)).status, 202);
  t.equal((await sendWebhook(h.url, { event: 'star', payload: example('star', (p) => p.action === 'created'), secret: TEST_SECRET })).status, 202);
  await settled(general.id, 3);
  await settled(gone.id, 3);

  const c: ConsolePage = await openConsole(browser, h.url);
  const page: Page = c.page;
  t.teardown(c.close);

  await t.test('a wrong token is refused with a reason; the right one opens the links', async (t) => {
    t.ok(await page.getByLabel('Admin token').isVisible(), 'the sign-in form first');
    await screenshotAs(page, 'console-sign-in', 'body');
    await signInWithToken(page, 'not-the-token');
    await page.locator('#signin-error').waitFor();
    t.match(await page.locator('#signin-error').innerText(), /admin token is not accepted/);
    t.ok(await page.locator('#signin-view').isVisible(), 'still on the sign-in form');
    await signInWithToken(page);
    await page.locator('#links-region[data-state="ready"]').waitFor();
    t.equal(await page.evaluate(() => sessionStorage.getItem('gtb-console-session')?.includes('"admin"')), true, 'kept for this tab only');
    await page.reload();
    await page.locator('#links-region[data-state="ready"]').waitFor();
    t.ok(await page.locator('#links-view').isVisible(), 'a reload stays signed in');
  });

  await t.test('links show channel, filters in words, health and figures', async (t) => {
    const row = (id: string) => page.locator(`#links-body tr[data-link-id="${id}"]`);
    t.equal(await page.locator('#links-body tr').count(), 3);
    const cells = async (id: string) => (await row(id).locator('td').allInnerTexts()).map((s) => s.trim());
    const [repo, channel, sentence, health, last, backlog, dead] = await cells(general.id);
    t.same([repo, channel, sentence, health, backlog, dead], [REPO, 'Octo › General', 'Issues and commits to the default branch', 'active', '0', '0']);
    t.match(last, /ago|just now/);
    const goneCells = await cells(gone.id);
    t.equal(goneCells[1], `Webhook on ${new URL(teams.url).host}`);
    t.equal(goneCells[2], 'Issues on main or release/*, not from bots');
    t.equal(goneCells[3], 'dead', 'Teams refuses the webhook for good (404)');
    t.equal(goneCells[4], 'never');
    t.equal(goneCells[6], '3', 'three dead letters');
    t.equal((await cells(quiet.id))[3], 'active');
    t.match(await page.locator('#links-summary').innerText(), /3 links · 1 needs attention/);
    await screenshotAs(page, 'console-links-light', 'body');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    t.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    await screenshotAs(page, 'console-links-dark', 'body');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    t.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
  });

  await t.test('search filters and headers sort', async (t) => {
    const repos = () => page.locator('#links-body a.repo').allInnerTexts();
    await page.getByLabel('Search links').fill('docs');
    t.same(await repos(), ['octo-org/docs']);
    await page.getByLabel('Search links').fill('dead');
    t.same(await page.locator('#links-body tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.linkId)), [gone.id]);
    await page.getByLabel('Search links').fill('nothing-like-this');
    await page.locator('#links-region[data-state="empty"]').waitFor();
    t.match(await page.locator('#links-state').innerText(), /No link matches/);
    await page.getByLabel('Search links').fill('');
    t.same(await repos(), [REPO, REPO, 'octo-org/docs'], 'by repository first');
    await page.getByRole('button', { name: 'Dead letters' }).click();
    t.equal(await page.locator('th[data-sort="dead"]').getAttribute('aria-sort'), 'descending');
    t.equal(await page.locator('#links-body tr').first().getAttribute('data-link-id'), gone.id, 'most dead letters first');
    await page.getByRole('button', { name: 'Repository' }).click();
    await page.getByRole('button', { name: 'Repository' }).click();
    t.equal(await page.locator('th[data-sort="repository"]').getAttribute('aria-sort'), 'descending');
    t.same(await repos(), ['octo-org/docs', REPO, REPO]);
  });

  await t.test('a link page shows its deliveries and draws each card in both themes', async (t) => {
    await page.locator(`#links-body tr[data-link-id="${general.id}"] a.repo`).click();
    await page.locator('#deliveries-region[data-state="ready"]').waitFor();
    t.equal(await page.locator('#link-title').innerText(), REPO);
    t.equal(await page.evaluate(() => document.activeElement?.id), 'link-title', 'focus lands on the page heading');
    const rows = page.locator('#deliveries-body tr');
    t.equal(await rows.count(), 3);
    t.same(await page.locator('#deliveries-body tr td:nth-child(2)').allInnerTexts(), ['delivered', 'delivered', 'delivered']);
    t.same(await page.locator('#deliveries-body .code').allInnerTexts(), ['200', '200', '200'], 'what Teams answered');
    t.match(await rows.first().innerText(), /issues\.opened[\s\S]*Teams took \d+ ms[\s\S]*posted/);
    await screenshotAs(page, 'console-link-light', 'body');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await screenshotAs(page, 'console-link-dark', 'body');
    await page.getByRole('button', { name: 'Dark theme' }).click();

    await rows.first().getByRole('button', { name: 'Preview' }).click();
    const dialog = page.locator('#preview-dialog');
    await page.locator('#preview-dialog[data-rendered="true"]').waitFor();
    t.same(JSON.parse((await dialog.getAttribute('data-problems'))!), [], 'no parse or render problem');
    t.equal(await dialog.locator('.channel.light .ac-adaptiveCard').count(), 1, 'light');
    t.equal(await dialog.locator('.channel.dark .ac-adaptiveCard').count(), 1, 'dark');
    t.match(await dialog.locator('.channel.light').innerText(), /Console test issue 3/, 'the newest delivery’s own card');
    await screenshotAs(page, 'console-preview', '#preview-dialog');
    await page.keyboard.press('Escape');
    t.notOk(await dialog.evaluate((d) => (d as HTMLDialogElement).open), 'Escape closes the dialog');
    t.equal(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.focusKey), await rows.first().getByRole('button', { name: 'Preview' }).getAttribute('data-focus-key'), 'focus back on its Preview button');
  });

  await t.test('redelivering every dead letter shows progress and ends with them delivered', async (t) => {
    await page.goto(`${h.url}/admin?poll=700#/links/${gone.id}`);
    await page.locator('#deliveries-region[data-state="ready"]').waitFor();
    t.equal(await page.locator('#link-health').innerText(), 'dead');
    t.match(await page.locator('#link-error').innerText(), /HTTP 404/);
    t.same(await page.locator('#deliveries-body tr td:nth-child(2)').allInnerTexts(), ['dead', 'dead', 'dead']);
    // The channel's webhook was fixed; each card then takes a moment, so the progress shows.
    teams.answer({ kind: 'slow', delayMs: 400, then: { kind: 'accepted' } }, '/webhookb2/gone');
    const before = teams.requestsFor('/webhookb2/gone').length;
    await page.getByRole('button', { name: 'Redeliver all dead letters (3)' }).click();
    await page.locator('#redeliver-progress[data-state="running"]').waitFor();
    t.match(await page.locator('#redeliver-text').innerText(), /Requeueing|Redelivering: \d of 3/);
    await screenshotAs(page, 'console-redeliver', 'body');
    await page.locator('#redeliver-progress[data-state="done"]').waitFor({ timeout: 20_000 });
    t.equal(await page.locator('#redeliver-text').innerText(), 'Done: all 3 dead letters were delivered.');
    t.equal(await page.locator('#redeliver-bar').evaluate((p) => [(p as HTMLProgressElement).value, (p as HTMLProgressElement).max].join('/')), '3/3');
    t.equal(teams.requestsFor('/webhookb2/gone').length - before, 3, 'Teams got the three cards');
    t.same((await deliveriesOf(gone.id)).map((d) => d.status), ['delivered', 'delivered', 'delivered']);
    await page.locator('#link-dead', { hasText: '0' }).waitFor();
  });

  await t.test('pause holds the cards back, resume sends them; a test card goes out', async (t) => {
    await page.goto(`${h.url}/admin?poll=700#/links/${general.id}`);
    await page.locator('#deliveries-region[data-state="ready"]').waitFor();
    const before = teams.requestsFor('/webhookb2/general').length;
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.locator('#link-paused:not([hidden])').waitFor();
    t.equal((await api('GET', `/api/links/${general.id}`)).json.paused, true);
    t.match(await page.locator('#notice').innerText(), /Paused/);
    t.equal((await issue(4)).status, 202);
    await page.locator('#link-backlog', { hasText: '1' }).waitFor();
    t.equal(teams.requestsFor('/webhookb2/general').length, before, 'nothing posted while paused');
    await page.getByRole('button', { name: 'Resume' }).click();
    await teams.waitForRequests(before + 1, '/webhookb2/general', 10_000);
    await page.locator('#link-backlog', { hasText: '0' }).waitFor();
    await page.locator('#link-paused').waitFor({ state: 'hidden' });
    t.equal(await page.getByRole('button', { name: 'Pause' }).count(), 1, 'the button offers Pause again');
    t.equal(await page.locator('#deliveries-body tr').count(), 4, 'the live list took the new delivery');

    await page.getByRole('button', { name: 'Send test card' }).click();
    await page.locator('#notice', { hasText: 'Test card sent' }).waitFor();
    t.equal(teams.requestsFor('/webhookb2/general').length, before + 2);
  });

  await t.test('Incoming says what was done with each webhook', async (t) => {
    await page.getByRole('link', { name: 'Incoming' }).click();
    await page.locator('#incoming-region[data-state="ready"]').waitFor();
    const rows = page.locator('#incoming-body tr');
    t.equal(await rows.count(), 5);
    t.match(await rows.first().innerText(), /issues\.opened[\s\S]*queued to 2 links/);
    const star = page.locator('#incoming-body tr', { hasText: 'star.created' });
    t.match(await star.innerText(), /ignored: \S/, 'ignored, with its reason');
    await screenshotAs(page, 'console-incoming-light', 'body');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await screenshotAs(page, 'console-incoming-dark', 'body');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.getByLabel('Outcome').selectOption('ignored');
    await page.waitForFunction(() => document.querySelectorAll('#incoming-body tr').length === 1);
    t.match(await rows.first().innerText(), /star\.created/);
    await page.getByLabel('Outcome').selectOption('');
    await page.getByLabel('Event').fill('nosuchevent');
    await page.locator('#incoming-region[data-state="empty"]').waitFor();
    t.match(await page.locator('#incoming-state').innerText(), /No webhook matches/);
    await page.getByLabel('Event').fill('');
  });

  await t.test('live updates arrive while visible and stop while the tab is hidden', async (t) => {
    await page.getByRole('link', { name: 'Links' }).click();
    await page.locator('#links-region[data-state="ready"]').waitFor();
    const added = await link({ repository: 'octo-org/live', webhookUrl: `${teams.url}/webhookb2/live`, events: ['issues'] });
    await page.locator(`#links-body tr[data-link-id="${added.id}"]`).waitFor();
    t.pass('a link created elsewhere appears without a reload');
    const asked: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/links') asked.push(r.url());
    });
    const setVisibility = (state: string) =>
      page.evaluate((state) => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await setVisibility('hidden');
    t.equal(await page.locator('#live-text').innerText(), 'Paused while hidden');
    const hiddenAt = asked.length;
    await link({ repository: 'octo-org/unseen', webhookUrl: `${teams.url}/webhookb2/unseen`, events: ['issues'] });
    await page.waitForTimeout(2000);
    t.equal(asked.length, hiddenAt, 'no request while hidden');
    t.equal(await page.locator('#links-body a.repo', { hasText: 'octo-org/unseen' }).count(), 0);
    const asking = page.waitForRequest((r) => new URL(r.url()).pathname === '/api/links');
    await setVisibility('visible');
    await asking;
    await page.locator('#links-body a.repo', { hasText: 'octo-org/unseen' }).waitFor();
    t.pass('shown again: refreshed at once');
    t.equal(await page.locator('#live-text').innerText(), 'Live');
  });

  await t.test('keyboard: tab order, Enter and Space, Escape cancels a delete', async (t) => {
    // A fresh load (the address is already #/links, so goto alone would not reload): focus starts at the top.
    await page.goto(`${h.url}/admin?poll=700#/links`);
    await page.reload();
    await page.locator('#links-region[data-state="ready"]').waitFor();
    const focused = () => page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return el.id || el.textContent?.trim() || el.tagName;
    });
    const order: string[] = [];
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused());
    }
    t.same(order.slice(0, 7), ['Skip to content', 'tab-links', 'tab-incoming', 'theme-toggle', 'signout', 'links-search', 'Repository'], 'skip link, tabs, header controls, search, then the sort buttons');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    t.equal(outline, 'solid', 'focus is visible');
    await page.keyboard.press('Space');
    t.equal(await page.locator('th[data-sort="repository"]').getAttribute('aria-sort'), 'descending', 'Space sorts');
    await page.locator(`#links-body tr[data-link-id="${quiet.id}"] a.repo`).focus();
    await page.keyboard.press('Enter');
    await page.locator('#link-region[data-state="ready"]').waitFor();
    t.equal(await page.locator('#link-title').innerText(), 'octo-org/docs', 'Enter opens the link');
    await page.locator('#deliveries-region[data-state="empty"]').waitFor();
    t.match(await page.locator('#deliveries-state').innerText(), /Nothing was delivered/);
    await page.getByRole('button', { name: 'Delete link' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('#delete-dialog');
    t.ok(await dialog.evaluate((d) => (d as HTMLDialogElement).open));
    t.match(await dialog.innerText(), /octo-org\/docs/);
    t.equal(await focused(), 'delete-cancel', 'the safe choice has focus');
    await page.keyboard.press('Escape');
    t.notOk(await dialog.evaluate((d) => (d as HTMLDialogElement).open), 'Escape closes it');
    t.equal((await api('GET', `/api/links/${quiet.id}`)).status, 200, 'and deletes nothing');
    t.equal(await focused(), 'delete');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    t.equal(await focused(), 'delete-confirm');
    await page.keyboard.press('Space');
    await page.locator('#links-view:not([hidden])').waitFor();
    t.match(await page.locator('#notice').innerText(), /Deleted the link from octo-org\/docs/);
    t.equal((await api('GET', `/api/links/${quiet.id}`)).status, 404);
  });

  await t.test('signing out forgets the token', async (t) => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    t.ok(await page.getByLabel('Admin token').isVisible());
    t.equal(await page.evaluate(() => sessionStorage.getItem('gtb-console-session')), null);
  });

  await t.test('no CSP violation, page error or failed request on any page', async (t) => {
    t.same(c.problems, []);
    const res = await request(`${h.url}/admin`);
    const csp = String(res.headers['content-security-policy']);
    await res.body.dump();
    const config = await request(`${h.url}/config`);
    await config.body.dump();
    t.equal(csp, config.headers['content-security-policy'], 'the configuration page’s CSP');
    t.match(csp, /script-src 'self'/);
    t.match(csp, /style-src 'self'/);
  });
});
