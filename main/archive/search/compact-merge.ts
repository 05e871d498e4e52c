/**
 * Merges compact indexes (the base and the recent segments, each with its dead documents) into one
 * index of the live documents, without their text: postings are copied and renumbered, never
 * re-tokenised. The result is what buildCompactIndex would make of the live documents in id order
 * (the order a full rebuild reads them from the store): the same vocabulary, postings, term
 * frequencies and field lengths (compact-merge.test.ts checks it array for array). At 100,000
 * clippings a full rebuild re-reads and re-analyses about 60 million words; a merge moves numbers.
 *
 * One difference: the languages list is the union of the parts' lists, so a language whose last
 * clipping was deleted is still listed until the next full rebuild. That only means its pipeline
 * also reads query terms, which a rebuild would not do; no posting differs.
 */
import { CompactIndex } from './compact-index.ts';
import { Vocabulary } from './vocabulary.ts';

export interface MergePart {
  index: CompactIndex;
  /** Non-zero for documents to leave out (deleted or superseded); null when all are live. */
  dead: Uint8Array | null;
}

/** Term i of vocabulary a against term j of b, in code-unit order (the order of Vocabulary). */
function compareTerms(a: Vocabulary, i: number, b: Vocabulary, j: number): number {
  const aStart = a.offsets[i] as number;
  const aLength = (a.offsets[i + 1] as number) - aStart;
  const bStart = b.offsets[j] as number;
  const bLength = (b.offsets[j + 1] as number) - bStart;
  const common = Math.min(aLength, bLength);
  for (let c = 0; c < common; c += 1) {
    const diff = (a.units[aStart + c] as number) - (b.units[bStart + c] as number);
    if (diff !== 0) return diff;
  }
  return aLength - bLength;
}

/** New document numbers: the live documents of all parts in id order; per part, -1 for a dead one. */
function renumber(parts: readonly MergePart[]): { docIds: Float64Array; newDoc: Int32Array[]; from: Array<[number, number]> } {
  const refs: Array<[number, number, number]> = [];
  parts.forEach(({ index, dead }, p) => {
    for (let d = 0; d < index.docCount; d += 1) if (!dead || !dead[d]) refs.push([index.docIds[d] as number, p, d]);
  });
  refs.sort((x, y) => x[0] - y[0]);
  const newDoc = parts.map(({ index }) => new Int32Array(index.docCount).fill(-1));
  const docIds = new Float64Array(refs.length);
  refs.forEach(([id, p, d], n) => {
    if (n > 0 && docIds[n - 1] === id) throw new Error(`clipping ${id} is live in two parts of the index`);
    docIds[n] = id;
    (newDoc[p] as Int32Array)[d] = n;
  });
  return { docIds, newDoc, from: refs.map(([, p, d]) => [p, d]) };
}

export function mergeCompactIndexes(parts: readonly MergePart[]): CompactIndex {
  if (parts.length === 0) throw new Error('nothing to merge');
  const F = (parts[0] as MergePart).index.fieldCount;
  if (parts.some((part) => part.index.fieldCount !== F)) throw new Error('the parts have different fields');
  const { docIds, newDoc, from } = renumber(parts);
  const fieldLengths = new Uint32Array(docIds.length * F);
  from.forEach(([p, d], n) => fieldLengths.set((parts[p] as MergePart).index.fieldLengths.subarray(d * F, d * F + F), n * F));

  const k = parts.length;
  const vocabularies = parts.map((part) => part.index.vocabulary);
  let termBound = 0;
  let unitBound = 0;
  let postingBound = 0;
  for (const part of parts) {
    termBound += part.index.vocabulary.size;
    unitBound += part.index.vocabulary.units.length;
    postingBound += part.index.postingDocs.length;
  }
  const offsets = new Uint32Array(termBound + 1);
  const units = new Uint16Array(unitBound);
  const postingsStart = new Uint32Array(termBound * F + 1);
  const postingDocs = new Uint32Array(postingBound);
  const postingTf = new Uint16Array(postingBound);
  let terms = 0;
  let unitCount = 0;
  let cursor = 0;

  const head = new Int32Array(k);
  const left = (p: number): boolean => (head[p] as number) < (vocabularies[p] as Vocabulary).size;
  const compareHeads = (p: number, q: number): number => compareTerms(vocabularies[p] as Vocabulary, head[p] as number, vocabularies[q] as Vocabulary, head[q] as number);
  // The first part (the base) holds most terms; the smallest head among the others is kept, so a
  // base term that sorts before all of theirs is merged without looking at every part.
  let otherMin = -1;
  const findOtherMin = (): void => {
    otherMin = -1;
    for (let p = 1; p < k; p += 1) if (left(p) && (otherMin < 0 || compareHeads(p, otherMin) < 0)) otherMin = p;
  };
  findOtherMin();
  const contributors: number[] = [];
  let sortKeys = new Float64Array(0);

  while (left(0) || otherMin >= 0) {
    contributors.length = 0;
    if (left(0) && (otherMin < 0 || compareHeads(0, otherMin) < 0)) contributors.push(0);
    else {
      for (let p = 0; p < k; p += 1) if (left(p) && (p === otherMin || compareHeads(p, otherMin) === 0)) contributors.push(p);
    }
    const termStart = cursor;
    for (let f = 0; f < F; f += 1) {
      postingsStart[terms * F + f] = cursor;
      const fieldStart = cursor;
      let ascending = true;
      for (const p of contributors) {
        const { index, dead } = parts[p] as MergePart;
        const renumbered = newDoc[p] as Int32Array;
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
      if (!ascending) {
        // Segments hold their documents in arrival order: sort (document, frequency) pairs packed
        // into exact doubles (document < 2^32, frequency < 2^16).
        const n = cursor - fieldStart;
        if (sortKeys.length < n) sortKeys = new Float64Array(Math.max(n, sortKeys.length * 2));
        const keys = sortKeys.subarray(0, n);
        for (let i = 0; i < n; i += 1) keys[i] = (postingDocs[fieldStart + i] as number) * 65536 + (postingTf[fieldStart + i] as number);
        keys.sort();
        for (let i = 0; i < n; i += 1) {
          const key = keys[i] as number;
          postingDocs[fieldStart + i] = Math.floor(key / 65536);
          postingTf[fieldStart + i] = key % 65536;
        }
      }
    }
    const first = contributors[0] as number;
    if (cursor > termStart) {
      // A term only dead documents held is not in the merged vocabulary (a rebuild would not see it).
      const vocabulary = vocabularies[first] as Vocabulary;
      const local = head[first] as number;
      const text = vocabulary.units.subarray(vocabulary.offsets[local] as number, vocabulary.offsets[local + 1] as number);
      units.set(text, unitCount);
      unitCount += text.length;
      terms += 1;
      offsets[terms] = unitCount;
    }
    let movedOther = false;
    for (const p of contributors) {
      head[p] = (head[p] as number) + 1;
      if (p !== 0) movedOther = true;
    }
    if (movedOther) findOtherMin();
  }
  postingsStart[terms * F] = cursor;
  return new CompactIndex({
    fieldCount: F,
    docIds,
    fieldLengths,
    vocabulary: new Vocabulary(units.slice(0, unitCount), offsets.slice(0, terms + 1)),
    postingsStart: postingsStart.slice(0, terms * F + 1),
    postingDocs: postingDocs.slice(0, cursor),
    postingTf: postingTf.slice(0, cursor),
    languages: [...new Set(parts.flatMap((part) => part.index.languages))].sort(),
  });
}
