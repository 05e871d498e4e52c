/**
 * The postings of a merged index, written term by term: for each field, the live postings of every
 * part holding the term, renumbered to the merged documents and kept in document order (segments
 * hold their documents in arrival order, so their postings may need sorting).
 */
import type { CompactIndex } from './compact-index.ts';

export interface MergePart {
  index: CompactIndex;
  /** Non-zero for documents to leave out (deleted or superseded); null when all are live. */
  dead: Uint8Array | null;
}

export class MergedPostings {
  readonly #parts: readonly MergePart[];
  readonly #newDoc: readonly Int32Array[];
  readonly #fields: number;
  readonly #postingsStart: Uint32Array;
  readonly #postingDocs: Uint32Array;
  readonly #postingTf: Uint16Array;
  #cursor = 0;
  #sortKeys = new Float64Array(0);

  constructor(parts: readonly MergePart[], newDoc: readonly Int32Array[], termBound: number) {
    this.#parts = parts;
    this.#newDoc = newDoc;
    const F = (this.#fields = (parts[0] as MergePart).index.fieldCount);
    let postingBound = 0;
    for (const part of parts) postingBound += part.index.postingDocs.length;
    this.#postingsStart = new Uint32Array(termBound * F + 1);
    this.#postingDocs = new Uint32Array(postingBound);
    this.#postingTf = new Uint16Array(postingBound);
  }

  /**
   * Writes the postings of merged term `term` from the contributing parts (each at its local term
   * `head[p]`); false when none is live, and then the term takes no place.
   */
  writeTerm(term: number, contributors: readonly number[], head: Int32Array): boolean {
    const F = this.#fields;
    const postingDocs = this.#postingDocs;
    const postingTf = this.#postingTf;
    let cursor = this.#cursor;
    const termStart = cursor;
    for (let f = 0; f < F; f += 1) {
      this.#postingsStart[term * F + f] = cursor;
      const fieldStart = cursor;
      let ascending = true;
      for (const p of contributors) {
        const { index, dead } = this.#parts[p] as MergePart;
        const renumbered = this.#newDoc[p] as Int32Array;
        const local = head[p] as number;
        const end = index.postingsStart[local * F + f + 1] as number;
        for (let q = index.postingsStart[local * F + f] as number; q < end; q += 1) {
          const d = index.postingDocs[q] as number;
          if (dead && dead[d]) continue;
          const n = renumbered[d] as number;
          if (cursor > fieldStart && n < (postingDocs[cursor - 1] as number)) ascending = false;
          postingDocs[cursor] = n;
          postingTf[cursor] = index.postingTf[q] as number;
          cursor += 1;
        }
      }
      if (!ascending) this.#sort(fieldStart, cursor);
    }
    // A term with no live posting is written over by the next one.
    if (cursor === termStart) return false;
    this.#cursor = cursor;
    return true;
  }

  finish(terms: number): { postingsStart: Uint32Array; postingDocs: Uint32Array; postingTf: Uint16Array } {
    this.#postingsStart[terms * this.#fields] = this.#cursor;
    return {
      postingsStart: this.#postingsStart.slice(0, terms * this.#fields + 1),
      postingDocs: this.#postingDocs.slice(0, this.#cursor),
      postingTf: this.#postingTf.slice(0, this.#cursor),
    };
  }

  /** Sorts (document, frequency) pairs packed into exact doubles (document < 2^32, frequency < 2^16). */
  #sort(start: number, end: number): void {
    const n = end - start;
    if (this.#sortKeys.length < n) this.#sortKeys = new Float64Array(Math.max(n, this.#sortKeys.length * 2));
    const keys = this.#sortKeys.subarray(0, n);
    for (let i = 0; i < n; i += 1) keys[i] = (this.#postingDocs[start + i] as number) * 65536 + (this.#postingTf[start + i] as number);
    keys.sort();
    for (let i = 0; i < n; i += 1) {
      const key = keys[i] as number;
      this.#postingDocs[start + i] = Math.floor(key / 65536);
      this.#postingTf[start + i] = key % 65536;
    }
  }
}
