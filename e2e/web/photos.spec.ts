/**
 * Photos in the browser host (issue 15): an MHTML file and a page saved complete import with
 * their photos; the list shows the lead thumbnail, the reader the photos with captions and
 * credits where they stood, a click enlarges one; every image comes from the archive (blob: URLs
 * of the API's bytes), none from the web.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mhtmlOf, newsPage, writeSavedCompletePage } from '../../main/test-support/news-pages.ts';
import { expect, test } from './fixtures.ts';

test('an MHTML page imports with its photos: thumbnail in the list, photos in the reader, enlarged on a click', async ({ page, clipdesk }) => {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(new URL(page.url()).origin) && !r.url().startsWith('blob:')) foreign.push(r.url());
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'clipdesk-photos-'));
  const file = path.join(dir, 'Harbour wall approved.mhtml');
  writeFileSync(file, mhtmlOf(await newsPage()));
  await clipdesk.importFile(file);
  await expect(clipdesk.importReport).toContainText('2 photos');

  const row = clipdesk.result('Harbour wall approved after ten years of argument');
  const thumb = row.getByTestId('result-thumbnail').locator('img');
  await expect(thumb).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240);

  await clipdesk.openResult('Harbour wall approved after ten years of argument');
  const photos = page.getByTestId('reader-photo');
  await expect(photos).toHaveCount(2);
  await expect.poll(() => photos.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(960);
  await expect(page.getByTestId('reader-caption').first()).toContainText('Fishing boats in the inner basin at dawn on Monday.');
  await expect(page.getByTestId('reader-credit').first()).toHaveText('Ana Costa/Example News');
  // The second photo stands where the page had it: after the third paragraph.
  const second = page.getByTestId('reader-figure').nth(1);
  await expect(second.locator('xpath=preceding-sibling::p[1]')).toContainText('some of them cheered');
  await page.screenshot({ path: test.info().outputPath('reader-with-photos.png') });

  await page.getByTestId('photo-enlarge').first().click();
  const viewer = page.getByTestId('photo-viewer');
  await expect(viewer).toBeVisible();
  await expect.poll(() => page.getByTestId('photo-viewer-image').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(960);
  await page.keyboard.press('ArrowRight');
  await expect(viewer).toContainText('Fishermen on the quay');
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  expect(foreign).toEqual([]);
});

test('a page saved complete imports with the photos of its _files folder', async ({ page, clipdesk }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'clipdesk-complete-'));
  const { file } = await writeSavedCompletePage(dir);
  // The file input hands over the page and its folder's photos together, as a drop does.
  const folder = path.join(dir, 'Harbour wall approved_files');
  await clipdesk.importFile(file, path.join(folder, 'harbour-dawn.jpg'), path.join(folder, 'quay-vote.jpg'));
  await expect(clipdesk.importReport).toContainText('2 photos');
  await clipdesk.openResult('Harbour wall approved after ten years of argument');
  await expect.poll(() => page.getByTestId('reader-photo').first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(960);
});
