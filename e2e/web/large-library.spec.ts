/**
 * A generated archive of a few thousand clippings: the list keeps only the rows in view in the
 * page, fetches the rest as it scrolls, sorts, narrows by a parent tag, keeps the view in the URL
 * (Back returns to the previous one) and saves a view as a search with its live count.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateArchive } from '../../main/generate/index.ts';
import { expect, test as base } from './fixtures.ts';

const COUNT = 3000;
const test = base.extend({
  // eslint-disable-next-line no-empty-pattern
  archiveDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'clipdesk-e2e-large-'));
    await generateArchive(dir, { count: COUNT, seed: 7 });
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
});
test.setTimeout(120_000);

test('scrolls, sorts and filters a large library with the view in the URL', async ({ clipdesk, page }) => {
  await expect(clipdesk.listCount).toHaveText(`${COUNT.toLocaleString('en')} clippings`, { timeout: 60_000 });
  // Windowed: a screenful of rows in the page, not thousands.
  expect(await clipdesk.results.count()).toBeLessThan(60);

  const list = page.getByTestId('result-list');
  await list.evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(page.locator(`[data-testid="result"][aria-posinset="${COUNT}"]`)).toBeVisible();
  expect(await clipdesk.results.count()).toBeLessThan(60);

  await page.getByTestId('sort-title').click();
  await expect(page).toHaveURL(/sort=title/);
  const titles = await clipdesk.page.getByTestId('result-title').allTextContents();
  const sorted = [...titles].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
  expect(titles.slice(0, 5).map((t) => t.toLowerCase())).toEqual(sorted.slice(0, 5).map((t) => t.toLowerCase()));

  // A parent tag in the tree narrows the list to its subtree's distinct clippings.
  const parent = page.locator('[role="treeitem"][aria-expanded] > .tag-row [data-testid="nav-tag"]').first();
  const tag = (await parent.getAttribute('data-tag'))!;
  const total = (await parent.getByTestId('tag-count').textContent())!;
  await parent.click();
  await expect(clipdesk.listCount).toHaveText(`${total} clippings`);
  await expect(page).toHaveURL(new RegExp(`tag=${encodeURIComponent(tag)}`));

  // Saved with its live count.
  await page.getByTestId('save-search').click();
  await page.getByTestId('saved-search-name').fill('Parent tag by title');
  await page.getByTestId('saved-search-name').press('Enter');
  await expect(page.getByTestId('saved-search')).toContainText(total);

  // Back: the unfiltered view, sorted by title; Back again: the first view.
  await page.goBack();
  await expect(clipdesk.listCount).toHaveText(`${COUNT.toLocaleString('en')} clippings`);
  await expect(page.getByTestId('sort-title')).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(page.getByTestId('sort-imported')).toHaveAttribute('aria-pressed', 'true');

  // The saved search brings its view back.
  await page.getByTestId('saved-search').click();
  await expect(clipdesk.listCount).toHaveText(`${total} clippings`);
  await expect(page.getByTestId('sort-title')).toHaveAttribute('aria-pressed', 'true');
});
