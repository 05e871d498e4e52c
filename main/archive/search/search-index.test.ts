import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INDEX_SCHEMA, SearchIndex } from './index.ts';
import type { SearchIndexOptions, SearchOutcome } from './index.ts';
import { DocSource, makeDoc, makeTempDir, ProgressLog, sampleDocs } from './test-archive.ts';
import type { TempDir } from './test-archive.ts';

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

function indexFile(temp: TempDir): string {
  return path.join(temp.indexDir, 'index.json');
}

describe('SearchIndex: building, loading and persisting', () => {
  it('builds in the worker on first open, reports progress, and saves index.json with its header', async () => {
    const temp = tempDir();
    const source = new DocSource(sampleDocs());
    const { index, log } = await open(temp, source);
    expect(source.loads).toBe(1);
    expect(log.reports[0]).toEqual({ state: 'building', done: 0, total: 5, revision: 1 });
    expect(log.reports).toContainEqual({ state: 'building', done: 5, total: 5, revision: 1 });
    expect(log.reports.at(-1)).toEqual({ state: 'ready', done: 0, total: 0, revision: 1 });
    expect(index.status()).toEqual({ state: 'ready', done: 0, total: 0, revision: 1 });
    const saved = JSON.parse(readFileSync(indexFile(temp), 'utf8')) as Record<string, unknown>;
    expect(saved).toMatchObject({ schema: INDEX_SCHEMA, revision: 1, docCount: 5 });
    expect(saved.index).toMatchObject({ version: '2.3.9', fields: ['title', 'authors', 'source', 'tags', 'captions', 'body', 'bio'] });
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
    ['index.json is not JSON', (temp) => writeFileSync(indexFile(temp), '{"schema":1,"revision":1,"index":{"vers')],
    ['index.json is empty', (temp) => writeFileSync(indexFile(temp), '')],
    ['index.json is JSON of the wrong shape', (temp) => writeFileSync(indexFile(temp), JSON.stringify({ schema: INDEX_SCHEMA, revision: 1, docCount: 5, index: { version: '2.3.9' } }))],
    ['index.json holds an index Lunr cannot load', (temp) => {
      const saved = JSON.parse(readFileSync(indexFile(temp), 'utf8')) as { index: { invertedIndex: unknown[] } };
      saved.index.invertedIndex = [['meet', 42]];
      writeFileSync(indexFile(temp), JSON.stringify(saved));
    }],
    ['index.json has another schema', (temp) => {
      const saved = JSON.parse(readFileSync(indexFile(temp), 'utf8')) as Record<string, unknown>;
      writeFileSync(indexFile(temp), JSON.stringify({ ...saved, schema: INDEX_SCHEMA + 1 }));
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
      expect(JSON.parse(readFileSync(indexFile(temp), 'utf8'))).toMatchObject({ schema: INDEX_SCHEMA, revision: 1, docCount: 5 });
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
    expect(JSON.parse(readFileSync(indexFile(temp), 'utf8'))).toMatchObject({ revision: 2, docCount: 6 });
  });

  it('still opens and searches when index.json cannot be written, and says why', async () => {
    const temp = tempDir();
    // A folder where the file should be: reading fails, and so does renaming the new file over it.
    mkdirSync(path.join(indexFile(temp), 'occupied'), { recursive: true });
    const source = new DocSource(sampleDocs());
    const { index, warnings } = await open(temp, source);
    expect(warnings.join('\n')).toMatch(/could not save the search index to .*index\.json/);
    expect(ids(index.search('wheat'))).toEqual([3]);
    expect(readdirSync(temp.indexDir)).toEqual(['index.json']);
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
