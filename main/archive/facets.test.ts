import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FacetCache } from './facet-cache.ts';
import { generateArchive, generateClippings } from '../generate/index.ts';
import { ArchiveStore } from './store/store.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'clipdesk-facets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parsed = { title: 'Extra', subtitle: null, authors: ['Zed Writer'], source: 'Zed Gazette', url: null, publishedAt: '1999-05-01', language: 'xx', images: [], body: ['A body.'], authorBio: null };
const original = (n: number) => ({ name: `x${n}.txt`, sha256: `${n}`.padStart(64, '0'), mediaType: 'text/plain', data: new Uint8Array([n]) });

describe('FacetCache', () => {
  it('counts facets as the store holds them, following imports (appended), re-tagging (tag column read again) and corrections (reloaded)', async () => {
    await generateArchive(dir, { count: 300, seed: 2 });
    const generated = [...generateClippings(300, 2)];
    const store = ArchiveStore.open(dir);
    try {
      const cache = new FacetCache(store.searchTables());
      const all = Array.from({ length: 400 }, (_, i) => i + 1);
      const first = cache.current().count(all);
      expect(first.languages.find((l) => l.value === 'en')?.count).toBe(generated.filter((c) => c.language === 'en').length);
      const table = cache.current();

      const id = store.insert(parsed, original(1), '2026-01-01T00:00:00Z', ['zed/tag']);
      const afterImport = cache.current();
      expect(afterImport).toBe(table); // appended in place, not reloaded
      const only = afterImport.count([id]);
      expect(only).toEqual({
        tags: [{ value: 'zed/tag', count: 1 }],
        sources: [{ value: 'Zed Gazette', count: 1 }],
        authors: [{ value: 'Zed Writer', count: 1 }],
        years: [{ value: '1999', count: 1 }],
        languages: [{ value: 'xx', count: 1 }],
      });

      const sourceOfOne = afterImport.count([1]).sources;
      store.setTags(1, ['zed/other']);
      const afterRetag = cache.current();
      expect(afterRetag).toBe(table); // only tags changed: the tag column is read again, in place
      expect(afterRetag.count([1]).tags).toEqual([{ value: 'zed/other', count: 1 }]);
      expect(afterRetag.count([1]).sources).toEqual(sourceOfOne);
      expect(afterRetag.count([id]).tags).toEqual([{ value: 'zed/tag', count: 1 }]);

      // A source corrected in place (no count changes): the table is read again.
      const { DatabaseSync } = await import('node:sqlite');
      const db = new DatabaseSync(path.join(dir, 'archive.sqlite'));
      db.exec("UPDATE clippings SET source = 'Corrected Courier' WHERE id = 1; UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'");
      db.close();
      const afterCorrection = cache.current();
      expect(afterCorrection).not.toBe(table);
      expect(afterCorrection.count([1]).sources).toEqual([{ value: 'Corrected Courier', count: 1 }]);
    } finally {
      store.close();
    }
  });
});

describe('FacetCache after a tag is renamed in place', () => {
  it('reloads, so the facet shows the new name', async () => {
    const renameDir = mkdtempSync(path.join(tmpdir(), 'clipdesk-facets-rename-'));
    try {
      await generateArchive(renameDir, { count: 40, seed: 3 });
      const store = ArchiveStore.open(renameDir);
      try {
        const cache = new FacetCache(store.searchTables());
        store.setTags(1, ['Alpha']);
        expect(cache.current().count([1]).tags).toEqual([{ value: 'Alpha', count: 1 }]);
        // A case-only rename updates the name in place (as the organiser's rename may).
        const { DatabaseSync } = await import('node:sqlite');
        const db = new DatabaseSync(path.join(renameDir, 'archive.sqlite'));
        db.exec("UPDATE tags SET name = 'ALPHA' WHERE name = 'Alpha'; UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'");
        db.close();
        expect(cache.current().count([1]).tags).toEqual([{ value: 'ALPHA', count: 1 }]);
      } finally {
        store.close();
      }
    } finally {
      rmSync(renameDir, { recursive: true, force: true });
    }
  });
});
