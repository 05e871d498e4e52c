import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ListFilters, ParsedClipping, SortOrder } from '../../../preload/api.ts';
import { CountCache, countListed, listedIds, monthHistogram } from './list-query.ts';
import { ArchiveStore } from './store.ts';
import { moveToTrash } from './trash.ts';

let dir: string;
let store: ArchiveStore;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'clipdesk-list-'));
  store = ArchiveStore.open(dir);
  const sources = ['Voice of America', 'NK News', null];
  for (let n = 0; n < 60; n++) {
    const parsed: ParsedClipping = {
      title: `${String.fromCharCode(65 + ((n * 7) % 26))} clipping ${n}`,
      subtitle: null,
      authors: n % 4 === 0 ? ['Anna Park'] : [],
      source: sources[n % 3]!,
      url: null,
      publishedAt: n % 10 === 0 ? null : `201${n % 5}-0${1 + (n % 9)}-1${n % 10}`,
      language: n % 2 ? 'en' : 'ko',
      images: [],
      body: [`Body ${n}.`],
      authorBio: null,
    };
    const tags = [n % 2 ? 'korea/north' : 'korea/south', ...(n % 5 === 0 ? ['japan'] : [])];
    store.insert(parsed, { name: `${n}.txt`, sha256: String(n).padStart(64, '0'), mediaType: 'text/plain', data: new Uint8Array([n]) }, `2026-01-01T00:00:${String(n).padStart(2, '0')}.000Z`, tags);
  }
  store.transaction((db) => moveToTrash(db, [1, 2, 3], '2026-11-29T07:00:00.000Z'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const CASES: [string, ListFilters, SortOrder][] = [
  ['parent tag by title', { tags: ['korea'] }, 'title'],
  ['two tags, any, by source', { tags: ['korea/north', 'japan'], tagMatch: 'any' }, 'source'],
  ['two tags, all, by published', { tags: ['korea/south', 'japan'] }, 'published'],
  ['tag and language, imported', { tag: 'korea', language: 'en' }, 'imported'],
];

describe('list queries', () => {
  it.each(CASES)('%s: the same rows whether the tag set is looked up or probed along the order', (_name, filters, sort) => {
    const looked = store.read((db) => listedIds(db, filters, sort, 25, 2, 0));
    const probed = store.read((db) => listedIds(db, filters, sort, 25, 2, 1_000_000));
    expect(probed).toEqual(looked);
    expect(looked.length).toBeGreaterThan(0);
    expect(looked.some((id) => [1, 2, 3].includes(id))).toBe(false);
  });

  it('counts tags alone on their links, less the Trash, as the general count does', () => {
    for (const [, filters] of CASES) {
      const general = store.read((db) => db.prepare('SELECT count(*) AS n FROM clippings c WHERE c.trashed_at IS NULL').get()) as { n: number };
      expect(general.n).toBe(57);
      const all = store.read((db) => listedIds(db, filters, 'imported', 1000, 0, 0)).length;
      expect(store.read((db) => countListed(db, filters))).toBe(all);
    }
  });

  it('counts the months of live clippings, with and without filters', () => {
    const months = store.read((db) => monthHistogram(db, {}));
    expect(months.reduce((n, m) => n + m.count, 0)).toBe(store.read((db) => db.prepare("SELECT count(*) AS n FROM clippings WHERE trashed_at IS NULL AND published_at IS NOT NULL").get() as { n: number }).n);
    const en = store.read((db) => monthHistogram(db, { language: 'en', from: '2019' }));
    expect(en.reduce((n, m) => n + m.count, 0)).toBe(store.list({ language: 'en', limit: 1 }).total - store.list({ language: 'en', limit: 1000 }).items.filter((i) => !i.publishedAt).length);
  });

  it('keeps a count for its filters until the store revision moves', () => {
    const cache = new CountCache();
    let computed = 0;
    const count = (revision: number, filters: ListFilters): number => cache.get(revision, filters, () => ++computed);
    expect(count(1, { tags: ['a'] })).toBe(1);
    expect(count(1, { tags: ['a'], sort: 'title', offset: 100 } as ListFilters)).toBe(1);
    expect(count(1, { tags: ['b'] })).toBe(2);
    expect(count(2, { tags: ['a'] })).toBe(3);
    const before = store.list({ tags: ['korea'] }).total;
    store.transaction((db) => moveToTrash(db, [4], '2026-11-29T07:00:00.000Z'));
    expect(store.list({ tags: ['korea'] }).total).toBe(before - 1);
  });
});
