/**
 * Organising in the browser: bulk tagging by selection, a parent tag filtering with its
 * children, rename carrying children, merge, undo, and the Trash with restore.
 */
import { expect, test } from './fixtures.ts';
import type { ClipdeskPage } from '../pages/clipdesk-page.ts';
import { SAMPLE_TITLE } from './sample.ts';

const FERRY = 'Ferry Timetable Changes for Winter';
const BRIDGE = 'New Bridge Opens to Traffic After Delays';
const text = (title: string, body: string): string => [title, '', body, '', 'Officials said more details would follow next week.'].join('\n');

async function threeClippings(clipdesk: ClipdeskPage): Promise<void> {
  await clipdesk.importSample();
  await clipdesk.importTextViaDialog(text(FERRY, 'The island ferry will run every ninety minutes from December, the operator said on Monday.'));
  await clipdesk.importTextViaDialog(text(BRIDGE, 'The long-delayed bridge over the estuary opened to cars and lorries on Friday morning.'));
  await expect(clipdesk.results).toHaveCount(3);
}

test('bulk tags a selection, filters by a parent tag, renames it with its children, and undoes', async ({ clipdesk, page }) => {
  await threeClippings(clipdesk);
  await clipdesk.result(FERRY).click();
  await clipdesk.pickResult(BRIDGE);
  await expect(page.getByTestId('selection-count')).toHaveText('2 selected');
  await clipdesk.bulkAddTag('transport/sea');

  // The tree shows the parent with the distinct clippings below it.
  await expect(clipdesk.tagNode('transport')).toContainText('2');
  await expect(clipdesk.tagNode('transport/sea')).toBeVisible();

  await page.getByTestId('selection-clear').click();
  await clipdesk.openResult(SAMPLE_TITLE);
  await clipdesk.addTag('transport/air');
  await expect(clipdesk.tagNode('transport')).toContainText('3');

  // Filtering by the parent includes its children; the view is in the URL.
  await clipdesk.filterByTag('transport');
  await expect(clipdesk.results).toHaveCount(3);
  expect(page.url()).toContain('tag=transport');
  await clipdesk.filterByTag('transport/sea');
  await expect(clipdesk.results).toHaveCount(2);
  await page.goBack();
  await expect(clipdesk.results).toHaveCount(3);

  // Rename the parent: its children follow.
  await clipdesk.renameTag('transport', 'travel');
  await expect(clipdesk.tagNode('travel')).toContainText('3');
  await expect(clipdesk.tagNode('travel/sea')).toBeVisible();
  await expect(clipdesk.tagNode('transport')).toHaveCount(0);

  // Undo puts the old names back.
  await clipdesk.undo();
  await expect(clipdesk.tagNode('transport')).toContainText('3');
  await expect(clipdesk.tagNode('travel')).toHaveCount(0);
});

test('merges tags into one and undoes the merge', async ({ clipdesk }) => {
  await threeClippings(clipdesk);
  await clipdesk.openResult(FERRY);
  await clipdesk.addTag('boats');
  await clipdesk.openResult(BRIDGE);
  await clipdesk.addTag('roads');
  await clipdesk.openResult(SAMPLE_TITLE);
  await clipdesk.addTag('news');

  await clipdesk.mergeTags('news', ['boats', 'roads']);
  await expect(clipdesk.tagNode('news')).toContainText('3');
  await expect(clipdesk.tagNode('boats')).toHaveCount(0);
  await expect(clipdesk.tagNode('roads')).toHaveCount(0);

  await clipdesk.undo();
  await expect(clipdesk.tagNode('boats')).toContainText('1');
  await expect(clipdesk.tagNode('roads')).toContainText('1');
  await expect(clipdesk.tagNode('news')).toContainText('1');
});

test('deleting moves to the Trash; restore brings the clipping back; emptying asks once', async ({ clipdesk, page }) => {
  await threeClippings(clipdesk);
  await clipdesk.openResult(FERRY);
  await page.getByTestId('delete-clipping').click();
  await page.getByTestId('confirm-yes').click();
  await expect(clipdesk.results).toHaveCount(2);
  await expect(clipdesk.allCount).toHaveText('2');

  await page.getByTestId('nav-trash').click();
  await expect(page.getByTestId('trash-item')).toHaveCount(1);
  await expect(page.getByTestId('trash-item')).toContainText(FERRY);
  await page.getByTestId('restore-clipping').click();
  await expect(page.getByTestId('trash-item')).toHaveCount(0);
  await expect(clipdesk.allCount).toHaveText('3');

  await page.getByTestId('trash-back').click();
  await expect(clipdesk.results).toHaveCount(3);

  // Two at once, then empty the Trash for good.
  await clipdesk.result(FERRY).click();
  await clipdesk.pickResult(BRIDGE);
  await page.keyboard.press('Delete');
  await page.getByTestId('confirm-yes').click();
  await expect(clipdesk.results).toHaveCount(1);
  await page.getByTestId('nav-trash').click();
  await expect(page.getByTestId('trash-item')).toHaveCount(2);
  await page.getByTestId('empty-trash').click();
  const asking = page.locator('dialog[open]');
  await expect(asking).toContainText('cannot be undone');
  await asking.getByTestId('confirm-yes').click();
  await expect(page.getByTestId('trash-empty')).toBeVisible();
  await expect(clipdesk.allCount).toHaveText('1');
});

test('suggests the tags of similar clippings, one click to accept', async ({ clipdesk, page }) => {
  await threeClippings(clipdesk);
  await clipdesk.openResult(BRIDGE);
  await clipdesk.addTag('local-news');
  await clipdesk.openResult(FERRY);
  const suggestion = page.locator('[data-testid="suggested-tag"][data-tag="local-news"]');
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page.locator('[data-testid="tag-chip"][data-tag="local-news"]')).toBeVisible();
  await expect(suggestion).toHaveCount(0);
});

test('notes are kept and found by search; the shortcuts sheet opens with ?', async ({ clipdesk, page }) => {
  await threeClippings(clipdesk);
  await clipdesk.openResult(BRIDGE);
  await page.getByTestId('note-input').fill('Ask the council about the toll plaza.');
  await page.getByTestId('note-input').press('Control+Enter');
  await expect(page.getByTestId('note-state')).toHaveText('Saved');
  await clipdesk.search('plaza');
  await expect(clipdesk.results).toHaveCount(1);
  await expect(clipdesk.results.first()).toContainText(BRIDGE);

  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts-sheet')).toBeVisible();
  await expect(page.getByTestId('shortcuts-sheet')).toContainText('Undo');
});
