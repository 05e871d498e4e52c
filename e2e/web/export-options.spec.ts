/**
 * The other ways into Export: a tag's menu (JSON), a saved search (a dossier), and one clipping's
 * PDF options (Letter, wide margins), which the next Ctrl+E keeps, as does a restart of the host:
 * the choice is kept in the archive, not in the page's storage.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ClipdeskPage } from '../pages/clipdesk-page.ts';
import { pdfText, textClipping } from './export-support.ts';
import { expect, test } from './fixtures.ts';
import { SAMPLE_TITLE } from './sample.ts';
import { startWebHost } from './web-host.ts';

const run = promisify(execFile);
const FERRY = 'Ferry Timetable Changes for Winter';
const ARTIFACTS = path.resolve('test-results', 'artifacts', 'export-e2e');

/** The first page's size in points, from pdfinfo ("Page size: 612 x 792 pts (letter)"). */
async function pageSize(file: string): Promise<[number, number]> {
  const { stdout } = await run('pdfinfo', [file]);
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(stdout);
  if (!m) throw new Error(`pdfinfo gave no page size for ${file}:\n${stdout}`);
  return [Number(m[1]), Number(m[2])];
}

test.setTimeout(120_000);

test('a tag menu exports JSON; a saved search exports a dossier', async ({ clipdesk, page }) => {
  await clipdesk.importSample();
  await clipdesk.addTag('korea');
  await clipdesk.importTextViaDialog(textClipping(FERRY, 'The island ferry will run every ninety minutes from December, the operator said.'));

  const tagDialog = await clipdesk.manageTag('korea', 'rename');
  await tagDialog.screenshot({ path: path.join(ARTIFACTS, 'tag-dialog-export.png') });
  await tagDialog.getByTestId('tag-export').click();
  const dialog = clipdesk.exportDialog;
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('export-what')).toContainText('1 clipping tagged “korea”');
  await dialog.getByTestId('export-format-json').check();
  const json = JSON.parse(await readFile(await clipdesk.runExport(ARTIFACTS), 'utf8')) as unknown;
  const text = JSON.stringify(json);
  expect(text).toContain(SAMPLE_TITLE);
  expect(text).not.toContain(FERRY);
  await dialog.getByTestId('export-close').click();

  await clipdesk.search('ferry');
  await page.getByTestId('save-search').click();
  await page.getByTestId('saved-search-name').fill('Ferries');
  await page.getByTestId('saved-search-name').press('Enter');
  await clipdesk.clearSearch();
  await page.getByTestId('sidebar').screenshot({ path: path.join(ARTIFACTS, 'sidebar-saved-search-export.png') });
  await page.getByRole('button', { name: 'Export saved search Ferries' }).click();
  await expect(dialog.getByTestId('export-title-input')).toHaveValue('Ferries');
  const pdf = await clipdesk.runExport(ARTIFACTS);
  const all = await pdfText(pdf);
  expect(all).toContain(FERRY);
  expect(all).not.toContain(SAMPLE_TITLE);
});

test('one clipping: PDF options on Letter with wide margins, kept for Ctrl+E and across a host restart', async ({ clipdesk, page, archiveDir }) => {
  await clipdesk.importSample();
  await page.getByTestId('export-pdf-options').click();
  const dialog = clipdesk.exportDialog;
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('export-paper-A4')).toBeChecked();
  await dialog.getByTestId('export-paper-Letter').check();
  await dialog.getByTestId('export-margins').selectOption('wide');
  await page.screenshot({ path: path.join(ARTIFACTS, 'export-single-options.png') });
  const letter = await clipdesk.runExport(ARTIFACTS);
  expect(await pageSize(letter)).toEqual([612, 792]);
  expect(await pdfText(letter)).toContain(SAMPLE_TITLE);
  await dialog.getByTestId('export-close').click();

  // Ctrl+E now exports at once on the last used paper.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const download = page.waitForEvent('download');
  await page.keyboard.press('ControlOrMeta+e');
  const again = path.join(ARTIFACTS, `ctrl-e-${(await download).suggestedFilename()}`);
  await (await download).saveAs(again);
  expect(await pageSize(again)).toEqual([612, 792]);

  // A new host on the same archive (a new port, so a new origin and empty localStorage) keeps it.
  const second = await startWebHost(archiveDir);
  try {
    const fresh = await page.context().newPage();
    await fresh.goto(second.url);
    const other = new ClipdeskPage(fresh);
    await other.openResult(SAMPLE_TITLE);
    await fresh.getByTestId('export-pdf-options').click();
    await expect(other.exportDialog.getByTestId('export-paper-Letter')).toBeChecked();
    await expect(other.exportDialog.getByTestId('export-margins')).toHaveValue('wide');
    await fresh.close();
  } finally {
    await second.stop();
  }
});
