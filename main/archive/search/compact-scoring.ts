/**
 * Lunr's scoring over compact segments: for each field's query vector, every live posting of each
 * term adds BM25 (Lunr's field-vector weight, rounded as Lunr stores it) times the term's query
 * weight over the vector's magnitude, which is Lunr's cosine of query and field vectors. Which
 * terms each document matched is kept as a bit mask (the first 31 scoring terms) plus a set for the
 * rest, for snippets.
 */
import type { LiveSegment, QueryTerms, TermInfo } from './compact-terms.ts';
import { FIELD_BOOSTS, INDEX_FIELDS } from './lunr-index.ts';

const F = INDEX_FIELDS.length;
const BOOSTS = INDEX_FIELDS.map((field) => FIELD_BOOSTS[field]);
const K1 = 1.2;
const B = 0.75;

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

export interface MatchedTerms {
  masks: Int32Array;
  termsOfMask: (mask: number) => string[];
  extraTerms: Map<number, Set<TermInfo>>;
}

export interface Scored {
  /** The kept keys that scored, ascending; the first `n` are in use. */
  keys: Int32Array;
  n: number;
  scoreOf: (key: number) => number;
  matched: MatchedTerms;
}

/** The average length of each field over the live documents of all segments together. */
function averageFieldLengths(segments: readonly LiveSegment[], documentCount: number): Float64Array {
  const average = new Float64Array(F);
  for (const s of segments) for (let f = 0; f < F; f += 1) average[f] = (average[f] as number) + (s.liveLengthSums[f] as number);
  for (let f = 0; f < F; f += 1) average[f] = (average[f] as number) / documentCount;
  return average;
}

export function scoreQuery(terms: QueryTerms, queryVectors: readonly Map<TermInfo, number>[], documentCount: number, keep: (key: number) => boolean): Scored {
  const { segments, keyBase, totalKeys } = terms;
  const averageLength = averageFieldLengths(segments, documentCount);
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
    let found = termsByMask.get(mask);
    if (!found) {
      found = scoring.filter((info) => info.slot < 31 && mask & (1 << info.slot)).map((info) => info.term);
      termsByMask.set(mask, found);
    }
    return found;
  };
  return { keys, n, scoreOf: (key) => scores[key] as number, matched: { masks, termsOfMask, extraTerms } };
}
