/** Steps on the configuration page that several browser tests take. */
import type { Frame, Page } from 'playwright-core';
import { TEST_ADMIN_TOKEN } from './test-app.js';

/** Unlocks the page with the test app's admin token and names the repository to link. */
export async function useAdminToken(page: Page | Frame, repository: string): Promise<void> {
  await page.getByLabel('Admin token').fill(TEST_ADMIN_TOKEN);
  await page.getByRole('button', { name: 'Use token' }).click();
  await page.getByLabel('Repository (owner/name)').fill(repository);
}
