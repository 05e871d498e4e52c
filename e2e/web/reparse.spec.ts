/**
 * Re-parse in the reader (issue 3): the stored original is read again with the current parser,
 * the person's corrections survive it, the view refreshes and a status line says what happened.
 */
import { expect, test } from './fixtures.ts';
import { SAMPLE_AUTHOR, SAMPLE_TITLE } from './sample.ts';

const CORRECTED = 'Envoy Choe Goes to Moscow, as Corrected by Hand';

test('re-parsing keeps a corrected title and says so', async ({ clipdesk, page }) => {
  await clipdesk.importSample();
  await clipdesk.correctTitle(CORRECTED);

  await clipdesk.reparse();
  const status = page.getByTestId('reparse-status');
  await expect(status).toContainText('sample-voa-choe-ryong-hae-russia.txt');
  await expect(status).toContainText('1 correction kept');
  await expect(clipdesk.headline).toHaveText(CORRECTED);
  await expect(page.getByTestId('edited-title')).toBeVisible();
  // The parsed fields came back from the original: the byline is the parser's.
  await expect(page.getByTestId('reader-byline')).toContainText(SAMPLE_AUTHOR);

  // Stored, not only shown: after a reload the library and the reader still have the correction.
  await page.reload();
  await clipdesk.openResult(CORRECTED);
  await expect(page.getByTestId('edited-title')).toBeVisible();

  // What the re-parse found is what "Restore original" brings back.
  await page.getByTestId('restore-title').click();
  await expect(clipdesk.headline).toHaveText(SAMPLE_TITLE);
});

test('Re-parse is reached and pressed from the keyboard', async ({ clipdesk, page }) => {
  await clipdesk.importSample();
  const button = page.getByTestId('reparse-clipping');
  await expect(button).toHaveAccessibleName('Re-parse');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('reparse-status')).toHaveText(/Re-parsed from .*: nothing changed\./);
  await expect(page.getByRole('status').filter({ hasText: 'Re-parsed from' })).toBeVisible();
  await expect(clipdesk.headline).toHaveText(SAMPLE_TITLE);
});
