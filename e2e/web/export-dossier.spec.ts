/**
 * Exporting from the browser as a person would: a dossier of three picked clippings with a typed
 * title, read back with pdftotext (cover, contents, every clipping); a dossier from a search; a long
 * dossier cancelled part way; Markdown with front matter (one file, and a .zip of one per clipping);
 * Settings kept in the archive, so the prepared-by name reaches the cover.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { ClipdeskPage } from '../pages/clipdesk-page.ts';
import { ClipdeskPage as Page } from '../pages/clipdesk-page.ts';
import { importTextViaApi, pdfText, textClipping } from './export-support.ts';
import { expect, test } from './fixtures.ts';
import { SAMPLE_TITLE } from './sample.ts';

const FERRY = 'Ferry Timetable Changes for Winter';
const BRIDGE = 'New Bridge Opens to Traffic After Delays';
const ARTIFACTS = path.resolve('test-results', 'artifacts', 'export-e2e');

async function threeClippings(clipdesk: ClipdeskPage): Promise<void> {
  await clipdesk.importSample();
  await clipdesk.importTextViaDialog(textClipping(FERRY, 'The island ferry will run every ninety minutes from December, the operator said on Monday.', 'Officials said more details would follow next week.'));
  await clipdesk.importTextViaDialog(textClipping(BRIDGE, 'The long-delayed bridge over the estuary opened to cars and lorries on Friday morning.', 'Officials said more details would follow next week.'));
  await expect(clipdesk.results).toHaveCount(3);
}

test.setTimeout(120_000);

test('a dossier of three picked clippings: typed title on the cover, a contents page, every clipping', async ({ clipdesk, page }) => {
  await threeClippings(clipdesk);
  await test.step('Settings: the prepared-by name', async () => {
    await page.getByTestId('settings-button').click();
    await page.getByTestId('settings-prepared-by').fill('Research Desk');
    await page.getByTestId('settings-dialog').screenshot({ path: path.join(ARTIFACTS, 'settings-dialog.png') });
    await page.getByTestId('settings-save').click();
    await expect(page.getByTestId('settings-dialog')).toBeHidden();
  });

  await clipdesk.result(FERRY).click();
  await clipdesk.pickResult(BRIDGE);
  await clipdesk.pickResult(SAMPLE_TITLE);
  await expect(page.getByTestId('selection-count')).toHaveText('3 selected');
  const dialog = await clipdesk.openExportForSelection();
  await expect(dialog.getByTestId('export-what')).toContainText('3 selected clippings');
  await expect(dialog.getByTestId('export-prepared-by')).toHaveValue('Research Desk');
  await dialog.getByTestId('export-title-input').fill('Winter Transport Briefing');
  await dialog.getByTestId('export-subtitle').fill('For the Monday meeting');
  const pdf = await clipdesk.runExport(ARTIFACTS);
  expect(path.basename(pdf)).toMatch(/\.pdf$/);

  const cover = await pdfText(pdf, 1);
  expect(cover).toContain('Winter Transport Briefing');
  expect(cover).toContain('For the Monday meeting');
  expect(cover).toContain('Research Desk');
  const contents = await pdfText(pdf, 2);
  expect(contents).toContain('Contents');
  for (const title of [FERRY, BRIDGE, SAMPLE_TITLE]) expect(contents).toContain(title);
  // As selected: the order picked is the order printed.
  expect(contents.indexOf(FERRY)).toBeLessThan(contents.indexOf(BRIDGE));
  expect(contents.indexOf(BRIDGE)).toBeLessThan(contents.indexOf(SAMPLE_TITLE));
  const all = await pdfText(pdf);
  for (const title of [FERRY, BRIDGE, SAMPLE_TITLE]) expect(all.split(title).length - 1).toBeGreaterThanOrEqual(2);
});

test('a dossier from the search results holds what the search found', async ({ clipdesk }) => {
  await threeClippings(clipdesk);
  await clipdesk.search('ferry');
  await expect(clipdesk.results).toHaveCount(1);
  const dialog = await clipdesk.openExportForResults();
  await expect(dialog.getByTestId('export-title-input')).toHaveValue('Search: ferry');
  await expect(dialog.getByTestId('export-highlight')).toBeChecked();
  await dialog.getByTestId('export-paper-Letter').check();
  const pdf = await clipdesk.runExport(ARTIFACTS);
  const text = await pdfText(pdf);
  expect(text).toContain('Search: ferry');
  expect(text).toContain(FERRY);
  expect(text).not.toContain(BRIDGE);
});

test('Markdown: one file with front matter, or a .zip of one file per clipping', async ({ clipdesk, page }) => {
  await threeClippings(clipdesk);
  await clipdesk.result(FERRY).click();
  await clipdesk.pickResult(BRIDGE);
  let dialog = await clipdesk.openExportForSelection();
  await dialog.getByTestId('export-format-md-single').check();
  await dialog.getByTestId('export-title-input').fill('Transport notes');
  const single = await clipdesk.runExport(ARTIFACTS);
  expect(path.basename(single)).toMatch(/\.md$/);
  const markdown = await readFile(single, 'utf8');
  expect(markdown.startsWith('---\n')).toBe(true);
  expect(markdown).toContain('# Transport notes');
  expect(markdown).toContain(FERRY);
  expect(markdown).toContain(BRIDGE);
  await dialog.getByTestId('export-close').click();

  dialog = await clipdesk.openExportForSelection();
  await dialog.getByTestId('export-format-md-files').check();
  const zip = await clipdesk.runExport(ARTIFACTS);
  expect(path.basename(zip)).toMatch(/\.zip$/);
  const files = unzipSync(new Uint8Array(await readFile(zip)));
  const names = Object.keys(files);
  expect(names).toHaveLength(2);
  for (const name of names) {
    expect(name).toMatch(/\.md$/);
    const text = new TextDecoder().decode(files[name]);
    expect(text).toMatch(/^---\n(.*\n)*?title: .+\n(.*\n)*?---\n/);
  }
  await dialog.getByTestId('export-close').click();
  await expect(page.getByTestId('export-dialog')).toBeHidden();
});

test('a long dossier shows its progress in words and can be cancelled', async ({ host, page }) => {
  const COUNT = 60;
  const paragraph = (i: number, p: number): string =>
    `Harbour report ${i}, part ${p}: the dredging of the outer channel continued through the week while pilots waited for the tide tables, and the port authority said the berths on the north quay would reopen once the surveys were checked.`;
  for (let i = 1; i <= COUNT; i++) {
    await importTextViaApi(host, textClipping(`Harbour dredging report number ${i}`, ...Array.from({ length: 8 }, (_, p) => paragraph(i, p + 1))), `harbour-${i}.txt`);
  }
  await page.goto(host.url);
  const clipdesk = new Page(page);
  await expect(clipdesk.allCount).toHaveText(String(COUNT));
  await clipdesk.search('harbour');
  const dialog = await clipdesk.openExportForResults();
  await dialog.getByTestId('export-title-input').fill('Harbour dredging, all reports');

  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await dialog.getByTestId('export-start').click();
  await expect(dialog.getByTestId('export-progress-bar')).toBeVisible();
  await expect(dialog.getByTestId('export-phase')).toHaveText(/Gathering the clippings|Laying out the pages|Numbering the pages|Printing the final PDF/);
  await dialog.screenshot({ path: path.join(ARTIFACTS, 'export-dialog-progress.png') });
  // The window stays responsive while the host works.
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  await dialog.getByTestId('export-cancel').click();
  await expect(dialog.getByTestId('export-status')).toHaveText('Export cancelled. Nothing was saved.');
  await expect(dialog.getByTestId('export-progress')).toHaveAttribute('data-status', 'cancelled');
  await dialog.screenshot({ path: path.join(ARTIFACTS, 'export-dialog-cancelled.png') });
  expect(downloaded).toBe(false);
  // The dialog can start again at once.
  await expect(dialog.getByTestId('export-start')).toBeEnabled();
});
