/**
 * `lunr.Index.prototype.query`, over compact segments. The query is parsed by lunr.QueryParser
 * (Lunr's syntax and errors), terms run through Lunr's search pipeline, wildcards and fuzzy terms
 * are expanded through lunr.TokenSet against the vocabulary, and presence (+/-), field scoping,
 * boosts and the per-field query vectors follow Lunr 2.3.9 step by step, so hits and scores are
 * Lunr's. One difference in kind: BM25 statistics (document count, idf, average field lengths) are
 * taken over the live documents of all segments together, which is what one Lunr index of exactly
 * those documents would use; a stock Lunr base plus segments could not do that.
 */
import type { CompactIndex } from './compact-index.ts';
import { orderHits } from './hit-order.ts';
import { analyzerFor } from './languages.ts';
import { FIELD_BOOSTS, INDEX_FIELDS } from './lunr-index.ts';
import { parseLunrQuery, PRESENCE, tokenSetOfClause } from './lunr-internals.ts';
import type { LunrClause } from './lunr-internals.ts';
import { queryTermsOf } from './text-analysis.ts';
import { RankedHits } from './ranked-hits.ts';

export interface LiveSegment {
  index: CompactIndex;
  /** Non-zero for documents filtered out (deleted or superseded); null when all are live. */
  dead: Uint8Array | null;
  liveCount: number;
  liveLengthSums: Float64Array;
}

export interface CompactHit {
  id: number;
  score: number;
  /** The index terms the hit matched (Lunr's matchData keys). */
  terms: string[];
}

const F = INDEX_FIELDS.length;
const BOOSTS = INDEX_FIELDS.map((field) => FIELD_BOOSTS[field]);
const FIELD_NUMBER = new Map<string, number>(INDEX_FIELDS.map((field, i) => [field, i]));
const K1 = 1.2;
const B = 0.75;
const REQUIRED = PRESENCE.REQUIRED;
const PROHIBITED = PRESENCE.PROHIBITED;

/** Lunr's BM25 field-vector weight, rounded to three decimals as Lunr stores it. */
function lunrWeight(idf: number, tf: number, fieldLength: number, averageLength: number, boost: number): number {
  let score = (idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (fieldLength / averageLength)) + tf);
  score *= boost;
  return Math.round(score * 1000) / 1000;
}

/** `lunr.idf`: documentsWithTerm counts a document once per field holding the term, as Lunr does. */
function lunrIdf(documentsWithTerm: number, documentCount: number): number {
  const x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
  return Math.log(1 + Math.abs(x));
}

interface TermInfo {
  term: string;
  /** The term's index in each segment's vocabulary, or -1. */
  locals: Int32Array;
  df: number;
  /** Position among the terms that score, for matched-term bookkeeping; -1 until it scores. */
  slot: number;
}

// Reused between queries: one score and matched-term mask per document key, which keys were
// touched, and the list of them.
let scores = new Float64Array(0);
let masks = new Int32Array(0);
let touchedFlags = new Uint8Array(0);
let touchedKeys = new Int32Array(0);

function ensureBuffers(size: number): void {
  if (scores.length >= size) return;
  scores = new Float64Array(size);
  masks = new Int32Array(size);
  touchedFlags = new Uint8Array(size);
  touchedKeys = new Int32Array(size);
}

/** `lunr.Index.prototype.search`, hits as objects (the differential test compares these with Lunr's). */
export function searchCompact(segments: readonly LiveSegment[], queryString: string): CompactHit[] {
  return searchRanked(segments, queryString).refs();
}

/**
 * `lunr.Index.prototype.search` as a RankedHits. Lunr keeps, per field, the set of documents every
 * required clause matched, intersects those sets, and removes the union of prohibited matches.
 * Here the sets are counters over document keys: a document is in field f's required set when
 * every required clause on f matched it, which is the same set without a Set per clause (a term in
 * 80,000 documents made Set building and intersection the slowest part of a query).
 */
export function searchRanked(segments: readonly LiveSegment[], queryString: string): RankedHits {
  const query = parseLunrQuery(queryString, INDEX_FIELDS);
  const documentCount = segments.reduce((sum, s) => sum + s.liveCount, 0);
  if (documentCount === 0) return RankedHits.empty;
  const averageLength = new Float64Array(F);
  for (const s of segments) for (let f = 0; f < F; f += 1) averageLength[f] = (averageLength[f] as number) + (s.liveLengthSums[f] as number);
  for (let f = 0; f < F; f += 1) averageLength[f] = (averageLength[f] as number) / documentCount;
  // Each query term goes through the pipeline of every language indexed: English (Lunr's) first,
  // so an English archive looks up exactly what stock Lunr would.
  const analyzers = [...new Set(['en', ...segments.flatMap((s) => s.index.languages)])].map(analyzerFor);
  const queryTerms = (term: string, fields: readonly string[]): string[] => {
    if (analyzers.length === 1) return queryTermsOf(term, fields);
    return [...new Set(analyzers.flatMap((analyzer) => analyzer.queryTerms(term, fields)))];
  };
  const keyBase = new Int32Array(segments.length + 1);
  for (let i = 0; i < segments.length; i += 1) keyBase[i + 1] = (keyBase[i] as number) + (segments[i] as LiveSegment).index.docCount;
  const totalKeys = keyBase[segments.length] as number;

  const infos = new Map<string, TermInfo>();
  const infoOf = (term: string, known?: { segment: number; local: number }): TermInfo => {
    let info = infos.get(term);
    if (!info) {
      const locals = new Int32Array(segments.length).fill(-2);
      info = { term, locals, df: 0, slot: -1 };
      infos.set(term, info);
    }
    if (known) info.locals[known.segment] = known.local;
    return info;
  };
  const finishInfo = (info: TermInfo): void => {
    let df = 0;
    segments.forEach((s, i) => {
      if (info.locals[i] === -2) info.locals[i] = s.index.vocabulary.indexOf(info.term);
      const local = info.locals[i] as number;
      if (local < 0) return;
      const start = s.index.postingsStart[local * F] as number;
      const end = s.index.postingsStart[local * F + F] as number;
      if (!s.dead) df += end - start;
      else for (let p = start; p < end; p += 1) if (!s.dead[s.index.postingDocs[p] as number]) df += 1;
    });
    info.df = df;
  };
  const finished = new Set<TermInfo>();
  /** The live vocabulary terms a clause term stands for, as Lunr's token set intersection finds them. */
  const expand = (clause: LunrClause): TermInfo[] => {
    const candidates = new Set<TermInfo>();
    if (!('editDistance' in clause) && !clause.term.includes('*')) {
      candidates.add(infoOf(clause.term));
    } else {
      const automaton = tokenSetOfClause(clause);
      segments.forEach((s, segment) => {
        for (const local of s.index.vocabulary.intersect(automaton)) candidates.add(infoOf(s.index.vocabulary.termAt(local), { segment, local }));
      });
    }
    const live: TermInfo[] = [];
    for (const info of candidates) {
      if (!finished.has(info)) {
        finishInfo(info);
        finished.add(info);
      }
      if (info.df > 0) live.push(info);
    }
    return live;
  };
  /** Calls `visit` with the key of every live document holding the term in field f. */
  const forEachKey = (info: TermInfo, f: number, visit: (key: number) => void): void => {
    for (let segment = 0; segment < segments.length; segment += 1) {
      const local = info.locals[segment] as number;
      if (local < 0) continue;
      const s = segments[segment] as LiveSegment;
      const { postingsStart, postingDocs } = s.index;
      const dead = s.dead;
      const base = keyBase[segment] as number;
      const end = postingsStart[local * F + f + 1] as number;
      for (let p = postingsStart[local * F + f] as number; p < end; p += 1) {
        const doc = postingDocs[p] as number;
        if (dead !== null && dead[doc]) continue;
        visit(base + doc);
      }
    }
  };

  const queryVectors = Array.from({ length: F }, () => new Map<TermInfo, number>());
  // Per field: whether Lunr's required set exists, how many required clauses narrowed it, and
  // whether one emptied it; per key and field, how many of those clauses matched the key.
  const requiredDefined = new Uint8Array(F);
  const requiredClauses = new Int32Array(F);
  let requiredEmptied = false;
  let requiredCounts: Int32Array | null = null;
  let clauseStamp: Int32Array | null = null;
  let prohibitedKeys: Uint8Array | null = null;
  let clauseNumber = 0;
  for (const clause of query.clauses) {
    clauseNumber += 1;
    const fields = clause.fields.map((field) => FIELD_NUMBER.get(field) as number);
    let terms = clause.usePipeline ? queryTerms(clause.term, clause.fields) : [clause.term];
    if (analyzers.length > 1 && terms.length > 1) {
      // Readings of the term in several languages: keep those the index holds, so a required term
      // is not failed by its English reading when its Russian one is there (Lunr stops at the
      // first term that expands to nothing).
      const held = terms.filter((term) => expand({ ...clause, term }).length > 0);
      terms = held.length > 0 ? held : terms.slice(0, 1);
    }
    /** The keys this (required) clause matched in any of its fields, each once. */
    const clauseKeys: number[] = [];
    let emptied = false;
    for (const term of terms) {
      clause.term = term;
      const expanded = expand(clause);
      if (expanded.length === 0 && clause.presence === REQUIRED) {
        emptied = true;
        for (const f of fields) requiredDefined[f] = 1;
        break;
      }
      for (const info of expanded) {
        for (const f of fields) {
          if (clause.presence === REQUIRED) {
            const stamp = (clauseStamp ??= new Int32Array(totalKeys));
            forEachKey(info, f, (key) => {
              if (stamp[key] === clauseNumber) return;
              stamp[key] = clauseNumber;
              clauseKeys.push(key);
            });
            requiredDefined[f] = 1;
          }
          if (clause.presence === PROHIBITED) {
            const marks = (prohibitedKeys ??= new Uint8Array(totalKeys));
            forEachKey(info, f, (key) => {
              marks[key] = 1;
            });
            continue;
          }
          const vector = queryVectors[f] as Map<TermInfo, number>;
          vector.set(info, (vector.get(info) ?? 0) + clause.boost);
        }
      }
    }
    if (clause.presence === REQUIRED) {
      for (const f of fields) {
        // Lunr 2.3.9 fails here too (a required term the pipeline removed entirely).
        if (!requiredDefined[f]) throw new TypeError("Cannot read properties of undefined (reading 'intersect')");
      }
      if (emptied) requiredEmptied = true;
      else {
        const counts = (requiredCounts ??= new Int32Array(totalKeys * F));
        for (const f of fields) {
          requiredClauses[f] = (requiredClauses[f] as number) + 1;
          for (const key of clauseKeys) counts[key * F + f] = (counts[key * F + f] as number) + 1;
        }
      }
    }
  }
  if (requiredEmptied) return RankedHits.empty;
  const requiredFields: number[] = [];
  for (let f = 0; f < F; f += 1) if (requiredClauses[f]! > 0) requiredFields.push(f);
  const keep = (key: number): boolean => {
    if (prohibitedKeys !== null && prohibitedKeys[key]) return false;
    if (requiredCounts === null) return true;
    for (const f of requiredFields) if (requiredCounts[key * F + f] !== requiredClauses[f]) return false;
    return true;
  };

  if (query.isNegated()) {
    const keys: number[] = [];
    segments.forEach((s, segment) => {
      for (let doc = 0; doc < s.index.docCount; doc += 1) {
        const key = (keyBase[segment] as number) + doc;
        if ((!s.dead || !s.dead[doc]) && keep(key)) keys.push(key);
      }
    });
    return rankedHits(segments, keyBase, Int32Array.from(keys), keys.length, () => 0, null);
  }

  ensureBuffers(totalKeys);
  let touchedCount = 0;
  const scoring: TermInfo[] = [];
  const extraTerms = new Map<number, Set<TermInfo>>();
  for (let f = 0; f < F; f += 1) {
    const vector = queryVectors[f] as Map<TermInfo, number>;
    if (vector.size === 0) continue;
    let squares = 0;
    for (const w of vector.values()) squares += w * w;
    const magnitude = Math.sqrt(squares);
    const average = averageLength[f] as number;
    const boost = BOOSTS[f] as number;
    for (const [info, queryWeight] of vector) {
      if (info.slot < 0) {
        info.slot = scoring.length;
        scoring.push(info);
      }
      const idf = lunrIdf(info.df, documentCount);
      const slotBit = info.slot < 31 ? 1 << info.slot : 0;
      // The hot loop of every query: postings read straight from the typed arrays.
      for (let segment = 0; segment < segments.length; segment += 1) {
        const local = info.locals[segment] as number;
        if (local < 0) continue;
        const s = segments[segment] as LiveSegment;
        const { postingsStart, postingDocs, postingTf, fieldLengths } = s.index;
        const dead = s.dead;
        const base = keyBase[segment] as number;
        const end = postingsStart[local * F + f + 1] as number;
        for (let p = postingsStart[local * F + f] as number; p < end; p += 1) {
          const doc = postingDocs[p] as number;
          if (dead !== null && dead[doc]) continue;
          const key = base + doc;
          const w = lunrWeight(idf, postingTf[p] as number, fieldLengths[doc * F + f] as number, average, boost);
          if (!touchedFlags[key]) {
            touchedFlags[key] = 1;
            scores[key] = 0;
            masks[key] = 0;
            touchedKeys[touchedCount++] = key;
          }
          scores[key] = (scores[key] as number) + (queryWeight * w) / magnitude;
          if (slotBit) masks[key] = (masks[key] as number) | slotBit;
          else {
            let extra = extraTerms.get(key);
            if (!extra) extraTerms.set(key, (extra = new Set()));
            extra.add(info);
          }
        }
      }
    }
  }
  // Keys in ascending order (documents in index order, ids ascending within the base), so that
  // ordering the hits rarely has to sort by id.
  const keys = new Int32Array(touchedCount);
  let n = 0;
  if (touchedCount * 8 > totalKeys) {
    for (let key = 0; key < totalKeys; key += 1) {
      if (!touchedFlags[key]) continue;
      touchedFlags[key] = 0;
      if (keep(key)) keys[n++] = key;
    }
  } else {
    for (const key of touchedKeys.subarray(0, touchedCount).sort()) {
      touchedFlags[key] = 0;
      if (keep(key)) keys[n++] = key;
    }
  }
  const termsByMask = new Map<number, string[]>();
  const termsOfMask = (mask: number): string[] => {
    let terms = termsByMask.get(mask);
    if (!terms) {
      terms = scoring.filter((info) => info.slot < 31 && mask & (1 << info.slot)).map((info) => info.term);
      termsByMask.set(mask, terms);
    }
    return terms;
  };
  return rankedHits(segments, keyBase, keys, n, (key) => scores[key] as number, { masks, termsOfMask, extraTerms });
}

interface MatchedTerms {
  masks: Int32Array;
  termsOfMask: (mask: number) => string[];
  extraTerms: Map<number, Set<TermInfo>>;
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
