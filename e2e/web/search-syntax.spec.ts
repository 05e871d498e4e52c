import { expect, test } from './fixtures.ts';
import { SAMPLE_TITLE } from './sample.ts';

test('a query Lunr cannot read is searched as plain words, and the person is told how, under the box', async ({ clipdesk }) => {
  await clipdesk.importSample();
  const note = clipdesk.page.getByTestId('search-note');
  await expect(clipdesk.page.getByTestId('search-hint')).toContainText('tag:korea');
  await clipdesk.search('title:');
  await expect(note).toBeVisible();
  await expect(note).toContainText('title:word');
  await expect(clipdesk.page.getByTestId('search-interpreted')).toHaveText('title');
  await expect(clipdesk.searchError).toBeHidden();

  await clipdesk.search('title:envoy');
  await expect(note).toBeHidden();
  await expect(clipdesk.result(SAMPLE_TITLE)).toBeVisible();
  await expect(clipdesk.resultSnippetMarks(SAMPLE_TITLE)).not.toHaveCount(0);
});

test('an unknown filter is read as words, with a note, and still finds the clipping', async ({ clipdesk }) => {
  await clipdesk.importSample();
  await clipdesk.search('colour:envoy');
  await expect(clipdesk.page.getByTestId('search-note')).toContainText('“colour:” is not a filter');
  await expect(clipdesk.result(SAMPLE_TITLE)).toBeVisible();
});

test('a search with no match says so', async ({ clipdesk }) => {
  await clipdesk.importSample();
  await clipdesk.search('zeppelin');
  await expect(clipdesk.results).toHaveCount(0);
  await expect(clipdesk.page.getByTestId('list-empty')).toContainText('Nothing matches');
});
