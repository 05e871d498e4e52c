/**
 * The bench's queries: drawn (seeded) from the archive's own text, so they hit what is there with
 * a realistic mix of common and rare words, in every Lunr form. The same queries go to every
 * engine; fts5Query gives SQLite FTS5 the equivalent of each.
 */
import { readArchiveDocs } from '../../main/archive/search/worker-docs.ts';
import { seededRandom } from '../../main/test-support/search-corpus.ts';
import { termOfToken } from '../../main/archive/search/text-analysis.ts';

export interface BenchQuery {
  /** Lunr syntax, for Clipdesk and stock Lunr. */
  lunr: string;
  /**
   * FTS5 MATCH syntax for the closest equivalent: the same set of matches (a boost only ranks, and
   * `+a b` matches what `a` does), prefixes as FTS5 prefixes. Null where FTS5 has none: fuzzy
   * terms (FTS5 has no edit distance, and SQLite's spellfix is not built into node:sqlite); such
   * queries are not run on FTS5 and not counted in the ratios.
   */
  fts5: string | null;
}

const WORD = /^\p{L}{4,}$/u;

export function makeQueries(databaseFile: string, count: number, seed: number): BenchQuery[] {
  const docs = readArchiveDocs(databaseFile);
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const word = (): string => {
    for (;;) {
      const doc = pick(docs);
      const text = random() < 0.2 ? doc.title : doc.body;
      const words = text.split(/[\s\p{P}]+/u).filter((w) => WORD.test(w) && termOfToken(w.toLowerCase()) !== null);
      if (words.length > 0) return pick(words).toLowerCase();
    }
  };
  const q = (l: string, f: string | null): BenchQuery => ({ lunr: l, fts5: f });
  const quote = (w: string): string => `"${w}"`;
  const forms: Array<[number, () => BenchQuery]> = [
    [40, () => { const a = word(); return q(a, quote(a)); }],
    [15, () => { const a = word(); const b = word(); return q(`${a} ${b}`, `${quote(a)} OR ${quote(b)}`); }],
    [8, () => { const a = word(); const b = word(); return q(`+${a} ${b}`, quote(a)); }],
    [7, () => { const a = word(); const b = word(); return q(`${a} -${b}`, `${quote(a)} NOT ${quote(b)}`); }],
    [8, () => { const a = word(); return q(`title:${a}`, `title : ${quote(a)}`); }],
    [8, () => { const a = word().slice(0, 4); return q(`${a}*`, `${quote(a)} *`); }],
    [6, () => { const a = word(); return q(`${a}~1`, null); }],
    [8, () => { const a = word(); const b = word(); return q(`${a}^5 ${b}`, `${quote(a)} OR ${quote(b)}`); }],
  ];
  const total = forms.reduce((sum, [weight]) => sum + weight, 0);
  const queries: BenchQuery[] = [];
  for (let i = 0; i < count; i += 1) {
    let r = random() * total;
    const form = forms.find(([weight]) => (r -= weight) < 0) ?? forms[0];
    queries.push((form as [number, () => BenchQuery])[1]());
  }
  return queries;
}
