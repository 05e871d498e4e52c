/**
 * Photos kept with their clippings (issue 15), through the archive service as the shells use it:
 * an MHTML file, a page saved complete (from disk and as a dropped folder), data: URIs; stored
 * once, verified, located, led; re-parsed, trashed, emptied.
 */
import exifReader from 'exif-reader';
import sharp from 'sharp';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mhtmlOf, newsPage, NEWS_PARAGRAPHS, writeSavedCompletePage } from '../test-support/news-pages.ts';
import { makePhoto, makePhotoWithLocation } from '../test-support/photos.ts';
import { okValue as value, openTempArchive, tempDirs, type TempArchive } from '../test-support/temp-archive.ts';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

let t: TempArchive;
const dirs = tempDirs('clipdesk-photos-');
beforeEach(async () => {
  t = await openTempArchive();
});
afterEach(async () => {
  await t.dispose();
});
afterAll(() => dirs.removeAll());

const imageCount = (archive: TempArchive) => archive.archive['store'].read((db) => (db.prepare('SELECT count(*) AS n FROM images').get() as { n: number }).n);

describe('an MHTML file keeps its photos', () => {
  it('stores each photo with its caption, credit, size, place in the body and a lead image', async () => {
    const page = await newsPage();
    const report = value(await t.archive.importFiles([{ name: 'harbour.mhtml', data: mhtmlOf(page) }]));
    expect(report.outcomes[0]).toMatchObject({ status: 'imported', images: 2 });
    const clipping = value(await t.archive.get(report.outcomes[0]!.id!));
    expect(clipping.images).toHaveLength(2);
    const [lead, second] = clipping.images;
    expect(lead).toMatchObject({ caption: 'Fishing boats in the inner basin at dawn on Monday.', credit: 'Ana Costa/Example News', src: page.photos[0]!.src, lead: true, position: 0 });
    expect(lead!.stored).toMatchObject({ mediaType: 'image/jpeg', width: 960, height: 640, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(second).toMatchObject({ caption: 'Fishermen on the quay hear the vote read out.', credit: 'Ben Ode', lead: false });
    // It stood after the third paragraph.
    expect(clipping.body[second!.position!]).toBe(NEWS_PARAGRAPHS[3]);
    // The list shows the lead photo's thumbnail.
    const row = value(await t.archive.list({})).items[0]!;
    expect(row.leadImage).toEqual({ id: lead!.stored!.id, width: 240, height: 160 });
    const full = value(await t.archive.getImage(lead!.stored!.id));
    expect(full).toMatchObject({ mediaType: 'image/jpeg', width: 960, height: 640, variant: 'full' });
    expect((await sharp(full.data).metadata()).format).toBe('jpeg');
    const thumb = value(await t.archive.getImage(lead!.stored!.id, 'thumbnail'));
    expect((await sharp(thumb.data).metadata()).format).toBe('webp');
    expect((await t.archive.getImage(9999)).ok).toBe(false);
  });

  it('leaves cookie banners, paywalls, share bars and related links out of the body', async () => {
    const page = await newsPage();
    const { id } = value(await t.archive.importFiles([{ name: 'harbour.mhtml', data: mhtmlOf(page) }])).outcomes[0]!;
    const body = value(await t.archive.get(id!)).body.join('\n');
    expect(body).not.toMatch(/cookies|Subscribe now|Share on|Ferry strike|Example News 2024/);
    expect(value(await t.archive.get(id!)).body).toEqual(NEWS_PARAGRAPHS);
  });

  it('stores a photo used by two clippings once, and emptying the Trash removes it only when no clipping uses it', async () => {
    const one = await newsPage({ seed: 7, title: 'First story about the harbour wall' });
    const two = await newsPage({ seed: 7, title: 'Second story about the harbour wall' });
    const [a, b] = value(await t.archive.importFiles([{ name: 'one.mhtml', data: mhtmlOf(one) }, { name: 'two.mhtml', data: mhtmlOf(two) }])).outcomes;
    expect(imageCount(t)).toBe(2);
    value(await t.archive.deleteClipping(a!.id!));
    value(await t.archive.emptyTrash());
    expect(imageCount(t)).toBe(2);
    expect((await t.archive.getImage(value(await t.archive.get(b!.id!)).images[0]!.stored!.id)).ok).toBe(true);
    value(await t.archive.deleteClipping(b!.id!));
    expect(imageCount(t)).toBe(2); // in the Trash, a clipping keeps its photos
    value(await t.archive.emptyTrash());
    expect(imageCount(t)).toBe(0);
  });
});

describe('a page saved complete keeps the photos in its folder', () => {
  it('imports from disk, and the _files folder holds no clippings of its own', async () => {
    const dir = dirs.make();
    const { file } = await writeSavedCompletePage(dir);
    // Browsers save frames as .html inside the folder: they are not clippings.
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, 'Harbour wall approved_files', 'frame.html'), '<html><body><p>An advert frame with some words in it.</p></body></html>');
    const report = await t.archive.importPaths([dir]);
    expect(report.outcomes).toHaveLength(1);
    expect(report.outcomes[0]).toMatchObject({ status: 'imported', images: 2 });
    const clipping = value(await t.archive.get(report.outcomes[0]!.id!));
    expect(clipping.images.map((i) => [i.caption, i.stored?.width])).toEqual([
      ['Fishing boats in the inner basin at dawn on Monday.', 960],
      ['Fishermen on the quay hear the vote read out.', 800],
    ]);
    expect(readdirSync(dir)).toContain(path.basename(file));
  });

  it('imports the page and its folder dropped together, and keeps the photos after a re-parse', async () => {
    const dir = dirs.make();
    const { file } = await writeSavedCompletePage(dir, 'Harbour');
    const folder = path.join(dir, 'Harbour_files');
    const dropped = [
      { name: 'Harbour.html', path: 'Harbour.html', data: new Uint8Array(readFileSync(file)) },
      ...readdirSync(folder).map((name) => ({ name, path: `Harbour_files/${name}`, data: new Uint8Array(readFileSync(path.join(folder, name))) })),
    ];
    const report = value(await t.archive.importFiles(dropped));
    expect(report.outcomes).toEqual([expect.objectContaining({ name: 'Harbour.html', status: 'imported', images: 2 })]);
    const id = report.outcomes[0]!.id!;
    const before = value(await t.archive.get(id)).images.map((i) => i.stored?.id);
    const after = value(await t.archive.reparseClipping(id)).images.map((i) => i.stored?.id);
    expect(after).toEqual(before);
    expect(after.every((x) => typeof x === 'number')).toBe(true);
  });

  it('refuses an image address that leaves the page folder', async () => {
    const dir = dirs.make();
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(path.join(dir, 'page'));
    writeFileSync(path.join(dir, 'secret.jpg'), await makePhoto(3, 400, 300));
    const html = `<html><body><article><h1>A page pointing outside</h1><figure><img src="../secret.jpg"><figcaption>Outside the folder.</figcaption></figure>${NEWS_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    writeFileSync(path.join(dir, 'page', 'page.html'), html);
    const [outcome] = (await t.archive.importPaths([path.join(dir, 'page', 'page.html')])).outcomes;
    expect(outcome).toMatchObject({ status: 'imported', images: 0 });
  });
});

describe('images inside the page and hostile images', () => {
  it('keeps a data: URI photo, drops EXIF location, and reports an image that is not one', async () => {
    const gps = Buffer.from(await makePhotoWithLocation(9)).toString('base64');
    const fake = Buffer.from('<svg onload=alert(1)>not really').toString('base64');
    const html = `<html><head><title>Inline photos</title></head><body><article><h1>Inline photos</h1>
      <figure><img src="data:image/jpeg;base64,${gps}"><figcaption>A photo with a place in it. Photo: Jo Bloggs</figcaption></figure>
      ${NEWS_PARAGRAPHS.slice(0, 3).map((p) => `<p>${p}</p>`).join('')}
      <figure><img src="data:image/png;base64,${fake}"><figcaption>A picture that is not one.</figcaption></figure>
      ${NEWS_PARAGRAPHS.slice(3).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const [outcome] = value(await t.archive.importFiles([{ name: 'inline.html', data: new TextEncoder().encode(html) }])).outcomes;
    expect(outcome).toMatchObject({ status: 'imported', images: 1, skippedImages: [expect.stringMatching(/^image 2 \(an image inside the page\): it cannot be decoded/)] });
    const clipping = value(await t.archive.get(outcome!.id!));
    expect(clipping.images[0]!.src).toBeNull(); // a data: URI is not a web address
    const stored = value(await t.archive.getImage(clipping.images[0]!.stored!.id));
    expect((await sharp(stored.data).metadata()).exif).toBeUndefined();
    expect(clipping.images[1]).toMatchObject({ caption: 'A picture that is not one.', stored: null });
  });

  it('keeps the photos of pages parsed on worker threads (a drop of many pages)', async () => {
    // Past the first two files, a many-file import parses on workers: the image addresses the parse
    // found (here data: URIs, which are not the image's src) must come back with the clipping.
    const pages = await Promise.all(
      [1, 2, 3, 4].map(async (n) => {
        const photo = Buffer.from(await makePhoto(20 + n)).toString('base64');
        const html = `<html><head><title>Page ${n} of a drop</title></head><body><article><h1>Page ${n} of a drop about the harbour</h1>
          <figure><img src="data:image/jpeg;base64,${photo}"><figcaption>Photo ${n} of the drop.</figcaption></figure>
          ${NEWS_PARAGRAPHS.map((p) => `<p>${p} (${n})</p>`).join('')}</article></body></html>`;
        return { name: `drop-${n}.html`, data: new TextEncoder().encode(html) };
      }),
    );
    const { outcomes } = value(await t.archive.importFiles(pages));
    expect(outcomes.map((o) => [o.status, o.images])).toEqual([1, 2, 3, 4].map(() => ['imported', 1]));
    for (const outcome of outcomes) expect(value(await t.archive.get(outcome.id!)).images[0]!.stored).toMatchObject({ mediaType: 'image/jpeg' });
  });

  it('keeps the location when the person asks for it in Settings', async () => {
    value(await t.archive.setSettings({ keepPhotoLocation: true }));
    const gps = Buffer.from(await makePhotoWithLocation(10)).toString('base64');
    const html = `<html><body><article><h1>Kept place</h1><figure><img src="data:image/jpeg;base64,${gps}"><figcaption>Where it was taken.</figcaption></figure>${NEWS_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const [outcome] = value(await t.archive.importFiles([{ name: 'kept.html', data: new TextEncoder().encode(html) }])).outcomes;
    const stored = value(await t.archive.getImage(value(await t.archive.get(outcome!.id!)).images[0]!.stored!.id));
    const { exif } = await sharp(stored.data).metadata();
    expect(exifReader(exif!).GPSInfo).toMatchObject({ GPSLatitudeRef: 'N' });
  });
});
