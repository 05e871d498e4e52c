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
export function lunrWeight(idf: number, tf: number, fieldLength: number, averageLength: number, boost: number): number {
  let score = (idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (fieldLength / averageLength)) + tf);
  score *= boost;
  return Math.round(score * 1000) / 1000;
}

/** `lunr.idf`: documentsWithTerm counts a document once per field holding the term, as Lunr does. */
export function lunrIdf(documentsWithTerm: number, documentCount: number): number {
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

type DocSet = 'complete' | Set<number>;

// Reused between queries: one score per document key, and which keys were touched.
let scores = new Float64Array(0);
let masks = new Int32Array(0);
let touchedFlags = new Uint8Array(0);

function ensureBuffers(size: number): void {
  if (scores.length >= size) return;
  scores = new Float64Array(size);
  masks = new Int32Array(size);
  touchedFlags = new Uint8Array(size);
}

export function searchCompact(segments: readonly LiveSegment[], queryString: string): CompactHit[] {
  const query = parseLunrQuery(queryString, INDEX_FIELDS);
  const documentCount = segments.reduce((sum, s) => sum + s.liveCount, 0);
  if (documentCount === 0) return [];
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
  const keyBase: number[] = [];
  let totalKeys = 0;
  for (const s of segments) {
    keyBase.push(totalKeys);
    totalKeys += s.index.docCount;
  }

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
  const forEachPosting = (info: TermInfo, f: number, visit: (key: number, segment: number, doc: number, p: number) => void): void => {
    segments.forEach((s, segment) => {
      const local = info.locals[segment] as number;
      if (local < 0) return;
      const end = s.index.postingsStart[local * F + f + 1] as number;
      for (let p = s.index.postingsStart[local * F + f] as number; p < end; p += 1) {
        const doc = s.index.postingDocs[p] as number;
        if (s.dead && s.dead[doc]) continue;
        visit((keyBase[segment] as number) + doc, segment, doc, p);
      }
    });
  };

  const queryVectors = Array.from({ length: F }, () => new Map<TermInfo, number>());
  const required: Array<DocSet | undefined> = new Array(F).fill(undefined);
  const prohibited: Array<Set<number> | undefined> = new Array(F).fill(undefined);
  for (const clause of query.clauses) {
    const fields = clause.fields.map((field) => FIELD_NUMBER.get(field) as number);
    let terms = clause.usePipeline ? queryTerms(clause.term, clause.fields) : [clause.term];
    if (analyzers.length > 1 && terms.length > 1) {
      // Readings of the term in several languages: keep those the index holds, so a required term
      // is not failed by its English reading when its Russian one is there (Lunr stops at the
      // first term that expands to nothing).
      const held = terms.filter((term) => expand({ ...clause, term }).length > 0);
      terms = held.length > 0 ? held : terms.slice(0, 1);
    }
    const clauseMatches = new Set<number>();
    for (const term of terms) {
      clause.term = term;
      const expanded = expand(clause);
      if (expanded.length === 0 && clause.presence === REQUIRED) {
        for (const f of fields) required[f] = new Set();
        break;
      }
      for (const info of expanded) {
        for (const f of fields) {
          if (clause.presence === REQUIRED) {
            forEachPosting(info, f, (key) => clauseMatches.add(key));
            required[f] ??= 'complete';
          }
          if (clause.presence === PROHIBITED) {
            const set = (prohibited[f] ??= new Set());
            forEachPosting(info, f, (key) => set.add(key));
            continue;
          }
          const vector = queryVectors[f] as Map<TermInfo, number>;
          vector.set(info, (vector.get(info) ?? 0) + clause.boost);
        }
      }
    }
    if (clause.presence === REQUIRED) {
      for (const f of fields) {
        const before = required[f];
        // Lunr 2.3.9 fails here too (a required term the pipeline removed entirely).
        if (before === undefined) throw new TypeError("Cannot read properties of undefined (reading 'intersect')");
        required[f] = intersect(before, clauseMatches);
      }
    }
  }
  let allRequired: DocSet = 'complete';
  const allProhibited = new Set<number>();
  for (let f = 0; f < F; f += 1) {
    const r = required[f];
    if (r !== undefined && r !== 'complete') allRequired = intersect(allRequired, r);
    prohibited[f]?.forEach((key) => allProhibited.add(key));
  }
  const keep = (key: number): boolean => (allRequired === 'complete' || allRequired.has(key)) && !allProhibited.has(key);
  const idOf = (key: number): number => {
    let segment = segments.length - 1;
    while ((keyBase[segment] as number) > key) segment -= 1;
    return (segments[segment] as LiveSegment).index.docIds[key - (keyBase[segment] as number)] as number;
  };

  if (query.isNegated()) {
    const keys: number[] = [];
    segments.forEach((s, segment) => {
      for (let doc = 0; doc < s.index.docCount; doc += 1) {
        const key = (keyBase[segment] as number) + doc;
        if ((!s.dead || !s.dead[doc]) && keep(key)) keys.push(key);
      }
    });
    return orderedHits(keys, idOf, () => 0, () => []);
  }

  ensureBuffers(totalKeys);
  const touched: number[] = [];
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
      forEachPosting(info, f, (key, segment, doc, p) => {
        const s = segments[segment] as LiveSegment;
        const w = lunrWeight(idf, s.index.postingTf[p] as number, s.index.fieldLengths[doc * F + f] as number, average, boost);
        if (!touchedFlags[key]) {
          touchedFlags[key] = 1;
          scores[key] = 0;
          masks[key] = 0;
          touched.push(key);
        }
        scores[key] = (scores[key] as number) + (queryWeight * w) / magnitude;
        if (slotBit) masks[key] = (masks[key] as number) | slotBit;
        else {
          let extra = extraTerms.get(key);
          if (!extra) extraTerms.set(key, (extra = new Set()));
          extra.add(info);
        }
      });
    }
  }
  const termsByMask = new Map<number, string[]>();
  const termsOf = (key: number): string[] => {
    const mask = masks[key] as number;
    let terms = termsByMask.get(mask);
    if (!terms) {
      terms = scoring.filter((info) => info.slot < 31 && mask & (1 << info.slot)).map((info) => info.term);
      termsByMask.set(mask, terms);
    }
    const extra = extraTerms.get(key);
    return extra ? [...terms, ...[...extra].map((info) => info.term)] : terms;
  };
  // Keys in ascending order (documents in index order, ids ascending within the base), so that
  // ordering the hits rarely has to sort by id.
  const keys: number[] = [];
  if (touched.length * 8 > totalKeys) {
    for (let key = 0; key < totalKeys; key += 1) {
      if (!touchedFlags[key]) continue;
      touchedFlags[key] = 0;
      if (keep(key)) keys.push(key);
    }
  } else {
    for (const key of Uint32Array.from(touched).sort()) {
      touchedFlags[key] = 0;
      if (keep(key)) keys.push(key);
    }
  }
  return orderedHits(keys, idOf, (key) => scores[key] as number, termsOf);
}

function orderedHits(keys: readonly number[], idOf: (key: number) => number, scoreOf: (key: number) => number, termsOf: (key: number) => string[]): CompactHit[] {
  const ids = new Float64Array(keys.length);
  const hitScores = new Float64Array(keys.length);
  keys.forEach((key, i) => {
    ids[i] = idOf(key);
    hitScores[i] = scoreOf(key);
  });
  const order = orderHits(ids, hitScores, keys.length);
  const hits: CompactHit[] = new Array<CompactHit>(keys.length);
  for (let i = 0; i < order.length; i += 1) {
    const at = order[i] as number;
    hits[i] = { id: ids[at] as number, score: hitScores[at] as number, terms: termsOf(keys[at] as number) };
  }
  return hits;
}

/** Lunr's Set.intersect, where 'complete' holds everything. */
function intersect(a: DocSet, b: Set<number>): Set<number> {
  if (a === 'complete') return new Set(b);
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const out = new Set<number>();
  for (const key of small) if (large.has(key)) out.add(key);
  return out;
}

