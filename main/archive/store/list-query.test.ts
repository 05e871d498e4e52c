import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ListFilters, ParsedClipping, SortOrder } from '../../../preload/api/index.ts';
import { listFilter, monthHistogram, orderBy } from './list-query.ts';
import { countListed, ListSets } from './list-set.ts';
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
  ['tag and language, imported', { tag: 'korea', language: 'EN' }, 'imported'],
  ['author, by title', { author: 'anna park' }, 'title'],
  ['source and dates, by published', { source: 'nk news', from: '2011', to: '2013-05' }, 'published'],
  ['tag and date from, by source', { tags: ['korea/north'], from: '2012' }, 'source'],
  ['language and dates, by title', { language: 'en', from: '2011', to: '2014' }, 'title'],
  ['dates alone, imported', { to: '2012-06' }, 'imported'],
  ['author and tag and language, published', { author: 'Anna Park', tags: ['korea'], language: 'ko' }, 'published'],
];

/** The view as one plain query over every clipping: what the sets must agree with. */
function reference(filters: ListFilters, sort: SortOrder): number[] {
  const f = listFilter(filters);
  return store.read((db) => (db.prepare(`SELECT c.id FROM clippings c ${f.where} ORDER BY ${orderBy(sort)}`).all(...f.params) as { id: number }[]).map((r) => r.id));
}

describe('list queries', () => {
  it.each(CASES)('%s: every page and the count as the plain query has them, walked along the order or sorted', (_name, filters, sort) => {
    const all = reference(filters, sort);
    expect(all.length).toBeGreaterThan(2);
    expect(all.some((id) => [1, 2, 3].includes(id))).toBe(false);
    for (const how of ['walk', 'sort'] as const) {
      const sets = store.read((db) => new ListSets(db));
      for (const offset of [0, 2, all.length - 1, all.length + 5]) {
        const page = sets.page(store.revision(), filters, sort, 5, offset, how);
        expect(page.total).toBe(all.length);
        expect(page.ids).toEqual(all.slice(offset, offset + 5));
      }
    }
    expect(store.list({ ...filters, sort, offset: 1, limit: 3 }).items.map((i) => i.id)).toEqual(all.slice(1, 4));
    expect(store.read((db) => countListed(db, filters))).toBe(all.length);
    expect(store.listIds({ ...filters, sort }, 1000)).toEqual(all);
  });

  it('lists and counts the whole library without a set, less the Trash', () => {
    expect(store.list({ sort: 'title', limit: 1000 }).items.map((i) => i.id)).toEqual(reference({}, 'title'));
    expect(store.list({ limit: 1 }).total).toBe(57);
    expect(store.read((db) => countListed(db, {}))).toBe(57);
  });

  it('counts the months of live clippings, with and without filters', () => {
    const months = store.read((db) => monthHistogram(db, {}));
    expect(months.reduce((n, m) => n + m.count, 0)).toBe(store.read((db) => db.prepare("SELECT count(*) AS n FROM clippings WHERE trashed_at IS NULL AND published_at IS NOT NULL").get() as { n: number }).n);
    const en = store.read((db) => monthHistogram(db, { language: 'en', from: '2019' }));
    expect(en.reduce((n, m) => n + m.count, 0)).toBe(store.list({ language: 'en', limit: 1 }).total - store.list({ language: 'en', limit: 1000 }).items.filter((i) => !i.publishedAt).length);
    const anna = store.read((db) => monthHistogram(db, { author: 'Anna Park' }));
    expect(anna.reduce((n, m) => n + m.count, 0)).toBe(store.list({ author: 'Anna Park', limit: 1000 }).items.filter((i) => i.publishedAt).length);
  });

  it('keeps a view\'s set until the store revision moves, and more views than it keeps stay right', () => {
    const before = store.list({ tags: ['korea'] }).total;
    store.transaction((db) => moveToTrash(db, [4], '2026-11-29T07:00:00.000Z'));
    expect(store.list({ tags: ['korea'] }).total).toBe(before - 1);
    store.setTags(5, ['korea/north', 'fresh']);
    expect(store.list({ tags: ['fresh'] }).items.map((i) => i.id)).toEqual([5]);
    for (let round = 0; round < 2; round++) {
      for (const [, filters, sort] of CASES) expect(store.list({ ...filters, sort, limit: 1000 }).items.map((i) => i.id)).toEqual(reference(filters, sort));
    }
    const temp = store.read((db) => db.prepare("SELECT count(*) AS n FROM temp.sqlite_master WHERE type = 'table'").get() as { n: number });
    expect(temp.n).toBeLessThanOrEqual(4);
  });
});
