/**
 * The card gallery in headless Chromium, behind the app's own security headers (CSP without
 * inline script or style): every sample card renders in the Teams light and dark host configs
 * with no parse, render or CSP error, and mentions drawn as Teams draws them. Screenshots go to
 * test-results/ on every run; with SCREENSHOTS=1 they refresh docs/screenshots/gallery-*.png
 * and docs/screenshots/digest-*.png (the committed pictures).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import t from 'tap';
import galleryRoutes from '../../src/cards/gallery-route.js';
import { registerSecurityHeaders } from '../../src/teams/security-headers.js';
import { PROJECT_ROOT, PUBLIC_DIR } from '../../src/util/paths.js';
import { launchBrowser } from '../helpers/browser.js';

const SHOTS = join(PROJECT_ROOT, process.env.SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results');
const FEATURED = [
  'pull_request.opened (markdown body)',
  'pull_request.closed',
  'pull_request_review.submitted (mentions)',
  'push (3 commits)',
  'workflow_run.completed (mentions)',
  'release.published',
  'dependabot_alert.created',
];
const DIGESTS = ['digest (busy)', 'digest (scheduled)'];

t.test('gallery renders every sample card in both Teams themes', async (t) => {
  const app = Fastify();
  await registerSecurityHeaders(app);
  await app.register(fastifyStatic, { root: PUBLIC_DIR, prefix: '/', index: false, wildcard: false });
  await app.register(galleryRoutes);
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  t.teardown(() => app.close());

  const samples = (await app.inject('/gallery/samples.json')).json();
  t.ok(samples.length >= 40, `${samples.length} samples served`);
  // `?only=` is a comma-separated list: a featured id with a comma would silently drop out of the pictures.
  t.same([...FEATURED, ...DIGESTS].filter((id) => id.includes(',') || !samples.some((s: { id: string }) => s.id === id)), [], 'every featured sample is there to show');
  const html = await app.inject('/gallery');
  t.match(html.headers['content-type'], /text\/html/);
  t.notMatch(html.body, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script (CSP script-src self)');

  const browser = await launchBrowser();
  t.teardown(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) pageErrors.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(`${url}/gallery`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  t.same(JSON.parse((await page.getAttribute('body', 'data-errors')) ?? '["no data-errors"]'), [], 'no parse or render error');
  t.same(pageErrors, [], 'no uncaught page error, failed load or CSP violation');
  t.equal(Number(await page.getAttribute('body', 'data-cards')), samples.length * 2, 'every sample in both themes');
  t.equal(await page.locator('.bubble .ac-adaptiveCard').count(), samples.length * 2, 'a rendered card per sample and theme');
  t.equal(await page.locator('.render-error').count(), 0);

  // Mentions as Teams draws them: each entity's name highlighted, no raw <at> tag anywhere.
  const mentioning = samples.filter((s: { card: { msteams: { entities?: unknown[] } } }) => s.card.msteams.entities?.length);
  const entityNames = mentioning.flatMap((s: { card: { msteams: { entities: Array<{ mentioned: { name: string } }> } } }) => s.card.msteams.entities.map((e) => e.mentioned.name));
  t.ok(mentioning.length >= 4, `${mentioning.length} samples mention people`);
  t.same((await page.locator('.bubble .mention').allTextContents()).sort(), [...entityNames, ...entityNames].sort(), 'every mention highlighted, in both themes');
  t.notMatch(await page.locator('#samples').innerText(), /<\/?at>/, 'no raw <at> tag is shown');

  {
    mkdirSync(SHOTS, { recursive: true });
    for (const theme of ['light', 'dark']) {
      await page.setViewportSize({ width: 700, height: 900 });
      await page.goto(`${url}/gallery?theme=${theme}&only=${encodeURIComponent(FEATURED.join(','))}`);
      await page.waitForSelector('body[data-ready="true"]');
      await page.locator('#samples').screenshot({ path: join(SHOTS, `gallery-${theme}.png`), animations: 'disabled' });
    }
    // The digest on its own pictures: one is as tall as several event cards.
    for (const theme of ['light', 'dark']) {
      await page.setViewportSize({ width: 700, height: 900 });
      await page.goto(`${url}/gallery?theme=${theme}&only=${encodeURIComponent(DIGESTS.join(','))}`);
      await page.waitForSelector('body[data-ready="true"]');
      await page.locator('#samples').screenshot({ path: join(SHOTS, `digest-${theme}.png`), animations: 'disabled' });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${url}/gallery?only=${encodeURIComponent(FEATURED.slice(0, 2).join(','))}`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.screenshot({ path: join(SHOTS, 'gallery-both.png'), fullPage: true, animations: 'disabled' });
  }
});
