/**
 * Search through the archive service on a real generated archive: the query language's filters
 * against what the generator is known to have written, phrases, facets, near-duplicate groups,
 * more like this, and malformed queries answered with a note.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { okValue } from '../test-support/temp-archive.ts';
import type { SearchQuery, SearchResults } from '../../preload/api/index.ts';
import { openArchive, type Archive } from './archive.ts';
import { type PdfEngine } from './export/index.ts';
import { createChromiumPdfEngine } from '../chromium/pdf-engine.ts';
import { generateArchive, generateClippings, type GeneratedClipping } from '../generate/index.ts';
import { SAMPLE_FILE } from './location.ts';

const COUNT = 1200;
const SEED = 21;
const generated: GeneratedClipping[] = [...generateClippings(COUNT, SEED)];
/** Clippings are stored in generation order, so clipping i has id i + 1. */
const idOf = (c: GeneratedClipping): number => generated.indexOf(c) + 1;

let dir: string;
let archive: Archive;
let pdfEngine: PdfEngine;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'clipdesk-searching-'));
  await generateArchive(dir, { count: COUNT, seed: SEED });
  pdfEngine = createChromiumPdfEngine();
  archive = await openArchive(dir, { pdfEngine, host: 'browser', sampleFile: SAMPLE_FILE });
}, 120_000);

afterAll(async () => {
  await archive?.close();
  await pdfEngine?.close();
  rmSync(dir, { recursive: true, force: true });
});

const value = okValue;
/** Every hit's id, ungrouped. */
async function allIds(text: string, extra: Partial<SearchQuery> = {}): Promise<number[]> {
  const ids: number[] = [];
  for (let offset = 0; ; offset += 500) {
    const results = value(await archive.search({ text, offset, limit: 500, group: false, ...extra }));
    ids.push(...results.hits.map((h) => h.id));
    if (offset + 500 >= results.total) return ids;
  }
}
const sorted = (ids: number[]): number[] => [...ids].sort((a, b) => a - b);
const expectedIds = (keep: (c: GeneratedClipping) => boolean): number[] => generated.filter(keep).map(idOf);

describe('filters, answered by the store', () => {
  it('tag: takes a tag and every tag below it; -tag: leaves them out', async () => {
    const underKorea = (c: GeneratedClipping): boolean => c.tags.some((t) => t === 'korea' || t.startsWith('korea/'));
    const ids = await allIds('tag:korea');
    expect(ids.length).toBeGreaterThan(50);
    expect(sorted(ids)).toEqual(expectedIds(underKorea));
    expect(sorted(await allIds('tag:korea/north'))).toEqual(expectedIds((c) => c.tags.includes('korea/north')));
    const notKorea = await allIds('-tag:korea lang:en');
    expect(sorted(notKorea)).toEqual(expectedIds((c) => !underKorea(c) && c.language === 'en'));
  });

  it('source:, author:, lang: and dates select exactly what the generator wrote', async () => {
    expect(sorted(await allIds('source:"The Guardian"'))).toEqual(expectedIds((c) => c.source === 'The Guardian'));
    expect(sorted(await allIds('source:guardian'))).toEqual(expectedIds((c) => c.source === 'The Guardian'));
    expect(sorted(await allIds('lang:ko'))).toEqual(expectedIds((c) => c.language === 'ko'));
    expect(sorted(await allIds('-lang:en -lang:ko'))).toEqual(expectedIds((c) => c.language !== 'en' && c.language !== 'ko'));
    const author = generated.find((c) => c.authors.length === 1 && c.language === 'en')!.authors[0]!;
    expect(sorted(await allIds(`author:"${author}"`))).toEqual(expectedIds((c) => c.authors.some((a) => a.toLowerCase() === author.toLowerCase())));
    const inRange = (c: GeneratedClipping): boolean => c.publishedAt! >= '2019-01' && c.publishedAt! <= '2020-06-30';
    expect(sorted(await allIds('after:2019-01 before:2020-06-30'))).toEqual(expectedIds(inRange));
    expect(sorted(await allIds('date:2012'))).toEqual(expectedIds((c) => c.publishedAt!.startsWith('2012')));
    expect(sorted(await allIds('-date:2007..2024 lang:en'))).toEqual(expectedIds((c) => c.language === 'en' && (c.publishedAt! < '2007' || c.publishedAt! > '2024~')));
  });

  it('takes comma-separated alternatives: tag:a,b is either tag', async () => {
    expect(sorted(await allIds('tag:japan,russia'))).toEqual(expectedIds((c) => c.tags.includes('japan') || c.tags.includes('russia')));
    expect(sorted(await allIds('lang:en source:guardian,"le monde"'))).toEqual(expectedIds((c) => c.language === 'en' && (c.source === 'The Guardian' || c.source === 'Le Monde')));
  });

  it('lists a query of filters only newest first', async () => {
    const hits = value(await archive.search({ text: 'tag:energy/oil', limit: 200, group: false })).hits;
    const dates = hits.map((h) => h.publishedAt!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('intersects filters with Lunr text', async () => {
    const ids = await allIds('crude tag:energy');
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(generated[id - 1]!.tags.some((t) => t.startsWith('energy'))).toBe(true);
    const unfiltered = await allIds('crude');
    expect(unfiltered.length).toBeGreaterThan(ids.length);
  });

  it('says so when no source has the name given', async () => {
    const results = value(await archive.search({ text: 'crude source:"Daily Planet"' }));
    expect(results.total).toBe(0);
    expect(results.note).toContain('Daily Planet');
  });
});

describe('phrases', () => {
  it('finds the clippings holding the exact words in order, and leaves out those that do not', async () => {
    const target = generated.find((c) => c.language === 'en' && c.wireStory === null)!;
    const words = target.body[1]!.split(' ').slice(3, 7).join(' ');
    const ids = await allIds(`"${words}"`);
    expect(ids).toContain(idOf(target));
    const form = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');
    for (const id of ids) {
      const c = generated[id - 1]!;
      expect(form([c.title, c.subtitle, ...c.images.map((i) => `${i.credit ?? ''} ${i.caption}`), ...c.body, c.authorBio?.text ?? ''].join('\n'))).toContain(form(words).trim());
    }
    const tag = target.tags[0]!;
    const withTag = await allIds(`tag:${tag}`);
    const without = await allIds(`tag:${tag} -"${words}"`);
    expect(withTag).toContain(idOf(target));
    expect(without).not.toContain(idOf(target));
    expect(without.length).toBe(withTag.length - withTag.filter((id) => ids.includes(id)).length);
  });

});

describe('phrases in other scripts', () => {
  it('finds Korean, Chinese, Japanese and Russian phrases in exactly the clippings that hold them', async () => {
    const holding = (phrase: string) => (c: GeneratedClipping): boolean => [c.title, ...c.body, ...c.images.map((i) => i.caption)].some((t) => t.includes(phrase));
    for (const phrase of ['탄도미사일을 발사했다고', '上海港的集装箱吞吐量', '日本銀行は金融政策', 'Центральный банк России']) {
      const want = expectedIds(holding(phrase));
      expect(want.length, phrase).toBeGreaterThan(0);
      expect(sorted(await allIds(`"${phrase}"`)), phrase).toEqual(want);
    }
  });
});

describe('facets and near-duplicates', () => {
  it('counts the whole result set, not only the page', async () => {
    const results = value(await archive.search({ text: 'tag:korea', limit: 5, group: false }));
    const matched = generated.filter((c) => c.tags.some((t) => t === 'korea' || t.startsWith('korea/')));
    expect(results.hits).toHaveLength(5);
    const facets = results.facets!;
    const langCount = (code: string): number => matched.filter((c) => c.language === code).length;
    for (const f of facets.languages) expect(f.count).toBe(langCount(f.value));
    expect(facets.years.reduce((n, f) => n + f.count, 0)).toBe(matched.length);
    expect(facets.years.map((f) => f.value)).toEqual([...facets.years.map((f) => f.value)].sort().reverse());
    const top = facets.sources[0]!;
    expect(top.count).toBe(matched.filter((c) => c.source === top.value).length);
    const topTag = facets.tags[0]!;
    expect(topTag.count).toBe(matched.filter((c) => c.tags.includes(topTag.value)).length);
    const topAuthor = facets.authors[0]!;
    expect(topAuthor.count).toBe(matched.filter((c) => c.authors.includes(topAuthor.value)).length);
  });

  it('shows a wire story run by several outlets as one result, "also in" the others', async () => {
    const stories = new Map<number, GeneratedClipping[]>();
    for (const c of generated) if (c.wireStory !== null) stories.set(c.wireStory, [...(stories.get(c.wireStory) ?? []), c]);
    const group = [...stories.values()].sort((a, b) => b.length - a.length)[0]!;
    expect(group.length).toBeGreaterThan(2);
    const lead = group[0]!.body[0]!.split(' ').slice(0, 6).join(' ');
    const grouped = value(await archive.search({ text: `"${lead}"` }));
    const hit = grouped.hits.find((h) => group.map(idOf).includes(h.id))!;
    expect(hit.duplicates?.map((d) => d.id).sort((a, b) => a - b)).toEqual(group.map(idOf).filter((id) => id !== hit.id).sort((a, b) => a - b));
    expect(new Set(hit.duplicates!.map((d) => d.source)).size).toBe(group.length - 1);
    expect(grouped.clippings).toBe(grouped.total + group.length - 1);
    const flat = value(await archive.search({ text: `"${lead}"`, group: false }));
    expect(flat.total).toBe(grouped.total + group.length - 1);
  });
});

describe('more like this', () => {
  it('finds clippings on the same topic, never the clipping itself', async () => {
    const source = generated.find((c) => c.language === 'en' && c.wireStory === null && c.tags.length === 1 && c.tags[0] === 'energy/oil')!;
    const results = value(await archive.moreLikeThis(idOf(source), { limit: 10 }));
    expect(results.hits.length).toBeGreaterThan(5);
    expect(results.hits.map((h) => h.id)).not.toContain(idOf(source));
    const sameTopic = results.hits.filter((h) => h.tags.some((t) => t.startsWith('energy'))).length;
    expect(sameTopic).toBeGreaterThanOrEqual(6);
  });

  it('is also a query, like:ID, that combines with filters', async () => {
    const source = generated.find((c) => c.language === 'en' && c.wireStory === null && c.tags[0] === 'korea/north')!;
    const results = value(await archive.search({ text: `like:${idOf(source)} after:2015`, limit: 20, group: false }));
    expect(results.total).toBeGreaterThan(3);
    for (const hit of results.hits) {
      expect(hit.id).not.toBe(idOf(source));
      expect(hit.publishedAt! >= '2015').toBe(true);
    }
    expect(value(await archive.search({ text: `like:${COUNT + 99}` })).note).toMatch(/no clipping/);
  });

  it('says when there is no such clipping', async () => {
    const result = await archive.moreLikeThis(COUNT + 50);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('not-found');
  });
});

describe('matches (for a dossier made from a search)', () => {
  it('gives every clipping found, ungrouped, with the terms each matched', async () => {
    const { ArchiveSearch } = await import('./searching.ts');
    const { ArchiveStore } = await import('./store/store.ts');
    // Through the service: the same answer as a search without grouping, ids and order alike.
    const viaSearch = await allIds('crude tag:energy');
    const store = ArchiveStore.open(dir);
    try {
      // The archive's own index (private to the service; a dossier's export context holds it).
      const index = (archive as unknown as { index: ConstructorParameters<typeof ArchiveSearch>[1] }).index;
      const found = new ArchiveSearch(store, index).matches('crude tag:energy');
      expect(found.hits.map((h) => h.id)).toEqual(viaSearch);
      expect(found.hits.every((h) => h.terms.includes('crude'))).toBe(true);
      expect(new ArchiveSearch(store, index).matches('title:').said.note).toMatch(/title:word/);
    } finally {
      store.close();
    }
  });
});

describe('malformed queries', () => {
  it('answers "title:" by searching the word, with a note, never an error', async () => {
    const results: SearchResults = value(await archive.search({ text: 'title:' }));
    expect(results.note).toMatch(/title:word/);
    expect(results.interpretedAs).toBe('title');
  });

  it('never fails, whatever is typed (fast-check)', async () => {
    const piece = fc.constantFrom('"', ':', '-', '+', '~', '^', '*', 'tag:', 'date:', '..', 'title:', 'source:"', ' ', 'crude', 'lang:', '한국');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 8 }), async (parts) => {
        const result = await archive.search({ text: parts.join('') });
        expect(result.ok).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
