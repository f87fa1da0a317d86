/**
 * Saves a picture of a page state under docs/screenshots/ when SCREENSHOTS=1 (so a normal test
 * run leaves the committed pictures alone): `SCREENSHOTS=1 npx tap test/e2e/config-page*.test.ts`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/util/paths.js';

/** The config page's whole content: a framed page first grows its iframe to fit, so nothing is cut. */
export async function screenshot(target: Page | Frame, name: string): Promise<void> {
  await screenshotAs(target, `config-${name}`);
}

/** `docs/screenshots/<file>.png` of the page's `main` (or `selector`), when SCREENSHOTS=1. */
export async function screenshotAs(target: Page | Frame, file: string, selector = 'main'): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  const dir = join(PROJECT_ROOT, 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const frameElement = 'parentFrame' in target ? await target.frameElement().catch(() => undefined) : undefined;
  if (frameElement) {
    const height = await target.evaluate(() => document.documentElement.scrollHeight);
    await frameElement.evaluate((el, h) => ((el as HTMLElement).style.height = `${h}px`), height);
  }
  await target.locator(selector).screenshot({ path: join(dir, `${file}.png`), animations: 'disabled', caret: 'hide' });
}
