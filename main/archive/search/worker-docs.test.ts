import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ParsedClipping } from '../../../preload/api/index.ts';
import { ArchiveStore, DATABASE_FILE } from '../store/store.ts';
import { SearchIndex } from './index.ts';
import { readArchiveDocs } from './worker-docs.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function clipping(title: string, body: string[]): ParsedClipping {
  return {
    title,
    subtitle: 'A subtitle',
    authors: ['Jee Abbey Lee', 'Ann Other'],
    source: 'Voice of America',
    url: null,
    publishedAt: '2014-11-25',
    language: 'en',
    images: [{ caption: 'Lavrov welcomes Choe Ryong Hae.', credit: 'AP', src: null }],
    body,
    authorBio: { name: 'Jee Abbey Lee', text: 'Bio one.' },
  };
}

function makeStore(): { dir: string; store: ArchiveStore } {
  const dir = mkdtempSync(path.join(tmpdir(), 'clipdesk-worker-docs-'));
  dirs.push(dir);
  const store = ArchiveStore.open(dir);
  const original = (text: string) => ({ name: 'a.txt', sha256: text.padEnd(64, '0'), mediaType: 'text/plain', data: new TextEncoder().encode(text) });
  store.insert(clipping('Envoy sent to Russia', ['First paragraph.', 'Second with Jannuzi.']), original('a'), '2026-11-29T06:00:00.000Z', ['korea']);
  store.insert(clipping('Barley harvest', ['Wheat and barley.']), original('b'), '2026-11-29T06:00:00.000Z', ['farming', 'weather']);
  return { dir, store };
}

describe('reading the documents in the worker', () => {
  it('gives exactly what ArchiveStore.texts() gives, from a read-only connection', () => {
    const { dir, store } = makeStore();
    try {
      expect(readArchiveDocs(path.join(dir, DATABASE_FILE))).toEqual(store.texts());
    } finally {
      store.close();
    }
  });

  it('builds the index from the database file without calling loadDocs', async () => {
    const { dir, store } = makeStore();
    let loads = 0;
    const index = await SearchIndex.open({
      dir: path.join(dir, 'index'),
      revision: store.revision(),
      databaseFile: path.join(dir, DATABASE_FILE),
      loadDocs: () => {
        loads += 1;
        return store.texts();
      },
    });
    try {
      expect(loads).toBe(0);
      const outcome = index.search('barley');
      expect(outcome.ok && outcome.hits.map((hit) => hit.id)).toEqual([2]);
    } finally {
      await index.close();
      store.close();
    }
  });
});
