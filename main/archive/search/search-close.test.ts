import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchIndex } from './index.ts';
import { beginWrite, endWrite, makePersistGate, reopenGate, tryCloseGate } from './persist-gate.ts';
import { DocSource, makeDoc, makeTempDir, readSavedHeader } from '../../test-support/search-fixtures.ts';

function manyDocs(count: number): ReturnType<typeof makeDoc>[] {
  return Array.from({ length: count }, (_, i) =>
    makeDoc(i + 1, { title: `Clipping ${i + 1}`, body: Array.from({ length: 120 }, (_, k) => `word${(i * 31 + k * 17) % 3000}`).join(' ') }));
}

describe('closing the search index', () => {
  it('leaves a whole index.bin and no temporary file, whenever close() comes during a merge', async () => {
    for (const delayMs of [0, 5, 30]) {
      const temp = makeTempDir();
      try {
        const source = new DocSource(manyDocs(300));
        const index = await SearchIndex.open({ dir: temp.indexDir, revision: source.revision, loadDocs: source.loadDocs, mergeThreshold: 1 });
        await index.update(source.change([makeDoc(1000, { title: 'Late arrival' })]));
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        await index.close();
        expect(readdirSync(temp.indexDir)).toEqual(['index.bin']);
        const saved = readSavedHeader(path.join(temp.indexDir, 'index.bin'));
        expect([{ revision: 1, docCount: 300 }, { revision: 2, docCount: 301 }]).toContainEqual({ revision: saved.revision, docCount: saved.docCount });
      } finally {
        temp.remove();
      }
    }
  });

  it('lets a write that has begun finish before the worker is ended', async () => {
    const temp = makeTempDir();
    try {
      const source = new DocSource(manyDocs(1500));
      const workerUrl = new URL('../../test-support/slow-disk-worker.ts', import.meta.url);
      const index = await SearchIndex.open({ dir: temp.indexDir, revision: source.revision, loadDocs: source.loadDocs, mergeThreshold: 1, workerUrl });
      await index.update(source.change([makeDoc(5000, { title: 'Late arrival' })]));
      // Catch the worker with its temporary file open, then close at once.
      const deadline = Date.now() + 30_000;
      while (!readdirSync(temp.indexDir).some((name) => name.endsWith('.tmp'))) {
        if (Date.now() > deadline) throw new Error('the merge never began writing');
        await new Promise((resolve) => setImmediate(resolve));
      }
      await index.close();
      expect(readdirSync(temp.indexDir)).toEqual(['index.bin']);
      const saved = readSavedHeader(path.join(temp.indexDir, 'index.bin'));
      expect({ revision: saved.revision, docCount: saved.docCount }).toEqual({ revision: 2, docCount: 1501 });
    } finally {
      temp.remove();
    }
  });

  it('removes temporary files a crash left behind, but not one another process may be writing', async () => {
    const temp = makeTempDir();
    try {
      const source = new DocSource(manyDocs(3));
      await (await SearchIndex.open({ dir: temp.indexDir, revision: 1, loadDocs: source.loadDocs })).close();
      const stale = path.join(temp.indexDir, 'index.bin.999.1.tmp');
      const fresh = path.join(temp.indexDir, 'index.bin.998.2.tmp');
      writeFileSync(stale, '{"torn');
      writeFileSync(fresh, '{"being written');
      const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
      utimesSync(stale, hourAgo, hourAgo);
      const index = await SearchIndex.open({ dir: temp.indexDir, revision: 1, loadDocs: source.loadDocs });
      await index.close();
      expect(readdirSync(temp.indexDir).sort()).toEqual(['index.bin', 'index.bin.998.2.tmp']);
    } finally {
      temp.remove();
    }
  });
});

describe('the persist gate', () => {
  it('lets a write or a close through, never both', () => {
    const gate = makePersistGate();
    expect(beginWrite(gate)).toBe(true);
    expect(tryCloseGate(gate)).toBe(false);
    endWrite(gate);
    expect(tryCloseGate(gate)).toBe(true);
    expect(tryCloseGate(gate)).toBe(true);
    expect(beginWrite(gate)).toBe(false);
    reopenGate(gate);
    expect(beginWrite(gate)).toBe(true);
  });
});
