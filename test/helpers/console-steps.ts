/** Steps on the operator console (/admin) that its browser tests share. */
import type { Browser, Page } from 'playwright-core';
import { newContext } from './browser.js';
import { TEST_ADMIN_TOKEN } from './test-app.js';

export interface ConsolePage {
  page: Page;
  /** Uncaught errors, console errors (CSP violations among them) and failed loads, as they came. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * Opens /admin in a fresh context, live updates every `pollMs`. A 401 of a wrong token is the
 * only failed response expected, so every other 4xx/5xx counts as a problem.
 */
export async function openConsole(browser: Browser, appUrl: string, opts: { pollMs?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<ConsolePage> {
  const context = await newContext(browser);
  const page = await context.newPage();
  if (opts.colorScheme) await page.emulateMedia({ colorScheme: opts.colorScheme });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // Chromium logs every failed fetch as a console error too; responses are judged below.
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.status() !== 401) problems.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  await page.goto(`${appUrl}/admin?poll=${opts.pollMs ?? 700}`);
  await page.locator('body[data-ready="true"]').waitFor();
  return { page, problems, close: () => context.close() };
}

export async function signInWithToken(page: Page, token = TEST_ADMIN_TOKEN): Promise<void> {
  await page.getByLabel('Admin token').fill(token);
  await page.getByRole('button', { name: 'Sign in with token' }).click();
}
