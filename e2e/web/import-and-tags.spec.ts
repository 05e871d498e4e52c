import { expect, test } from './fixtures.ts';
import { SAMPLE_PATH, SAMPLE_TITLE } from './sample.ts';

const FERRY = ['Ferry Timetable Changes for Winter', '', 'The island ferry will run every ninety minutes from December, the operator said on Monday.', '', 'Morning sailings at six and seven thirty are unchanged.'].join('\n');

test('files dropped on the window are imported, with a report line for each file', async ({ clipdesk, page }) => {
  await clipdesk.importSample();
  const dataTransfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'ferry.txt', { type: 'text/plain' }));
    data.items.add(new File(['%PDF-1.4'], 'scan.pdf', { type: 'application/pdf' }));
    return data;
  }, FERRY);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await expect(page.locator('.drop-overlay')).toBeVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.locator('.drop-overlay')).toBeHidden();

  await expect(clipdesk.importReport.locator('[data-status="imported"]')).toContainText('ferry.txt');
  await expect(clipdesk.importReport.locator('[data-status="failed"]')).toContainText('scan.pdf');
  await expect(clipdesk.headline).toHaveText('Ferry Timetable Changes for Winter');
  await expect(clipdesk.allCount).toHaveText('2');
});

test('importing the same file twice reports a duplicate and keeps one clipping', async ({ clipdesk }) => {
  await clipdesk.importFile(SAMPLE_PATH);
  await clipdesk.importFile(SAMPLE_PATH);
  await expect(clipdesk.importReport.locator('[data-status="duplicate"]')).toHaveCount(1);
  await expect(clipdesk.allCount).toHaveText('1');
});

test('tags: suggestions come from the archive, × removes, the sidebar counts follow', async ({ clipdesk }) => {
  await clipdesk.importSample();
  await clipdesk.addTag('North Korea'); // normalised to one lower-case word
  await expect(clipdesk.tagChips).toHaveText(['north-korea×']);

  await clipdesk.importTextViaDialog(FERRY);
  await expect(clipdesk.headline).toHaveText('Ferry Timetable Changes for Winter');
  await clipdesk.tagInput.fill('kor');
  const suggestion = clipdesk.page.getByTestId('tag-suggestion');
  await expect(suggestion).toHaveText(['north-korea']);
  await suggestion.click();
  await expect(clipdesk.sidebarTags.filter({ hasText: 'north-korea' })).toContainText('2');

  await clipdesk.page.getByRole('button', { name: 'Remove tag north-korea' }).click();
  await expect(clipdesk.tagChips).toHaveCount(0);
  await expect(clipdesk.sidebarTags.filter({ hasText: 'north-korea' })).toContainText('1');

  await clipdesk.filterByTag('north-korea');
  await expect(clipdesk.results).toHaveCount(1);
  await expect(clipdesk.result(SAMPLE_TITLE)).toBeVisible();
});
