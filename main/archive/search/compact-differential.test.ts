/**
 * The compact index against stock Lunr: on a 2,000-document corpus and 240 queries of every form
 * (terms, +/-, field:, wildcards, ~fuzzy, ^boost), the same documents, in the same order, with the
 * same scores (1e-6) and matched terms as `lunr.Index` built with the same fields, boosts and
 * pipeline. Also for a base plus segments with edits and deletions, against a stock index of the
 * live documents: the union statistics make that exact too. Equal scores are ties in both, so
 * "same order" means: our order never puts a document before one Lunr scores higher.
 */
import type lunr from 'lunr';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCompactIndex } from './compact-builder.ts';
import { searchCompact } from './compact-search.ts';
import { buildLunrIndex } from './lunr-index.ts';
import type { IndexDoc } from './lunr-index.ts';
import { SegmentedIndex } from './segments.ts';
import { generateCorpus, generateQueries, seededRandom } from '../../test-support/search-corpus.ts';
import { compare, stockAnswer, type Answer } from '../../test-support/lunr-compare.ts';

const corpus = generateCorpus(2000, 20260401);
const queries = generateQueries(corpus.words, 240, 99);

describe('the compact index answers exactly as stock Lunr', () => {
  let stock: lunr.Index;
  beforeAll(() => {
    stock = buildLunrIndex(corpus.docs);
  });

  it('on one index of 2,000 documents, for 240 queries of every form', () => {
    const compact = buildCompactIndex(corpus.docs);
    const segment = { index: compact, dead: null, liveCount: compact.docCount, liveLengthSums: compact.fieldLengthSums(null) };
    const problems: string[] = [];
    let withHits = 0;
    for (const query of queries) {
      let actual: Answer;
      try {
        actual = { hits: searchCompact([segment], query) };
      } catch (error) {
        actual = { error: (error as Error).name };
      }
      const expected = stockAnswer(stock, query);
      if ('hits' in expected && expected.hits.length > 0) withHits += 1;
      problems.push(...compare(query, expected, actual));
    }
    expect(problems).toEqual([]);
    // The queries must exercise the index, not agree on nothing.
    expect(withHits).toBeGreaterThan(200);
  });

  it('on a base plus segments with edits and deletions, against Lunr over the live documents', () => {
    const random = seededRandom(5);
    const base = corpus.docs.slice(0, 1700);
    const index = new SegmentedIndex(buildCompactIndex(base));
    const live = new Map<number, IndexDoc>(base.map((doc) => [doc.id, doc]));
    const incoming = corpus.docs.slice(1700);
    for (let at = 0; at < incoming.length; ) {
      const size = 1 + Math.floor(random() * 12);
      const upsert = incoming.slice(at, at + size);
      at += size;
      // Edit a few older clippings (their text swapped with another's) and delete a few.
      for (let k = 0; k < 2; k += 1) {
        const id = 1 + Math.floor(random() * 1700);
        const donor = corpus.docs[Math.floor(random() * corpus.docs.length)] as IndexDoc;
        upsert.push({ ...donor, id });
      }
      const remove = [1 + Math.floor(random() * (1700 + at))];
      index.apply(upsert, remove);
      for (const doc of upsert) live.set(doc.id, doc);
      for (const id of remove) live.delete(id);
    }
    expect(index.segmentCount).toBeGreaterThan(1);
    const reference = buildLunrIndex([...live.values()]);
    const problems: string[] = [];
    for (const query of queries) {
      const outcome = index.search(query);
      const actual: Answer = outcome.ok ? { hits: outcome.hits } : { error: 'error' };
      const expected = stockAnswer(reference, query);
      problems.push(...compare(query, 'error' in expected ? { error: 'error' } : expected, actual));
    }
    expect(problems).toEqual([]);
  });
});
