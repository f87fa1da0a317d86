/** Steps on the configuration page that several browser tests take. */
import type { Frame, Page } from 'playwright-core';
import type { Test } from 'tap';
import { launchBrowser } from './browser.js';
import { startFakeTeams } from './fake-teams.js';
import { freePort } from './free-port.js';
import { startTestApp, TEST_ADMIN_TOKEN } from './test-app.js';

/** Unlocks the page with the test app's admin token and names the repository to link. */
export async function useAdminToken(page: Page | Frame, repository: string): Promise<void> {
  await page.getByLabel('Admin token').fill(TEST_ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Use token' }).click();
  await page.getByLabel('Repository (owner/name)').fill(repository);
}

/**
 * A bridge on a known port (its PUBLIC_URL is the config page's origin), a fake Teams its links
 * may post to, and a browser; all closed with the test.
 */
export async function startConfigPageRig(t: Test) {
  const teams = await startFakeTeams();
  t.teardown(teams.close);
  const port = await freePort();
  const app = await startTestApp({ env: { PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url } });
  t.teardown(app.close);
  const browser = await launchBrowser();
  t.teardown(() => browser.close());
  return { teams, app, browser, configUrl: `${app.url}/config` };
}
