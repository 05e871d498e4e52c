import { defineConfig } from '@playwright/test';

// End-to-end: e2e/web drives the browser host in Debian's Chromium; e2e/electron drives the
// desktop app through _electron.launch and skips, saying why, where no Electron binary exists.
export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/artifacts',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
