import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { promisify } from 'node:util';
import { expect, test } from './fixtures.ts';
import { SAMPLE_AUTHOR, SAMPLE_BIO_PHRASE, SAMPLE_CAPTION_START, SAMPLE_PATH, SAMPLE_TITLE } from './sample.ts';

const run = promisify(execFile);

/** PDF text wraps lines and may break words at line ends: compare with all whitespace folded. */
function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

test('import the sample, find it, read it, tag it, filter by the tag and export it to PDF', async ({ clipdesk }) => {
  await test.step('import through the file input', async () => {
    await clipdesk.importFile(SAMPLE_PATH);
    await expect(clipdesk.importReport.locator('[data-status="imported"]')).toHaveCount(1);
    await expect(clipdesk.allCount).toHaveText('1');
  });

  await test.step('search "Jannuzi" and see the highlighted snippet', async () => {
    await clipdesk.search('Jannuzi');
    await expect(clipdesk.result(SAMPLE_TITLE)).toBeVisible();
    await expect(clipdesk.resultSnippetMarks(SAMPLE_TITLE).first()).toHaveText(/^Jannuzi$/i);
  });

  await test.step('open it: headline, caption once, author bio', async () => {
    await clipdesk.openResult(SAMPLE_TITLE);
    await expect(clipdesk.caption).toHaveCount(1);
    await expect(clipdesk.caption).toContainText(SAMPLE_CAPTION_START);
    await expect(clipdesk.byline).toContainText(SAMPLE_AUTHOR);
    await expect(clipdesk.authorBio).toContainText(SAMPLE_AUTHOR);
    await expect(clipdesk.authorBio).toContainText(SAMPLE_BIO_PHRASE);
  });

  await test.step('tag it "dprk-russia" and filter the library by that tag', async () => {
    await clipdesk.addTag('dprk-russia');
    await expect(clipdesk.tagChips).toContainText(['dprk-russia']);
    await expect(clipdesk.sidebarTags.filter({ hasText: 'dprk-russia' })).toContainText('1');
    await clipdesk.clearSearch();
    await clipdesk.filterByTag('dprk-russia');
    await expect(clipdesk.results).toHaveCount(1);
    await expect(clipdesk.result(SAMPLE_TITLE)).toBeVisible();
  });

  await test.step('export the PDF and read its text back', async () => {
    await mkdir('test-results', { recursive: true });
    const pdfPath = await clipdesk.exportPdf('test-results');
    expect(pdfPath).toMatch(/\.pdf$/);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']);
    const text = fold(stdout);
    expect(text).toContain(SAMPLE_TITLE);
    expect(text).toContain(SAMPLE_BIO_PHRASE);
    expect(text).toContain('dprk-russia');
  });
});
