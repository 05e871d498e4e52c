/**
 * A compact Lunr-compatible index: what `lunr.Builder` would record, kept as typed arrays.
 *
 * - docIds[d]                   the clipping id of document d (Lunr's ref)
 * - fieldLengths[d * F + f]     how many terms field f of document d has after the pipeline
 * - vocabulary                  sorted terms (Lunr's token set, implicit)
 * - postingsStart[t * F + f]    where the postings of term t in field f begin in postingDocs/postingTf
 * - postingDocs, postingTf      documents (ascending) and term frequencies
 *
 * Field-vector weights are not stored: they are Lunr's BM25 (k1 1.2, b 0.75) of term frequency,
 * field length, average field length and idf, computed at query time over all live segments. That
 * is what lets a base and recent segments score exactly as one Lunr index of the live documents.
 * Every array lives in one ArrayBuffer (the file's image, see index-format.ts), so loading and
 * handing an index from the worker to the main thread copy nothing.
 */
import type { Vocabulary } from './vocabulary.ts';

export interface CompactIndexParts {
  fieldCount: number;
  docIds: Float64Array;
  fieldLengths: Uint32Array;
  vocabulary: Vocabulary;
  postingsStart: Uint32Array;
  postingDocs: Uint32Array;
  postingTf: Uint16Array;
  /** Language codes of the analysers its documents went through (languages.ts), sorted. */
  languages: string[];
  /** The file image the arrays are views of, when decoded from one (index-format.ts). */
  image?: ArrayBufferLike;
}

export class CompactIndex {
  readonly fieldCount: number;
  readonly docIds: Float64Array;
  readonly fieldLengths: Uint32Array;
  readonly vocabulary: Vocabulary;
  readonly postingsStart: Uint32Array;
  readonly postingDocs: Uint32Array;
  readonly postingTf: Uint16Array;
  readonly languages: readonly string[];
  readonly image: ArrayBufferLike | null;
  #positionById: Map<number, number> | null = null;

  constructor(parts: CompactIndexParts) {
    this.fieldCount = parts.fieldCount;
    this.docIds = parts.docIds;
    this.fieldLengths = parts.fieldLengths;
    this.vocabulary = parts.vocabulary;
    this.postingsStart = parts.postingsStart;
    this.postingDocs = parts.postingDocs;
    this.postingTf = parts.postingTf;
    this.languages = parts.languages;
    this.image = parts.image ?? null;
  }

  get docCount(): number {
    return this.docIds.length;
  }

  /** Total terms of each field over the documents not marked in `dead` (null: none dead). */
  fieldLengthSums(dead: Uint8Array | null): Float64Array {
    const sums = new Float64Array(this.fieldCount);
    const f = this.fieldCount;
    for (let d = 0; d < this.docCount; d += 1) {
      if (dead && dead[d]) continue;
      for (let k = 0; k < f; k += 1) sums[k] = (sums[k] as number) + (this.fieldLengths[d * f + k] as number);
    }
    return sums;
  }

  /** Where clipping `id` is in this index, or -1. */
  positionOf(id: number): number {
    if (!this.#positionById) {
      this.#positionById = new Map();
      for (let d = 0; d < this.docCount; d += 1) this.#positionById.set(this.docIds[d] as number, d);
    }
    return this.#positionById.get(id) ?? -1;
  }
}
