import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INDEX_SCHEMA, SearchIndex } from './index.ts';
import type { SearchIndexOptions, SearchOutcome } from './index.ts';
import { DocSource, makeDoc, makeTempDir, ProgressLog, readSavedHeader, sampleDocs } from '../../test-support/search-fixtures.ts';
import { decodeIndex } from './index-format.ts';
import type { TempDir } from '../../test-support/search-fixtures.ts';

const opened: SearchIndex[] = [];
const temps: TempDir[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((index) => index.close()));
  for (const temp of temps.splice(0)) temp.remove();
});

function tempDir(): TempDir {
  const temp = makeTempDir();
  temps.push(temp);
  return temp;
}

async function open(temp: TempDir, source: DocSource, extra: Partial<SearchIndexOptions> = {}): Promise<{ index: SearchIndex; log: ProgressLog; warnings: string[] }> {
  const log = new ProgressLog();
  const warnings: string[] = [];
  const index = await SearchIndex.open({
    dir: temp.indexDir,
    revision: source.revision,
    loadDocs: source.loadDocs,
    onProgress: log.onProgress,
    onWarning: (message) => warnings.push(message),
    ...extra,
  });
  opened.push(index);
  return { index, log, warnings };
}

function ids(outcome: SearchOutcome): number[] {
  if (!outcome.ok) throw new Error(`search failed: ${outcome.message}`);
  return outcome.hits.map((hit) => hit.id);
}

/** The saved file's bytes in an ArrayBuffer of their own. */
function imageOf(temp: TempDir): ArrayBuffer {
  const bytes = readFileSync(indexFile(temp));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

function indexFile(temp: TempDir): string {
  return path.join(temp.indexDir, 'index.bin');
}

describe('SearchIndex: building, loading and persisting', () => {
  it('builds in the worker on first open, reports progress, and saves index.bin with its header', async () => {
    const temp = tempDir();
    const source = new DocSource(sampleDocs());
    const { index, log } = await open(temp, source);
    expect(source.loads).toBe(1);
    expect(log.reports[0]).toEqual({ state: 'building', done: 0, total: 5, revision: 1 });
    expect(log.reports).toContainEqual({ state: 'building', done: 5, total: 5, revision: 1 });
    expect(log.reports.at(-1)).toEqual({ state: 'ready', done: 0, total: 0, revision: 1 });
    expect(index.status()).toEqual({ state: 'ready', done: 0, total: 0, revision: 1 });
    expect(readSavedHeader(indexFile(temp))).toEqual({ schema: INDEX_SCHEMA, revision: 1, docCount: 5 });
    const saved = decodeIndex(imageOf(temp), true);
    expect([...saved.docIds].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(saved.vocabulary.indexOf('jannuzi')).toBeGreaterThanOrEqual(0);
    expect(ids(index.search('jannuzi')).sort()).toEqual([1, 2]);
  });

  it('loads the saved index at the same revision without asking for the documents', async () => {
    const temp = tempDir();
    const source = new DocSource(sampleDocs());
    const first = await open(temp, source);
    await first.index.close();
    const { index, log } = await open(temp, source);
    expect(source.loads).toBe(1);
    expect(log.states()).toEqual(['ready']);
    expect(ids(index.search('wheat'))).toEqual([3]);
  });

  it('opens an empty archive and finds nothing', async () => {
    const temp = tempDir();
    const { index } = await open(temp, new DocSource());
    expect(index.search('anything')).toEqual({ ok: true, hits: [] });
  });

  const damages: Array<[string, (temp: TempDir) => void]> = [
    ['the index folder is deleted', (temp) => rmSync(temp.indexDir, { recursive: true })],
    ['index.bin is not an index', (temp) => writeFileSync(indexFile(temp), '{"schema":1,"revision":1,"index":{"vers')],
    ['index.bin is empty', (temp) => writeFileSync(indexFile(temp), '')],
    ['index.bin is truncated', (temp) => writeFileSync(indexFile(temp), readFileSync(indexFile(temp)).subarray(0, 200))],
    ['index.bin holds a posting for a document it does not have', (temp) => {
      const image = imageOf(temp);
      const postings = decodeIndex(image, false).postingDocs;
      new Uint32Array(image, postings.byteOffset, postings.length)[0] = 4242;
      writeFileSync(indexFile(temp), new Uint8Array(image));
    }],
    ['index.bin has another schema', (temp) => {
      const image = imageOf(temp);
      new DataView(image).setUint32(8, INDEX_SCHEMA + 1, true);
      writeFileSync(indexFile(temp), new Uint8Array(image));
    }],
  ];

  for (const [damage, apply] of damages) {
    it(`rebuilds by itself when ${damage}`, async () => {
      const temp = tempDir();
      const source = new DocSource(sampleDocs());
      await (await open(temp, source)).index.close();
      apply(temp);
      const { index, log } = await open(temp, source);
      expect(source.loads).toBe(2);
      expect(log.states()[0]).toBe('building');
      expect(ids(index.search('barley'))).toEqual([3]);
      expect(readSavedHeader(indexFile(temp))).toEqual({ schema: INDEX_SCHEMA, revision: 1, docCount: 5 });
    });
  }

  it('rebuilds when the store moved on since the index was saved', async () => {
    const temp = tempDir();
    const source = new DocSource(sampleDocs());
    await (await open(temp, source)).index.close();
    source.change([makeDoc(6, { title: 'Glacier melt' })]);
    const { index, log } = await open(temp, source);
    expect(source.loads).toBe(2);
    expect(log.reports[0]).toEqual({ state: 'building', done: 0, total: 6, revision: 2 });
    expect(ids(index.search('glacier'))).toEqual([6]);
    expect(readSavedHeader(indexFile(temp))).toMatchObject({ revision: 2, docCount: 6 });
  });

  it('still opens and searches when index.bin cannot be written, and says why', async () => {
    const temp = tempDir();
    // A folder where the file should be: reading fails, and so does renaming the new file over it.
    mkdirSync(path.join(indexFile(temp), 'occupied'), { recursive: true });
    const source = new DocSource(sampleDocs());
    const { index, warnings } = await open(temp, source);
    expect(warnings.join('\n')).toMatch(/could not save the search index to .*index\.bin/);
    expect(ids(index.search('wheat'))).toEqual([3]);
    expect(readdirSync(temp.indexDir)).toEqual(['index.bin']);
  });

  it('rejects open() with the store\'s own error when a rebuild cannot read the documents', async () => {
    const temp = tempDir();
    const source = new DocSource(sampleDocs());
    source.failure = new Error('archive.sqlite is locked');
    await expect(open(temp, source)).rejects.toThrow('archive.sqlite is locked');
  });

  it('builds on this thread when the worker cannot start, and still saves', async () => {
    const temp = tempDir();
    const source = new DocSource(sampleDocs());
    const { index, warnings } = await open(temp, source, { workerUrl: new URL('file:///nonexistent/index-worker.ts') });
    expect(warnings.join('\n')).toMatch(/index worker/);
    expect(ids(index.search('snow'))).toEqual([5]);
    expect(existsSync(indexFile(temp))).toBe(true);
  });
});
