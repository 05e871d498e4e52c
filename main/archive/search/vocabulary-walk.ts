/**
 * A k-way walk over sorted vocabularies in term order, as a merge needs it: each step gives the
 * parts whose next term is the smallest (several when they share it). The first part (the base)
 * holds most terms; the smallest head among the others is kept, so a base term that sorts before
 * all of theirs is taken without looking at every part.
 */
import type { Vocabulary } from './vocabulary.ts';

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

export class VocabularyWalk {
  /** Per part, the local number of its next term. */
  readonly head: Int32Array;
  /** The parts holding the current term (filled by next()). */
  readonly contributors: number[] = [];
  readonly #vocabularies: readonly Vocabulary[];
  #otherMin = -1;

  constructor(vocabularies: readonly Vocabulary[]) {
    this.#vocabularies = vocabularies;
    this.head = new Int32Array(vocabularies.length);
    this.#findOtherMin();
  }

  /** Moves to the next smallest term; false when every vocabulary is done. */
  next(): boolean {
    const contributors = this.contributors;
    if (contributors.length > 0) {
      let movedOther = false;
      for (const p of contributors) {
        this.head[p] = (this.head[p] as number) + 1;
        if (p !== 0) movedOther = true;
      }
      if (movedOther) this.#findOtherMin();
      contributors.length = 0;
    }
    const otherMin = this.#otherMin;
    if (!this.#left(0) && otherMin < 0) return false;
    if (this.#left(0) && (otherMin < 0 || this.#compareHeads(0, otherMin) < 0)) contributors.push(0);
    else {
      for (let p = 0; p < this.#vocabularies.length; p += 1) if (this.#left(p) && (p === otherMin || this.#compareHeads(p, otherMin) === 0)) contributors.push(p);
    }
    return true;
  }

  /** The current term's text, from the first part holding it. */
  currentTerm(): Uint16Array {
    const first = this.contributors[0] as number;
    const vocabulary = this.#vocabularies[first] as Vocabulary;
    const local = this.head[first] as number;
    return vocabulary.units.subarray(vocabulary.offsets[local] as number, vocabulary.offsets[local + 1] as number);
  }

  #left(p: number): boolean {
    return (this.head[p] as number) < (this.#vocabularies[p] as Vocabulary).size;
  }

  #compareHeads(p: number, q: number): number {
    return compareTerms(this.#vocabularies[p] as Vocabulary, this.head[p] as number, this.#vocabularies[q] as Vocabulary, this.head[q] as number);
  }

  #findOtherMin(): void {
    this.#otherMin = -1;
    for (let p = 1; p < this.#vocabularies.length; p += 1) if (this.#left(p) && (this.#otherMin < 0 || this.#compareHeads(p, this.#otherMin) < 0)) this.#otherMin = p;
  }
}
