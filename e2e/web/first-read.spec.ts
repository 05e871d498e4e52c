/**
 * Issue 12 in the browser: a saved page's source is a link that opens outside the app, the byline
 * and date read in the clipping's language, and the same article imported twice is offered as a
 * choice (keep both, keep the better, merge) in the import report.
 */
import path from 'node:path';
import { expect, test } from './fixtures.ts';

const FIXTURES = 'main/archive/ingest/first-read-fixtures';
const HEADLINE = 'Fishing Fleet Returns Early as Storm Nears';
const ADDRESS = 'https://www.nytimes.com/2017/01/13/world/europe/fishing-fleet-storm.html';

test('a saved page shows its source as a link to the article, opened outside the app', async ({ clipdesk, page }) => {
  await clipdesk.importFile(path.join(FIXTURES, 'nyt-style-page.html'));
  await clipdesk.openResult(HEADLINE);
  const link = page.getByTestId('reader-source-link');
  await expect(link).toHaveText('The New York Times');
  await expect(link).toHaveAttribute('href', ADDRESS);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.getByTestId('reader-byline')).toContainText('By Anna Lindqvist');
  await expect(page.getByTestId('reader-date')).toHaveText('13 January 2017');
  await page.screenshot({ path: test.info().outputPath('source-link.png') });
});

test('the same article copied after its saved page is offered to merge, and merging leaves one clipping', async ({ clipdesk, page }) => {
  await clipdesk.importFile(path.join(FIXTURES, 'nyt-style-page.html'));
  await clipdesk.importFile(path.join(FIXTURES, 'nyt-style-copy.txt'));
  const line = clipdesk.importReport.locator('[data-status="imported"]').filter({ hasText: 'is the same article as' });
  await expect(line).toContainText(`nyt-style-copy.txt is the same article as “${HEADLINE}”`);
  await expect(line.getByRole('button')).toHaveText(['Keep both', 'Keep the better', 'Merge']);
  await page.screenshot({ path: test.info().outputPath('same-article-choice.png') });
  await line.getByTestId('same-article-merge').click();
  await expect(line.getByTestId('toast-action-done')).toHaveText('Merged into one clipping; the other is in the Trash.');
  await expect(clipdesk.listCount).toContainText('1');
  await expect(clipdesk.headline).toHaveText(HEADLINE);
  await expect(page.getByTestId('reader-source-link')).toHaveAttribute('href', ADDRESS);
});

test('a French clipping says "Par" and writes its date in French', async ({ clipdesk, page }) => {
  await clipdesk.importTextViaDialog([
    'Le conseil municipal vote un second tramway',
    'Par Claire Dubois',
    '30 avril 2015',
    'Le conseil municipal a approuvé jeudi soir le projet d’une seconde ligne de tramway qui traversera la vieille ville, mettant fin à un débat qui divisait les habitants depuis près de dix ans.',
    'Les partisans du projet estiment que la ligne réduira la circulation automobile dans les rues étroites autour de la cathédrale, tandis que les commerçants craignent deux années de travaux.',
    'Les travaux devraient commencer au printemps prochain, et la ligne pourrait ouvrir en 2018, selon la mairie.',
  ].join('\n'));
  await clipdesk.openResult('Le conseil municipal vote un second tramway');
  await expect(page.getByTestId('reader-byline')).toContainText('Par Claire Dubois');
  await expect(page.getByTestId('reader-byline')).not.toContainText('By ');
  await expect(page.getByTestId('reader-date')).toHaveText('30 avril 2015');
});
