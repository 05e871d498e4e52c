/**
 * Photos in PDFs (issue 15): a clipping and a dossier print their photos with captions, read back
 * with poppler; the setting (and the export option) leaves them out and keeps the captions.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mhtmlOf, newsPage } from '../test-support/news-pages.ts';
import { okValue as value, openTempArchive, type TempArchive } from '../test-support/temp-archive.ts';
import { ARTIFACTS_DIR, pdfImages, pdfText } from '../test-support/pdf-read-back.ts';

let t: TempArchive;
let id: number;
beforeAll(async () => {
  t = await openTempArchive();
  const page = await newsPage();
  id = value(await t.archive.importFiles([{ name: 'harbour.mhtml', data: mhtmlOf(page) }])).outcomes[0]!.id!;
}, 60_000);
afterAll(async () => {
  await t.dispose();
});

describe('photos in PDFs', () => {
  it('prints a clipping with its photos at a sensible size, with their captions', async () => {
    const pdf = value(await t.archive.exportPdf(id)).data;
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(path.join(ARTIFACTS_DIR, 'clipping-with-photos.pdf'), pdf);
    const images = await pdfImages(pdf);
    expect(images.map((i) => [i.width, i.height])).toEqual([[960, 640], [800, 533]]);
    const text = await pdfText(pdf);
    expect(text).toContain('Fishing boats in the inner basin at dawn on Monday.');
    expect(text).toContain('Fishermen on the quay hear the vote read out.');
    // The second photo prints where it stood: after the third paragraph, before the fourth.
    expect(text.indexOf('Fishermen on the quay hear')).toBeGreaterThan(text.indexOf('some of them cheered'));
    expect(text.indexOf('Fishermen on the quay hear')).toBeLessThan(text.indexOf('The cost, put at 48 million'));
  }, 60_000);

  it('prints a dossier with the photos, and leaves them out when asked, keeping the captions', async () => {
    const dossier = value(await t.archive.exportDossier({ title: 'Harbour', selection: { ids: [id] }, order: 'selected', paper: 'A4' })).data;
    expect(await pdfImages(dossier)).toHaveLength(2);
    const without = value(await t.archive.exportPdf(id, { photos: false })).data;
    expect(await pdfImages(without)).toEqual([]);
    expect(await pdfText(without)).toContain('Fishing boats in the inner basin at dawn on Monday.');
    value(await t.archive.setSettings({ printPhotos: false }));
    expect(await pdfImages(value(await t.archive.exportPdf(id)).data)).toEqual([]);
    expect(await pdfImages(value(await t.archive.exportDossier({ title: 'Harbour', selection: { ids: [id] }, order: 'selected', paper: 'A4' })).data)).toEqual([]);
  }, 120_000);
});
