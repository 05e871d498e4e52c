/**
 * The compact index against stock Lunr with lunr-languages, beyond English.
 *
 * 1. One language at a time, exactly: an archive of French (German, Spanish, Russian) clippings
 *    answers every query form with the hits, order, scores (1e-6) and matched terms of a stock
 *    lunr.Index built with that language's lunr-languages plugin (its trimmer, stop words and
 *    Snowball stemmer), on real sentences in that language.
 *
 * 2. Several languages in one archive: the deviation from lunr-languages' multi-language pipeline,
 *    on purpose, and what Clipdesk does instead. `lunr.multiLanguage('en', 'fr', …)` runs every
 *    word of every document through every language's trimmer, stop words and stemmer in a chain
 *    (a French word is English-stemmed, then French-stemmed, then German-stemmed…). Clipdesk reads
 *    each clipping in its own language only, and a query word in every indexed language. So a
 *    word query finds, in each language, exactly what a stock Lunr index of that language's
 *    clippings finds, plus a clipping only where another language's reading of the query word is a
 *    word of that clipping (checked here for each such hit); and the chained pipeline answers
 *    differently (shown here: it is not the reference Clipdesk follows).
 */
import lunr from 'lunr';
import multi from 'lunr-languages/lunr.multi.js';
import { describe, expect, it } from 'vitest';
import { FOREIGN_LANGUAGES } from '../../generate/languages.ts';
import { compare, stockAnswer, type Answer } from '../../test-support/lunr-compare.ts';
import { generateCorpus, seededRandom } from '../../test-support/search-corpus.ts';
import { buildCompactIndex } from './compact-builder.ts';
import { searchCompact } from './compact-search.ts';
import { analyzerFor } from './languages.ts';
import { FIELD_BOOSTS, INDEX_FIELDS, type IndexDoc } from './lunr-index.ts';

const LANGUAGES = ['fr', 'de', 'es', 'ru'] as const;
type Plugin = (this: lunr.Builder) => void;
const pluginOf = (code: string): Plugin => {
  analyzerFor(code); // loads lunr-languages' plugin for the code onto lunr
  return (lunr as unknown as Record<string, Plugin>)[code] as Plugin;
};

/** Clippings of real sentences in one language; words of another script or with digits left out. */
function languageDocs(code: string, count: number, firstId: number, seed: number): IndexDoc[] {
  const text = FOREIGN_LANGUAGES.find((l) => l.code === code)!;
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const ownScript = (sentence: string): boolean => !/\d/.test(sentence) && (code !== 'ru' || !/[A-Za-z]/.test(sentence));
  const sentences = text.sentences.filter(ownScript);
  return Array.from({ length: count }, (_, i) => ({
    id: firstId + i,
    title: pick(text.titles.filter(ownScript)),
    authors: '',
    source: '',
    tags: '',
    captions: random() < 0.3 ? pick(sentences) : '',
    body: Array.from({ length: 2 + Math.floor(random() * 5) }, () => pick(sentences)).join(' '),
    bio: '',
    language: code,
  }));
}

function stockIndex(docs: readonly IndexDoc[], use: (builder: lunr.Builder) => void): lunr.Index {
  const builder = new lunr.Builder();
  use(builder);
  builder.ref('id');
  for (const field of INDEX_FIELDS) builder.field(field, { boost: FIELD_BOOSTS[field] });
  for (const doc of docs) builder.add({ ...doc, id: String(doc.id) });
  return builder.build();
}

function ourAnswer(docs: readonly IndexDoc[]): (query: string) => Answer {
  const index = buildCompactIndex(docs);
  const segment = { index, dead: null, liveCount: index.docCount, liveLengthSums: index.fieldLengthSums(null) };
  return (query) => {
    try {
      return { hits: searchCompact([segment], query) };
    } catch (error) {
      return { error: (error as Error).name };
    }
  };
}

/** The words of the docs, lowercased, as a person would type them. */
function wordsOf(docs: readonly IndexDoc[]): string[] {
  const words = new Set<string>();
  for (const doc of docs) for (const word of `${doc.title} ${doc.body}`.toLowerCase().split(/[\s\p{P}]+/u)) if (word.length >= 4) words.add(word);
  return [...words].sort();
}

function queriesOf(words: readonly string[], seed: number): string[] {
  const random = seededRandom(seed);
  const w = (): string => words[Math.floor(random() * words.length)] as string;
  return [
    ...words.slice(0, 60),
    ...Array.from({ length: 20 }, () => `${w()} ${w()}`),
    ...Array.from({ length: 15 }, () => `+${w()} ${w()}`),
    ...Array.from({ length: 15 }, () => `${w()} -${w()}`),
    ...Array.from({ length: 15 }, () => `title:${w()}`),
    ...Array.from({ length: 15 }, () => `${w().slice(0, 4)}*`),
    ...Array.from({ length: 15 }, () => `${w()}~1`),
    ...Array.from({ length: 10 }, () => `${w()}^4 ${w()}`),
  ];
}

describe('one language at a time, against stock Lunr with its lunr-languages plugin', () => {
  it.each(LANGUAGES)('%s: the same hits, order, scores and matched terms for every query form', (code) => {
    const docs = languageDocs(code, 300, 1, 7);
    const stock = stockIndex(docs, (builder) => builder.use(pluginOf(code)));
    const ours = ourAnswer(docs);
    const problems: string[] = [];
    let withHits = 0;
    for (const query of queriesOf(wordsOf(docs), 11)) {
      const expected = stockAnswer(stock, query);
      if ('hits' in expected && expected.hits.length > 0) withHits += 1;
      problems.push(...compare(query, expected, ours(query)));
    }
    expect(problems).toEqual([]);
    expect(withHits).toBeGreaterThan(100);
  });
});

describe('several languages in one archive', () => {
  const english = generateCorpus(300, 3).docs.map((doc) => ({ ...doc, language: 'en' }));
  const byLanguage = new Map<string, IndexDoc[]>([['en', english], ...LANGUAGES.map((code, i) => [code, languageDocs(code, 150, 10_000 * (i + 1), 20 + i)] as [string, IndexDoc[]])]);
  const all = [...byLanguage.values()].flat();
  const ours = ourAnswer(all);
  const reference = new Map([...byLanguage].map(([code, docs]) => [code, stockIndex(docs, (builder) => (code === 'en' ? (builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer), builder.searchPipeline.add(lunr.stemmer)) : builder.use(pluginOf(code))))]));
  const words = [...byLanguage.values()].flatMap((docs) => wordsOf(docs).filter((_, i) => i % 3 === 0));
  const hitIds = (answer: Answer): number[] => ('hits' in answer ? answer.hits.map((h) => h.id).sort((a, b) => a - b) : []);
  const languageOf = new Map(all.map((doc) => [doc.id, doc.language as string]));

  it('finds, per language, what that language’s stock index finds, and more only through another language’s reading', () => {
    const problems: string[] = [];
    let extras = 0;
    for (const word of words) {
      const expected = new Set([...reference.values()].flatMap((index) => hitIds(stockAnswer(index, word))));
      const found = hitIds(ours(word));
      for (const id of expected) if (!found.includes(id)) problems.push(`${word}: misses ${id} (${languageOf.get(id)})`);
      for (const id of found.filter((id) => !expected.has(id))) {
        // An extra hit must hold another language's reading of the word as one of its own terms.
        extras += 1;
        const doc = all.find((d) => d.id === id)!;
        const own = analyzerFor(doc.language);
        const terms = new Set(INDEX_FIELDS.flatMap((field) => own.tokens(doc[field]).map((t) => own.termOf(t))));
        const readings = [...byLanguage.keys()].filter((code) => code !== doc.language).flatMap((code) => analyzerFor(code).queryTerms(word, INDEX_FIELDS));
        if (!readings.some((reading) => terms.has(reading))) problems.push(`${word}: ${id} (${doc.language}) found without a reading of the word`);
      }
    }
    expect(problems).toEqual([]);
    expect(words.length).toBeGreaterThan(200);
    // Cross-language readings are rare: most words find exactly the per-language answer.
    expect(extras).toBeLessThan(words.length);
  });

  it('does not follow lunr.multiLanguage, whose chained pipeline answers differently', () => {
    multi(lunr);
    for (const code of LANGUAGES) pluginOf(code);
    const multiLanguage = (lunr as unknown as { multiLanguage(...codes: string[]): Plugin }).multiLanguage('en', ...LANGUAGES);
    const chained = stockIndex(all, (builder) => builder.use(multiLanguage));
    let differ = 0;
    for (const word of words) {
      const perLanguage = new Set([...reference.values()].flatMap((index) => hitIds(stockAnswer(index, word))));
      const viaChain = hitIds(stockAnswer(chained, word));
      if (viaChain.length !== perLanguage.size || viaChain.some((id) => !perLanguage.has(id))) differ += 1;
    }
    // Were the chained pipeline the same as reading each clipping in its language, nothing would differ.
    expect(differ).toBeGreaterThan(0);
  });
});
