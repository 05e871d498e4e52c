import { expect, test } from './fixtures.ts';

test('the token leaves the address bar at once and survives a reload of the tab', async ({ clipdesk, page }) => {
  expect(page.url()).not.toContain('token=');
  await clipdesk.importSample();
  await page.reload();
  await expect(clipdesk.allCount).toHaveText('1');
});

test('without the token the page says how to get in, and shows no archive', async ({ page, host }) => {
  await page.goto(`http://127.0.0.1:${host.port}/`);
  await expect(page.getByTestId('load-error')).toContainText('npm run web');
  await expect(page.getByTestId('empty-state')).toHaveCount(0);
  await expect(page.getByTestId('result')).toHaveCount(0);
});
