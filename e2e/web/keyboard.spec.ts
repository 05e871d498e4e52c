import { expect, test } from './fixtures.ts';
import { SAMPLE_TITLE } from './sample.ts';

const SECOND = ['Ferry Timetable Changes for Winter', '', 'The island ferry will run every ninety minutes from December, the operator said on Monday.', '', 'Morning sailings at six and seven thirty are unchanged.'].join('\n');
const SECOND_TITLE = 'Ferry Timetable Changes for Winter';

test('search, move, open, export and delete from the keyboard', async ({ clipdesk, page }) => {
  await clipdesk.importSample();
  await clipdesk.importTextViaDialog(SECOND);
  await expect(clipdesk.results).toHaveCount(2);
  // Newest import first: the ferry text, then the sample.
  await expect(clipdesk.results.first()).toContainText(SECOND_TITLE);

  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('/');
  await expect(clipdesk.searchInput).toBeFocused();
  await page.keyboard.press('Escape');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+f');
  await expect(clipdesk.searchInput).toBeFocused();

  // Arrows move the active result while typing in the search box; Enter opens it.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(clipdesk.result(SAMPLE_TITLE)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(clipdesk.headline).toHaveText(SAMPLE_TITLE);

  // From the list itself.
  await clipdesk.page.getByTestId('result-list').focus();
  await page.keyboard.press('ArrowUp');
  await expect(clipdesk.result(SECOND_TITLE)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(clipdesk.headline).toHaveText(SECOND_TITLE);

  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+e');
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);

  await page.keyboard.press('Delete');
  const confirm = page.getByTestId('confirm-dialog');
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText(SECOND_TITLE);
  await page.getByTestId('confirm-yes').click();
  await expect(clipdesk.results).toHaveCount(1);
  await expect(clipdesk.allCount).toHaveText('1');
  await expect(clipdesk.page.getByTestId('reader-placeholder')).toBeVisible();
});
