/**
 * Importing many files: parsed on worker threads, stored in batches, with exactly the outcomes that
 * importing them one at a time gives (order, duplicates, failures and their messages), and every
 * clipping searchable when the import resolves.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../preload/api/index.ts';
import { generatedClipping } from '../test-support/generated-clippings.ts';
import { importMany } from './import-many.ts';
import { importOne, readImportPaths } from './importing.ts';
import { createParsePool, inlineParser, type ClippingParser } from './ingest/parse-pool.ts';
import { SearchIndex } from './search/index.ts';
import { ArchiveStore } from './store/store.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A folder of 14 files: 11 clippings (one also saved under a second name), an empty file, and binary bytes. */
function clippingFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'clipdesk-many-'));
  dirs.push(dir);
  const folder = path.join(dir, 'clippings');
  mkdirSync(path.join(folder, 'more'), { recursive: true });
  for (let n = 1; n <= 10; n += 1) writeFileSync(path.join(folder, n % 3 ? '' : 'more', `${String(n).padStart(2, '0')}.txt`), generatedClipping(n).text);
  writeFileSync(path.join(folder, 'zz-copy-of-05.txt'), generatedClipping(5).text);
  writeFileSync(path.join(folder, 'empty.txt'), '');
  writeFileSync(path.join(folder, 'image.html'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]));
  writeFileSync(path.join(folder, 'last.txt'), generatedClipping(11).text);
  return folder;
}

async function openStoreAndIndex(): Promise<{ store: ArchiveStore; index: SearchIndex; close(): Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'clipdesk-many-archive-'));
  dirs.push(dir);
  const store = ArchiveStore.open(dir);
  const index = await SearchIndex.open({ dir: path.join(dir, 'index'), revision: store.revision(), loadDocs: () => store.texts(), databaseFile: store.file });
  return { store, index, close: async () => (await index.close(), store.close()) };
}

/** What a person sees of an outcome: ids differ between archives only by order of import. */
const shown = (o: ImportOutcome) => ({ name: o.name, status: o.status, title: o.title, message: o.message });

describe('importMany', () => {
  it('gives the outcomes of importing one file at a time, in batches, with parsing on worker threads', async () => {
    const folder = clippingFolder();
    const one = await openStoreAndIndex();
    const expected: ImportOutcome[] = [];
    for await (const item of readImportPaths([folder])) expected.push('failure' in item ? item.failure : await importOne(one.store, one.index, item));
    await one.close();

    const many = await openStoreAndIndex();
    const pool = createParsePool(2);
    let parsedInWorkers = 0;
    const counting: ClippingParser = { parse: (file) => (parsedInWorkers++, pool.parse(file)), close: () => pool.close() };
    const outcomes = await importMany(many.store, many.index, readImportPaths([folder]), { parser: counting, batchSize: 4 });
    await pool.close();

    expect(outcomes.map(shown)).toEqual(expected.map(shown));
    expect(outcomes.filter((o) => o.status === 'imported')).toHaveLength(11);
    // The copy is a duplicate of the clipping made from the first file with these bytes.
    const copy = outcomes.find((o) => o.name === 'zz-copy-of-05.txt')!;
    expect(copy).toMatchObject({ status: 'duplicate', id: outcomes.find((o) => o.name === '05.txt')!.id });
    expect(outcomes.find((o) => o.name === 'empty.txt')).toMatchObject({ status: 'failed' });
    // Each distinct file was parsed once, on the pool; copies were not parsed again.
    expect(parsedInWorkers).toBe(13);
    // Everything imported is stored and searchable once the import resolves.
    expect(many.store.count()).toBe(11);
    const found = many.index.search('report');
    expect(found.ok && found.hits.map((h) => h.id).sort((a, b) => a - b)).toEqual(outcomes.filter((o) => o.status === 'imported').map((o) => o.id).sort((a, b) => a! - b!));
    // A second import of the same folder makes nothing new.
    const again = await importMany(many.store, many.index, readImportPaths([folder]), { parser: inlineParser });
    expect(again.filter((o) => o.status === 'duplicate')).toHaveLength(12);
    await many.close();
  });

  it('parses on the calling thread, with the same outcomes, when the workers cannot start', async () => {
    const folder = clippingFolder();
    const broken = createParsePool(2, pathToFileURL(path.join(folder, 'no-such-worker.ts')));
    const a = await openStoreAndIndex();
    const outcomes = await importMany(a.store, a.index, readImportPaths([folder]), { parser: broken, batchSize: 3 });
    await broken.close();
    expect(outcomes.filter((o) => o.status === 'imported')).toHaveLength(11);
    expect(outcomes.filter((o) => o.status === 'failed').map((o) => o.name).sort()).toEqual(['empty.txt', 'image.html']);
    await a.close();
  });
});
