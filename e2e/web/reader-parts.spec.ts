/**
 * The reader shows what the parser understood (issue 3): the Quoted list jumps to its quote,
 * entity chips filter the library, and a corrected title is what search finds.
 */
import { expect, test } from './fixtures.ts';

const SAMPLE_TITLE = 'US Experts: N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation';

const SUMMIT = [
  'Kremlin Prepares for Spring Summit',
  '',
  'Officials in Moscow said on Friday that Vladimir Putin would host a summit of regional leaders in the spring.',
  '',
  'The meeting is expected to cover trade, energy and transport links between the neighbouring countries.',
].join('\n');

const GARDENS = [
  'City Gardens Open Their Gates for the Summer',
  '',
  'The botanical gardens will open every evening until ten from June, the parks department announced on Monday.',
  '',
  'Gardeners said the new rose beds planted last autumn should be in full bloom by the middle of the month.',
].join('\n');

test('the Quoted list names Jannuzi and jumps to his quote in the text', async ({ clipdesk, page }) => {
  await clipdesk.importSample();
  const quoted = page.getByTestId('reader-quoted');
  await expect(quoted).toBeVisible();
  const jannuzi = quoted.getByTestId('quoted-item').filter({ hasText: 'Choe’s meeting [with Putin]' });
  await expect(jannuzi).toContainText('Jannuzi');
  await expect(quoted).toContainText('Joseph DeTrani');
  await jannuzi.click();
  const index = await jannuzi.getAttribute('data-paragraph');
  const paragraph = page.locator(`#reader-p-${index}`);
  await expect(paragraph).toContainText('Choe’s meeting [with Putin] reduces');
  await expect(paragraph).toHaveClass(/is-flashing/);
  await expect(paragraph).toBeInViewport();
});

test('an entity chip shows the clippings that name it', async ({ clipdesk, page }) => {
  await clipdesk.importSample();
  await clipdesk.importTextViaDialog(SUMMIT);
  await clipdesk.importTextViaDialog(GARDENS);
  await expect(clipdesk.results).toHaveCount(3);
  await clipdesk.openResult(SAMPLE_TITLE);

  const entities = page.getByTestId('reader-entities');
  await expect(entities).toContainText('People');
  await expect(entities).toContainText('Places');
  await expect(entities).toContainText('Organisations');
  await entities.getByTestId('entity-chip').filter({ hasText: /^Vladimir Putin$/ }).click();

  await expect(clipdesk.searchInput).toHaveValue('"Vladimir Putin"');
  await expect(clipdesk.results).toHaveCount(2);
  await expect(clipdesk.result(SAMPLE_TITLE)).toBeVisible();
  await expect(clipdesk.result('Kremlin Prepares for Spring Summit')).toBeVisible();
  await expect(clipdesk.result('City Gardens Open Their Gates for the Summer')).toHaveCount(0);
});

test('a corrected title is marked, found by search, and can be restored', async ({ clipdesk, page }) => {
  await clipdesk.importSample();
  await page.getByTestId('edit-title').click();
  await page.getByTestId('correct-title-input').fill('Zanzibar Dispatch on the Envoy to Moscow');
  await page.getByTestId('correct-title-save').click();
  await expect(clipdesk.headline).toHaveText('Zanzibar Dispatch on the Envoy to Moscow');
  await expect(page.getByTestId('edited-title')).toBeVisible();

  await clipdesk.search('zanzibar');
  await expect(clipdesk.results).toHaveCount(1);
  await expect(clipdesk.result('Zanzibar Dispatch on the Envoy to Moscow')).toBeVisible();

  await page.getByTestId('restore-title').click();
  await expect(clipdesk.headline).toHaveText(SAMPLE_TITLE);
  await expect(page.getByTestId('edited-title')).toHaveCount(0);
});

test('a date found only in the text reads as inferred; a corrected date does not', async ({ clipdesk, page }) => {
  await clipdesk.importTextViaDialog([
    'Harbour Talks Resume',
    '',
    'Negotiators met again at the harbour office on Nov. 20, 2014, to settle the dispute over the old quay and its rents.',
    '',
    'Both sides said afterwards that the talks had gone better than expected and would continue next week.',
  ].join('\n'));
  const inferred = page.getByTestId('reader-date-inferred');
  await expect(inferred).toContainText(/about .*2014.* \(inferred\)/);
  await expect(inferred).toHaveAttribute('title', /found in the text/);

  await page.getByTestId('edit-publishedAt').click();
  await page.getByTestId('correct-publishedAt-input').fill('2014-11-21');
  await page.getByTestId('correct-publishedAt-save').click();
  await expect(page.getByTestId('edited-publishedAt')).toBeVisible();
  await expect(inferred).toHaveCount(0);
  await expect(clipdesk.byline).toContainText('2014');
});
