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
import { MergedPostings, type MergePart } from './merged-postings.ts';
import { Vocabulary } from './vocabulary.ts';
import { VocabularyWalk } from './vocabulary-walk.ts';

export type { MergePart } from './merged-postings.ts';

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

  let termBound = 0;
  let unitBound = 0;
  for (const part of parts) {
    termBound += part.index.vocabulary.size;
    unitBound += part.index.vocabulary.units.length;
  }
  const offsets = new Uint32Array(termBound + 1);
  const units = new Uint16Array(unitBound);
  const postings = new MergedPostings(parts, newDoc, termBound);
  let terms = 0;
  let unitCount = 0;
  const walk = new VocabularyWalk(parts.map((part) => part.index.vocabulary));
  while (walk.next()) {
    // A term only dead documents held is not in the merged vocabulary (a rebuild would not see it).
    if (!postings.writeTerm(terms, walk.contributors, walk.head)) continue;
    const text = walk.currentTerm();
    units.set(text, unitCount);
    unitCount += text.length;
    terms += 1;
    offsets[terms] = unitCount;
  }
  const { postingsStart, postingDocs, postingTf } = postings.finish(terms);
  return new CompactIndex({
    fieldCount: F,
    docIds,
    fieldLengths,
    vocabulary: new Vocabulary(units.slice(0, unitCount), offsets.slice(0, terms + 1)),
    postingsStart,
    postingDocs,
    postingTf,
    languages: [...new Set(parts.flatMap((part) => part.index.languages))].sort(),
  });
}
