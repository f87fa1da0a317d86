#!/usr/bin/env node
/**
 * Renders appPackage/color.png and appPackage/outline.png from icon-art.ts in headless Chromium,
 * so the committed icons can be redrawn reproducibly: `npm run build && node dist/scripts/make-icons.js`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/util/paths.js';
import { launchBrowser } from '../test/helpers/browser.js';
import { colorIconSvg, outlineIconSvg } from './icon-art.js';

async function main() {
  // The Chromium the browser tests use (CHROMIUM_PATH, the system's, or @sparticuz/chromium).
  const browser = await launchBrowser();
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
