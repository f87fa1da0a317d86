/**
 * Headless Debian Chromium driven by playwright-core (no downloaded browser builds here).
 * `local-network-access` is granted so a page served as https://teams.microsoft.com may frame
 * the app on loopback, as Chromium otherwise blocks public → loopback frames.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}

export async function newContext(browser: Browser, origins: string[] = []): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 1100 }, deviceScaleFactor: 1 });
  for (const origin of ['https://teams.microsoft.com', ...origins]) {
    await context.grantPermissions(['local-network-access'], { origin }).catch(() => undefined);
  }
  return context;
}
