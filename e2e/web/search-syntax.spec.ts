import { expect, test } from './fixtures.ts';
import { SAMPLE_TITLE } from './sample.ts';

test('a query Lunr cannot read is explained under the box, and clears when fixed', async ({ clipdesk }) => {
  await clipdesk.importSample();
  await clipdesk.search('title:');
  await expect(clipdesk.searchError).toBeVisible();
  await expect(clipdesk.searchError).toContainText('title:word');
  await expect(clipdesk.searchInput).toHaveAttribute('aria-invalid', 'true');

  await clipdesk.search('title:envoy');
  await expect(clipdesk.searchError).toBeHidden();
  await expect(clipdesk.result(SAMPLE_TITLE)).toBeVisible();
  await expect(clipdesk.resultSnippetMarks(SAMPLE_TITLE)).not.toHaveCount(0);
});

test('a search with no match says so', async ({ clipdesk }) => {
  await clipdesk.importSample();
  await clipdesk.search('zeppelin');
  await expect(clipdesk.results).toHaveCount(0);
  await expect(clipdesk.page.getByTestId('list-empty')).toContainText('Nothing matches');
});
