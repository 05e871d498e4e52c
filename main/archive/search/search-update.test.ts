import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchIndex } from './index.ts';
import type { SearchIndexOptions, SearchOutcome } from './index.ts';
import { DocSource, makeDoc, makeTempDir, ProgressLog, readSavedHeader, sampleDocs } from '../../test-support/search-fixtures.ts';
import type { TempDir } from '../../test-support/search-fixtures.ts';

const cleanups: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function open(source: DocSource, extra: Partial<SearchIndexOptions> = {}, temp?: TempDir): Promise<{ index: SearchIndex; log: ProgressLog; temp: TempDir }> {
  const dir = temp ?? makeTempDir();
  if (!temp) cleanups.push(() => dir.remove());
  const log = new ProgressLog();
  const index = await SearchIndex.open({ dir: dir.indexDir, revision: source.revision, loadDocs: source.loadDocs, onProgress: log.onProgress, ...extra });
  cleanups.push(() => index.close());
  return { index, log, temp: dir };
}

function ids(outcome: SearchOutcome): number[] {
  if (!outcome.ok) throw new Error(`search failed: ${outcome.message}`);
  return outcome.hits.map((hit) => hit.id).sort((a, b) => a - b);
}

/** The real worker, refusing merges: the index then falls back to a rebuild from the archive. */
const FAILING_MERGES = new URL('../../test-support/failing-merge-worker.ts', import.meta.url);

function savedRevision(temp: TempDir): unknown {
  return readSavedHeader(path.join(temp.indexDir, 'index.bin')).revision;
}

describe('SearchIndex.update', () => {
  it('makes a new clipping searchable as soon as update() resolves', async () => {
    const source = new DocSource(sampleDocs());
    const { index, log } = await open(source);
    await index.update(source.change([makeDoc(6, { title: 'Volcano erupts in Iceland', body: 'Ash clouds over Reykjavik.' })]));
    expect(ids(index.search('volcano'))).toEqual([6]);
    expect(ids(index.search('reykjavik'))).toEqual([6]);
    expect(log.reports).toContainEqual({ state: 'updating', done: 0, total: 1, revision: 1 });
    expect(index.status()).toMatchObject({ state: 'ready', revision: 2 });
  });

  it('hides a removed clipping, from the base and from a recent change', async () => {
    const source = new DocSource(sampleDocs());
    const { index } = await open(source);
    await index.update(source.change([], [3]));
    expect(ids(index.search('wheat'))).toEqual([]);
    expect(ids(index.search('meeting'))).toEqual([1]);
    await index.update(source.change([makeDoc(7, { title: 'Wheat futures' })]));
    expect(ids(index.search('wheat'))).toEqual([7]);
    await index.update(source.change([], [7]));
    expect(ids(index.search('wheat'))).toEqual([]);
  });

  it('replaces an edited clipping: old words no longer find it, new ones do, once', async () => {
    const source = new DocSource(sampleDocs());
    const { index } = await open(source);
    await index.update(source.change([makeDoc(5, { title: 'Seoul weather', tags: 'climate', body: 'Rain in Seoul.' })]));
    expect(ids(index.search('snow'))).toEqual([]);
    expect(ids(index.search('rain'))).toEqual([5]);
    expect(ids(index.search('seoul'))).toEqual([1, 5]);
    await index.update(source.change([makeDoc(5, { title: 'Seoul weather', body: 'Fog in Seoul.' })]));
    expect(ids(index.search('rain'))).toEqual([]);
    expect(ids(index.search('tags:climate'))).toEqual([]);
    expect(ids(index.search('seoul'))).toEqual([1, 5]);
  });

  it('treats a clipping upserted and removed in the same change as removed', async () => {
    const source = new DocSource(sampleDocs());
    const { index } = await open(source);
    await index.update({ upsert: [makeDoc(8, { title: 'Ghost' })], remove: [8], revision: 2 });
    expect(ids(index.search('ghost'))).toEqual([]);
  });

  it('merges changes into a new base when idle without reading a document again, saves it, and a restart loads it', async () => {
    const source = new DocSource(sampleDocs());
    const { index, temp } = await open(source, { idleMergeMs: 60_000 });
    await index.update(source.change([makeDoc(6, { title: 'Volcano' })], [3]));
    expect(savedRevision(temp)).toBe(1);
    await index.whenIdle();
    expect(source.loads).toBe(1);
    expect(savedRevision(temp)).toBe(2);
    expect(index.status()).toEqual({ state: 'ready', done: 0, total: 0, revision: 2 });
    expect(ids(index.search('volcano'))).toEqual([6]);
    expect(ids(index.search('wheat'))).toEqual([]);
    await index.close();

    const reopened = await open(source, {}, temp);
    expect(source.loads).toBe(1);
    expect(reopened.log.states()).toEqual(['ready']);
    expect(ids(reopened.index.search('volcano'))).toEqual([6]);
  });

  it('merges and saves pending changes on close, so the next start loads them without a rebuild', async () => {
    const source = new DocSource(sampleDocs());
    const { index, temp } = await open(source, { idleMergeMs: 60_000 });
    await index.update(source.change([makeDoc(6, { title: 'Volcano' })], [3]));
    expect(savedRevision(temp)).toBe(1);
    await index.close();
    expect(savedRevision(temp)).toBe(2);
    const reopened = await open(source, {}, temp);
    expect(source.loads).toBe(1);
    expect(reopened.log.states()).toEqual(['ready']);
    expect(ids(reopened.index.search('volcano'))).toEqual([6]);
    expect(ids(reopened.index.search('wheat'))).toEqual([]);
  });

  it('merges by itself after the quiet time', async () => {
    const source = new DocSource(sampleDocs());
    const { index, temp } = await open(source, { idleMergeMs: 20 });
    await index.update(source.change([makeDoc(6, { title: 'Volcano' })]));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await index.whenIdle();
    expect(source.loads).toBe(1);
    expect(savedRevision(temp)).toBe(2);
  });

  it('rebuilds from the archive when a merge fails, and says so', async () => {
    const source = new DocSource(sampleDocs());
    const warnings: string[] = [];
    const { index, temp } = await open(source, { idleMergeMs: 60_000, onWarning: (m) => warnings.push(m), workerUrl: FAILING_MERGES });
    await index.update(source.change([makeDoc(6, { title: 'Volcano' })], [3]));
    await index.whenIdle();
    expect(warnings.join('\n')).toMatch(/merging the search index failed, rebuilding it from the archive \(.*refuses merges\)/);
    expect(source.loads).toBe(2);
    expect(savedRevision(temp)).toBe(2);
    expect(ids(index.search('volcano'))).toEqual([6]);
  });

  it('starts a merge at the threshold and keeps changes made during it searchable', async () => {
    const source = new DocSource(sampleDocs());
    const { index, temp } = await open(source, { mergeThreshold: 2, idleMergeMs: 60_000 });
    await index.update(source.change([makeDoc(6, { title: 'Volcano' }), makeDoc(7, { title: 'Glacier' })]));
    expect(index.status().state).toBe('updating');
    // These arrive while the worker is building the merged base.
    await index.update(source.change([makeDoc(8, { title: 'Tsunami' })], [6]));
    await index.update(source.change([makeDoc(7, { title: 'Glacier retreat' })]));
    expect(ids(index.search('volcano'))).toEqual([]);
    expect(ids(index.search('tsunami'))).toEqual([8]);
    expect(ids(index.search('retreat'))).toEqual([7]);
    await index.whenIdle();
    expect(ids(index.search('volcano'))).toEqual([]);
    expect(ids(index.search('tsunami'))).toEqual([8]);
    expect(ids(index.search('glacier'))).toEqual([7]);
    expect(ids(index.search('retreat'))).toEqual([7]);
    expect(savedRevision(temp)).toBe(source.revision);
    expect(index.status()).toMatchObject({ state: 'ready', revision: source.revision });
  });

  it('keeps answering from its segments when a background merge fails, and says why', async () => {
    const source = new DocSource(sampleDocs());
    const warnings: string[] = [];
    const { index, temp } = await open(source, { idleMergeMs: 60_000, onWarning: (m) => warnings.push(m), workerUrl: FAILING_MERGES });
    source.failure = new Error('the store is locked');
    await index.update(source.change([makeDoc(6, { title: 'Volcano' })], [3]));
    await index.whenIdle();
    expect(warnings.join('\n')).toMatch(/could not read the archive to merge the search index \(the store is locked\)/);
    expect(ids(index.search('volcano'))).toEqual([6]);
    expect(ids(index.search('wheat'))).toEqual([]);
    expect(savedRevision(temp)).toBe(1);
    expect(index.status()).toMatchObject({ state: 'ready', revision: 2 });
  });

  it('close() lets a save in progress finish, then refuses further changes', async () => {
    const source = new DocSource(sampleDocs());
    const { index, temp } = await open(source, { mergeThreshold: 1 });
    await index.update(source.change([makeDoc(6, { title: 'Volcano' })]));
    await index.close();
    const saved = savedRevision(temp);
    expect([1, 2]).toContain(saved);
    await expect(index.update(source.change([makeDoc(7, { title: 'Glacier' })]))).rejects.toThrow(/closed/);
    expect(ids(index.search('volcano'))).toEqual([6]);
  });
});
