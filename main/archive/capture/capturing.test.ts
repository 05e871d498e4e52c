/**
 * A second clip of the same page is a duplicate, also when the page names its own address (a
 * canonical link) other than the one the browser was at: the clipping keeps the article's own
 * address, so both are compared.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { newsPage } from '../../test-support/news-pages.ts';
import { openTempArchive, type TempArchive } from '../../test-support/temp-archive.ts';

let t: TempArchive;
beforeEach(async () => {
  t = await openTempArchive();
});
afterEach(async () => {
  await t.dispose();
});

it('reports a second clip of a page whose canonical address differs from the browser address as already kept', async () => {
  const page = await newsPage();
  const browserAt = 'http://127.0.0.1:8123/harbour.html?utm_source=feed';
  const request = { url: browserAt, title: page.title, html: page.html, selectionHtml: null, images: page.photos.map((p) => ({ url: p.src, data: p.data })), tags: [] };
  const first = await t.archive.capture.capture(request);
  expect(first.status).toBe('imported');
  expect(t.archive['store'].get(first.id!)!.url).toBe(page.url); // the article's own address, not the browser's
  const second = await t.archive.capture.capture({ ...request, url: 'http://127.0.0.1:8123/harbour.html#comments' });
  expect(second).toMatchObject({ status: 'duplicate', id: first.id });
});
