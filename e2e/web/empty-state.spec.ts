import { expect, test } from './fixtures.ts';
import { SAMPLE_TITLE } from './sample.ts';

test('an empty archive offers the sample clipping, which loads and opens', async ({ clipdesk }) => {
  await expect(clipdesk.emptyState).toBeVisible();
  await expect(clipdesk.allCount).toHaveText('0');
  await clipdesk.importSample();
  await expect(clipdesk.headline).toHaveText(SAMPLE_TITLE);
  await expect(clipdesk.emptyState).toBeHidden();
  await expect(clipdesk.allCount).toHaveText('1');
  await expect(clipdesk.result(SAMPLE_TITLE)).toHaveAttribute('aria-selected', 'true');
});
