import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive, generateClippings } from '../../generate/index.ts';
import { ArchiveStore } from './store.ts';
import type { StoreFilter } from './search-tables.ts';

const COUNT = 400;
const generated = [...generateClippings(COUNT, 12)];
const dir = mkdtempSync(path.join(tmpdir(), 'clipdesk-tables-'));
let store: ArchiveStore;
beforeAll(async () => {
  await generateArchive(dir, { count: COUNT, seed: 12 });
  store = ArchiveStore.open(dir);
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const sorted = (ids: number[]): number[] => [...ids].sort((a, b) => a - b);
const expected = (keep: (c: (typeof generated)[number]) => boolean): number[] => generated.flatMap((c, i) => (keep(c) ? [i + 1] : []));
const notEnglish: StoreFilter = { kind: 'lang', values: ['en'], negated: true };
const korea: StoreFilter = { kind: 'tag', values: ['korea'], negated: false };
const underKorea = (c: (typeof generated)[number]): boolean => c.tags.some((t) => t === 'korea' || t.startsWith('korea/'));

describe('SearchTables filters', () => {
  it('takes unwanted filters away from where it starts, or from every clipping', () => {
    const tables = store.searchTables();
    const all = Array.from({ length: COUNT }, (_, i) => i + 1);
    expect(sorted(tables.filteredIds([notEnglish], () => all))).toEqual(expected((c) => c.language !== 'en'));
    expect(sorted(tables.filteredIds([notEnglish]))).toEqual(expected((c) => c.language !== 'en'));
    expect(sorted(tables.filteredIds([korea, notEnglish], () => all))).toEqual(expected((c) => underKorea(c) && c.language !== 'en'));
    expect(sorted(tables.filteredIds([{ ...korea, negated: true }, { kind: 'date', from: '2010', to: '2015', negated: true }]))).toEqual(
      expected((c) => !underKorea(c) && !(c.publishedAt! >= '2010' && c.publishedAt! <= '2015~')),
    );
  });

  it('keeps the candidates in their order, joined in SQL or by a set, the same either way', () => {
    const tables = store.searchTables();
    // Reversed, repeated past the join threshold: the set path; the first few: the join path.
    const many = Array.from({ length: 6000 }, (_, i) => COUNT - (i % COUNT));
    const few = many.slice(0, 50);
    for (const filters of [[notEnglish], [korea], [korea, notEnglish]]) {
      const allowed = new Set(tables.filteredIds(filters));
      expect(tables.filterCandidates(many, filters)).toEqual(many.filter((id) => allowed.has(id)));
      expect(tables.filterCandidates(few, filters)).toEqual(few.filter((id) => allowed.has(id)));
    }
  });
});
