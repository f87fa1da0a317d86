#!/usr/bin/env node
/**
 * Renders appPackage/color.png and appPackage/outline.png from icon-art.ts in headless Chromium,
 * so the committed icons can be redrawn reproducibly: `npm run build && node dist/scripts/make-icons.js`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT } from '../src/util/paths.js';
import { colorIconSvg, outlineIconSvg } from './icon-art.js';

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const [name, svg, size] of [
      ['color.png', colorIconSvg(), 192],
      ['outline.png', outlineIconSvg(), 32],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
      const png = await page.locator('svg').screenshot({ omitBackground: true });
      writeFileSync(join(PROJECT_ROOT, 'appPackage', name), png);
      console.log(`appPackage/${name} (${size}×${size})`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
