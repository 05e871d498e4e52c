/** The CLI and photos (issue 15): import says how many each clipping kept, show --json lists them, export-images writes them. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../archive/location.ts';
import { mhtmlOf, newsPage } from '../test-support/news-pages.ts';

const run = promisify(execFile);
const CLI = path.join(PROJECT_ROOT, 'bin', 'clipdesk.mjs');
let dir: string;

const clipdesk = async (...args: string[]) => (await run(process.execPath, [CLI, '--archive', path.join(dir, 'archive'), ...args])).stdout;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'clipdesk-cli-photos-'));
  writeFileSync(path.join(dir, 'harbour.mhtml'), mhtmlOf(await newsPage()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('clipdesk and photos', () => {
  it('imports, shows and exports the photos of a clipping', async () => {
    expect(await clipdesk('import', path.join(dir, 'harbour.mhtml'))).toMatch(/^imported {3}harbour\.mhtml → 1: Harbour wall approved after ten years of argument \(2 photos\)$/m);
    const shown = JSON.parse(await clipdesk('--json', 'show', '1')) as { images: { caption: string; credit: string; stored: { id: number; mediaType: string; size: number } }[] };
    expect(shown.images).toEqual([
      expect.objectContaining({ caption: 'Fishing boats in the inner basin at dawn on Monday.', credit: 'Ana Costa/Example News', stored: expect.objectContaining({ id: 1, mediaType: 'image/jpeg', width: 960, height: 640, size: expect.any(Number) }) }),
      expect.objectContaining({ caption: 'Fishermen on the quay hear the vote read out.', stored: expect.objectContaining({ id: 2 }) }),
    ]);
    expect(await clipdesk('show', '1')).toMatch(/\[Photo 1, image\/jpeg 960×640, \d+ KB\] Fishing boats/);

    const out = path.join(dir, 'photos');
    const exported = JSON.parse(await clipdesk('--json', 'export-images', '1', '--out', out)) as { files: { file: string; size: number }[] };
    expect(readdirSync(out).sort()).toEqual(['1-fishing-boats-in-the-inner-basin-at-dawn-on-monday.jpg', '2-fishermen-on-the-quay-hear-the-vote-read-out.jpg']);
    const first = readFileSync(exported.files[0]!.file);
    expect(first.byteLength).toBe(shown.images[0]!.stored.size);
    expect(await sharp(first).metadata()).toMatchObject({ format: 'jpeg', width: 960, height: 640 });
  });
});
