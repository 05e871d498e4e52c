/**
 * `lunr.Index.prototype.query`, over compact segments. The query is parsed by lunr.QueryParser
 * (Lunr's syntax and errors), terms run through Lunr's search pipeline, wildcards and fuzzy terms
 * are expanded through lunr.TokenSet against the vocabulary, and presence (+/-), field scoping,
 * boosts and the per-field query vectors follow Lunr 2.3.9 step by step, so hits and scores are
 * Lunr's. One difference in kind: BM25 statistics (document count, idf, average field lengths) are
 * taken over the live documents of all segments together, which is what one Lunr index of exactly
 * those documents would use; a stock Lunr base plus segments could not do that.
 *
 * The steps, each in its own module: parse (lunr-internals.ts), look the terms up and expand them
 * (compact-terms.ts), read the clauses into query vectors and presence sets (compact-clauses.ts),
 * score (compact-scoring.ts), and order the hits (below, with hit-order.ts).
 */
import { readClauses } from './compact-clauses.ts';
import { scoreQuery, type MatchedTerms } from './compact-scoring.ts';
import { QueryTerms, type LiveSegment } from './compact-terms.ts';
import { orderHits } from './hit-order.ts';
import { analyzerFor } from './languages.ts';
import { INDEX_FIELDS } from './lunr-index.ts';
import { parseLunrQuery } from './lunr-internals.ts';
import { queryTermsOf } from './text-analysis.ts';
import { RankedHits } from './ranked-hits.ts';

export type { LiveSegment } from './compact-terms.ts';

export interface CompactHit {
  id: number;
  score: number;
  /** The index terms the hit matched (Lunr's matchData keys). */
  terms: string[];
}

/** `lunr.Index.prototype.search`, hits as objects (the differential test compares these with Lunr's). */
export function searchCompact(segments: readonly LiveSegment[], queryString: string): CompactHit[] {
  return searchRanked(segments, queryString).refs();
}

/** `lunr.Index.prototype.search` as a RankedHits: parse, expand, read the clauses, score, order. */
export function searchRanked(segments: readonly LiveSegment[], queryString: string): RankedHits {
  const query = parseLunrQuery(queryString, INDEX_FIELDS);
  const documentCount = segments.reduce((sum, s) => sum + s.liveCount, 0);
  if (documentCount === 0) return RankedHits.empty;
  // Each query term goes through the pipeline of every language indexed: English (Lunr's) first,
  // so an English archive looks up exactly what stock Lunr would.
  const analyzers = [...new Set(['en', ...segments.flatMap((s) => s.index.languages)])].map(analyzerFor);
  const readings = (term: string, fields: readonly string[]): string[] => {
    if (analyzers.length === 1) return queryTermsOf(term, fields);
    return [...new Set(analyzers.flatMap((analyzer) => analyzer.queryTerms(term, fields)))];
  };
  const terms = new QueryTerms(segments);
  const { queryVectors, keep } = readClauses(query.clauses, terms, readings, analyzers.length > 1);
  if (keep === null) return RankedHits.empty;

  if (query.isNegated()) {
    // Only prohibited clauses: every live document not excluded, all scoring 0, as in Lunr.
    const keys: number[] = [];
    segments.forEach((s, segment) => {
      for (let doc = 0; doc < s.index.docCount; doc += 1) {
        const key = (terms.keyBase[segment] as number) + doc;
        if ((!s.dead || !s.dead[doc]) && keep(key)) keys.push(key);
      }
    });
    return rankedHits(segments, terms.keyBase, Int32Array.from(keys), keys.length, () => 0, null);
  }
  const scored = scoreQuery(terms, queryVectors, documentCount, keep);
  return rankedHits(segments, terms.keyBase, scored.keys, scored.n, scored.scoreOf, scored.matched);
}

/** Orders the first `n` keys (ascending) best first and reads off their ids, scores and matched terms. */
function rankedHits(segments: readonly LiveSegment[], keyBase: Int32Array, keys: Int32Array, n: number, scoreOf: (key: number) => number, matched: MatchedTerms | null): RankedHits {
  const ids = new Float64Array(n);
  const hitScores = new Float64Array(n);
  let segment = 0;
  for (let i = 0; i < n; i += 1) {
    const key = keys[i] as number;
    while ((keyBase[segment + 1] as number) <= key) segment += 1;
    ids[i] = (segments[segment] as LiveSegment).index.docIds[key - (keyBase[segment] as number)] as number;
    hitScores[i] = scoreOf(key);
  }
  const order = orderHits(ids, hitScores, n);
  const orderedIds = new Int32Array(n);
  const orderedScores = new Float64Array(n);
  const orderedMasks = matched ? new Int32Array(n) : null;
  const extra = new Map<number, string[]>();
  for (let i = 0; i < n; i += 1) {
    const at = order[i] as number;
    orderedIds[i] = ids[at] as number;
    orderedScores[i] = hitScores[at] as number;
    if (matched && orderedMasks) {
      const key = keys[at] as number;
      orderedMasks[i] = matched.masks[key] as number;
      const more = matched.extraTerms.size > 0 ? matched.extraTerms.get(key) : undefined;
      if (more) extra.set(i, [...more].map((info) => info.term));
    }
  }
  if (!matched || !orderedMasks) return new RankedHits(orderedIds, orderedScores);
  return new RankedHits(orderedIds, orderedScores, (position) => {
    const terms = matched.termsOfMask(orderedMasks[position] as number);
    const more = extra.get(position);
    return more ? [...terms, ...more] : terms;
  });
}
