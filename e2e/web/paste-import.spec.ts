import { expect, test } from './fixtures.ts';

const HARBOUR = [
  'Harbour Bridge Reopens After Six Months of Repairs',
  '',
  'The harbour bridge reopened to traffic on Tuesday after six months of repairs, city officials said.',
  '',
  'Engineers replaced forty steel cables and resurfaced the deck, the transport department said in a statement.',
  '',
  'Commuters had faced detours of up to an hour while the bridge was closed.',
].join('\n');

const LIBRARY = [
  'City Library Extends Weekend Opening Hours',
  '',
  'The central library will stay open until nine on Saturdays and Sundays from next month, the council announced.',
  '',
  'Librarians said the longer hours answer requests from students preparing for examinations.',
].join('\n');

test('text pasted into the "Paste text" dialog becomes a clipping', async ({ clipdesk }) => {
  await clipdesk.importTextViaDialog(HARBOUR);
  await expect(clipdesk.importReport.locator('[data-status="imported"]')).toHaveCount(1);
  await expect(clipdesk.headline).toHaveText('Harbour Bridge Reopens After Six Months of Repairs');
  await expect(clipdesk.readerBody).toContainText('forty steel cables');
});

test('text pasted outside any field is imported; the same text again is reported as a duplicate', async ({ clipdesk, page }) => {
  const paste = (text: string) =>
    page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);

  await paste(LIBRARY);
  await expect(clipdesk.headline).toHaveText('City Library Extends Weekend Opening Hours');
  await expect(clipdesk.allCount).toHaveText('1');

  await paste(LIBRARY);
  await expect(clipdesk.importReport.locator('[data-status="duplicate"]')).toHaveCount(1);
  await expect(clipdesk.allCount).toHaveText('1');

  // A paste into the search box stays a paste into the search box: no import is sent. A real
  // import after it (answered in order) proves nothing was imported in between.
  await clipdesk.searchInput.focus();
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, HARBOUR);
  await clipdesk.searchInput.blur();
  await paste(LIBRARY.replace('nine', 'ten'));
  await expect(clipdesk.importReport.locator('[data-status="imported"]')).toHaveCount(1);
  await clipdesk.search('harbour');
  await expect(clipdesk.results).toHaveCount(0);
  await clipdesk.search('library');
  await expect(clipdesk.results).toHaveCount(2);
});
