/**
 * Headless Chromium driven by playwright-core (it downloads no browser builds); which Chromium is
 * found by find-chromium.ts. `local-network-access` is granted so a page served as
 * https://teams.microsoft.com may frame the app on loopback, as Chromium otherwise blocks
 * public → loopback frames.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { findChromium, type FoundChromium } from './find-chromium.js';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'];

let found: Promise<FoundChromium> | undefined;

/** `extraArgs`: flags a test needs, such as public-front.ts's host mapping. */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const browser = await (found ??= findChromium());
  return chromium.launch({
    executablePath: browser.executablePath,
    args: [...ARGS, ...browser.args.filter((flag) => !ARGS.includes(flag)), ...extraArgs],
    env: { ...process.env, ...browser.env },
  });
}

/** `options`: what a test needs of the browser besides, such as its `timezoneId`. */
export async function newContext(browser: Browser, origins: string[] = [], options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 1100 }, deviceScaleFactor: 1, ...options });
  for (const origin of ['https://teams.microsoft.com', ...origins]) {
    await context.grantPermissions(['local-network-access'], { origin }).catch(() => undefined);
  }
  return context;
}
