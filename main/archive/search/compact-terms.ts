/**
 * The terms of one query, looked up in live compact segments: a clause's term expanded (wildcards
 * and fuzzy terms through lunr.TokenSet against each segment's vocabulary), each term's local
 * number in every segment, its document frequency over the live documents, and its postings read
 * as document keys (segment after segment, so a key is unique over all of them).
 */
import type { CompactIndex } from './compact-index.ts';
import { INDEX_FIELDS } from './lunr-index.ts';
import { tokenSetOfClause } from './lunr-internals.ts';
import type { LunrClause } from './lunr-internals.ts';

export interface LiveSegment {
  index: CompactIndex;
  /** Non-zero for documents filtered out (deleted or superseded); null when all are live. */
  dead: Uint8Array | null;
  liveCount: number;
  liveLengthSums: Float64Array;
}

export interface TermInfo {
  term: string;
  /** The term's index in each segment's vocabulary, or -1. */
  locals: Int32Array;
  df: number;
  /** Position among the terms that score, for matched-term bookkeeping; -1 until it scores. */
  slot: number;
}

const F = INDEX_FIELDS.length;

export class QueryTerms {
  readonly segments: readonly LiveSegment[];
  /** The first key of each segment's documents; the last entry is the number of keys. */
  readonly keyBase: Int32Array;
  readonly totalKeys: number;
  readonly #infos = new Map<string, TermInfo>();
  readonly #finished = new Set<TermInfo>();

  constructor(segments: readonly LiveSegment[]) {
    this.segments = segments;
    this.keyBase = new Int32Array(segments.length + 1);
    for (let i = 0; i < segments.length; i += 1) this.keyBase[i + 1] = (this.keyBase[i] as number) + (segments[i] as LiveSegment).index.docCount;
    this.totalKeys = this.keyBase[segments.length] as number;
  }

  /** The live vocabulary terms a clause term stands for, as Lunr's token set intersection finds them. */
  expand(clause: LunrClause): TermInfo[] {
    const candidates = new Set<TermInfo>();
    if (!('editDistance' in clause) && !clause.term.includes('*')) {
      candidates.add(this.#infoOf(clause.term));
    } else {
      const automaton = tokenSetOfClause(clause);
      this.segments.forEach((s, segment) => {
        for (const local of s.index.vocabulary.intersect(automaton)) candidates.add(this.#infoOf(s.index.vocabulary.termAt(local), { segment, local }));
      });
    }
    const live: TermInfo[] = [];
    for (const info of candidates) {
      if (!this.#finished.has(info)) {
        this.#finish(info);
        this.#finished.add(info);
      }
      if (info.df > 0) live.push(info);
    }
    return live;
  }

  /** Calls `visit` with the key of every live document holding the term in field f. */
  forEachKey(info: TermInfo, f: number, visit: (key: number) => void): void {
    const segments = this.segments;
    for (let segment = 0; segment < segments.length; segment += 1) {
      const local = info.locals[segment] as number;
      if (local < 0) continue;
      const s = segments[segment] as LiveSegment;
      const { postingsStart, postingDocs } = s.index;
      const dead = s.dead;
      const base = this.keyBase[segment] as number;
      const end = postingsStart[local * F + f + 1] as number;
      for (let p = postingsStart[local * F + f] as number; p < end; p += 1) {
        const doc = postingDocs[p] as number;
        if (dead !== null && dead[doc]) continue;
        visit(base + doc);
      }
    }
  }

  #infoOf(term: string, known?: { segment: number; local: number }): TermInfo {
    let info = this.#infos.get(term);
    if (!info) {
      info = { term, locals: new Int32Array(this.segments.length).fill(-2), df: 0, slot: -1 };
      this.#infos.set(term, info);
    }
    if (known) info.locals[known.segment] = known.local;
    return info;
  }

  /** Looks the term up in the segments it was not found in by expansion, and counts its live documents. */
  #finish(info: TermInfo): void {
    let df = 0;
    this.segments.forEach((s, i) => {
      if (info.locals[i] === -2) info.locals[i] = s.index.vocabulary.indexOf(info.term);
      const local = info.locals[i] as number;
      if (local < 0) return;
      const start = s.index.postingsStart[local * F] as number;
      const end = s.index.postingsStart[local * F + F] as number;
      if (!s.dead) df += end - start;
      else for (let p = start; p < end; p += 1) if (!s.dead[s.index.postingDocs[p] as number]) df += 1;
    });
    info.df = df;
  }
}
