/**
 * A parsed Lunr query's clauses read against the segments, as lunr.Index.prototype.query does it:
 * per field, the query vector (each matched term and its summed boosts) and the presence sets.
 * Lunr keeps, per field, the set of documents every required clause matched, intersects those
 * sets, and removes the union of prohibited matches. Here the sets are counters over document
 * keys: a document is in field f's required set when every required clause on f matched it, which
 * is the same set without a Set per clause (a term in 80,000 documents made Set building and
 * intersection the slowest part of a query).
 */
import type { QueryTerms, TermInfo } from './compact-terms.ts';
import { INDEX_FIELDS } from './lunr-index.ts';
import { PRESENCE } from './lunr-internals.ts';
import type { LunrClause } from './lunr-internals.ts';

const F = INDEX_FIELDS.length;
const FIELD_NUMBER = new Map<string, number>(INDEX_FIELDS.map((field, i) => [field, i]));
const REQUIRED = PRESENCE.REQUIRED;
const PROHIBITED = PRESENCE.PROHIBITED;

export interface ReadClauses {
  /** Per field: each scoring term and its query weight (the clause boosts that matched it). */
  queryVectors: Map<TermInfo, number>[];
  /** Whether a document may be a hit by its presence (+/-) clauses; null when a required term matched nothing. */
  keep: ((key: number) => boolean) | null;
}

/**
 * `readings(term, fields)` is what the term becomes before it meets the vocabulary: Lunr's search
 * pipeline, or each indexed language's (several readings).
 */
export function readClauses(clauses: readonly LunrClause[], terms: QueryTerms, readings: (term: string, fields: readonly string[]) => string[], manyLanguages: boolean): ReadClauses {
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
  for (const clause of clauses) {
    clauseNumber += 1;
    const fields = clause.fields.map((field) => FIELD_NUMBER.get(field) as number);
    let termsOfClause = clause.usePipeline ? readings(clause.term, clause.fields) : [clause.term];
    if (manyLanguages && termsOfClause.length > 1) {
      // Readings of the term in several languages: keep those the index holds, so a required term
      // is not failed by its English reading when its Russian one is there (Lunr stops at the
      // first term that expands to nothing).
      const held = termsOfClause.filter((term) => terms.expand({ ...clause, term }).length > 0);
      termsOfClause = held.length > 0 ? held : termsOfClause.slice(0, 1);
    }
    /** The keys this (required) clause matched in any of its fields, each once. */
    const clauseKeys: number[] = [];
    // A term two readings of the clause both reach (a fuzzy English and Spanish reading, say) is
    // one term of the clause, weighted once, as it is in Lunr when one reading reaches it.
    const weighted = new Set<TermInfo>();
    let emptied = false;
    for (const term of termsOfClause) {
      clause.term = term;
      const expanded = terms.expand(clause);
      if (expanded.length === 0 && clause.presence === REQUIRED) {
        emptied = true;
        for (const f of fields) requiredDefined[f] = 1;
        break;
      }
      for (const info of expanded) {
        const firstReading = !weighted.has(info);
        weighted.add(info);
        for (const f of fields) {
          if (clause.presence === REQUIRED) {
            const stamp = (clauseStamp ??= new Int32Array(terms.totalKeys));
            terms.forEachKey(info, f, (key) => {
              if (stamp[key] === clauseNumber) return;
              stamp[key] = clauseNumber;
              clauseKeys.push(key);
            });
            requiredDefined[f] = 1;
          }
          if (clause.presence === PROHIBITED) {
            const marks = (prohibitedKeys ??= new Uint8Array(terms.totalKeys));
            terms.forEachKey(info, f, (key) => {
              marks[key] = 1;
            });
            continue;
          }
          if (!firstReading) continue;
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
        const counts = (requiredCounts ??= new Int32Array(terms.totalKeys * F));
        for (const f of fields) {
          requiredClauses[f] = (requiredClauses[f] as number) + 1;
          for (const key of clauseKeys) counts[key * F + f] = (counts[key * F + f] as number) + 1;
        }
      }
    }
  }
  if (requiredEmptied) return { queryVectors, keep: null };
  const requiredFields: number[] = [];
  for (let f = 0; f < F; f += 1) if (requiredClauses[f]! > 0) requiredFields.push(f);
  const counts = requiredCounts;
  const prohibited = prohibitedKeys;
  const keep = (key: number): boolean => {
    if (prohibited !== null && prohibited[key]) return false;
    if (counts === null) return true;
    for (const f of requiredFields) if (counts[key * F + f] !== requiredClauses[f]) return false;
    return true;
  };
  return { queryVectors, keep };
}
