/**
 * Fixtures for the browser host's end-to-end tests: each test gets its own temp archive and its
 * own host process; one Debian Chromium (or CLIPDESK_CHROMIUM) serves the worker.
 */
import { test as base, expect } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ClipdeskPage } from '../pages/clipdesk-page.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { startWebHost, type WebHost } from './web-host.ts';

interface WebFixtures {
  archiveDir: string;
  host: WebHost;
  clipdesk: ClipdeskPage;
}

export const test = base.extend<WebFixtures>({
  browser: [
    async ({ playwright }, use) => {
      const browser = await playwright.chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  // Playwright reads a fixture's dependencies from its destructuring pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  archiveDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'clipdesk-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  host: async ({ archiveDir }, use, testInfo) => {
    const host = await startWebHost(archiveDir);
    await use(host);
    await host.stop();
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('host-output', { body: host.output(), contentType: 'text/plain' });
    }
  },
  clipdesk: async ({ page, host }, use) => {
    await page.goto(host.url);
    const clipdesk = new ClipdeskPage(page);
    await expect(clipdesk.searchInput).toBeVisible();
    await use(clipdesk);
  },
});

export { expect };
