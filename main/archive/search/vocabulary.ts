/**
 * The sorted vocabulary of a compact index, kept as UTF-16 code units in one typed array (plus
 * offsets), so loading it is a view over the file rather than hundreds of thousands of strings.
 * Terms are in JavaScript's default sort order (code units), as Lunr sorts them.
 *
 * Wildcard and fuzzy terms are expanded as `lunr.Index` does, by intersecting the query term's
 * `TokenSetNode` (an automaton, built by Lunr) with the vocabulary; here the vocabulary's trie is
 * implicit in the sorted array: a node is the range of terms sharing a prefix.
 */
import type { TokenSetNode } from './lunr-internals.ts';

export class Vocabulary {
  readonly units: Uint16Array;
  /** Term i is units[offsets[i] .. offsets[i + 1]). */
  readonly offsets: Uint32Array;

  constructor(units: Uint16Array, offsets: Uint32Array) {
    this.units = units;
    this.offsets = offsets;
  }

  /** Builds one from terms already sorted and distinct. */
  static fromSorted(terms: readonly string[]): Vocabulary {
    const offsets = new Uint32Array(terms.length + 1);
    let total = 0;
    for (let i = 0; i < terms.length; i += 1) {
      total += (terms[i] as string).length;
      offsets[i + 1] = total;
    }
    const units = new Uint16Array(total);
    for (let i = 0; i < terms.length; i += 1) {
      const term = terms[i] as string;
      const at = offsets[i] as number;
      for (let c = 0; c < term.length; c += 1) units[at + c] = term.charCodeAt(c);
    }
    return new Vocabulary(units, offsets);
  }

  get size(): number {
    return this.offsets.length - 1;
  }

  termAt(i: number): string {
    const start = this.offsets[i] as number;
    const end = this.offsets[i + 1] as number;
    let out = '';
    // Chunks keep String.fromCharCode's argument count far below any engine limit.
    for (let at = start; at < end; at += 4096) out += String.fromCharCode(...this.units.subarray(at, Math.min(end, at + 4096)));
    return out;
  }

  /** Term i compared with `word` in code-unit order: negative, zero or positive. */
  #compare(i: number, word: string): number {
    const start = this.offsets[i] as number;
    const length = (this.offsets[i + 1] as number) - start;
    const common = Math.min(length, word.length);
    for (let c = 0; c < common; c += 1) {
      const diff = (this.units[start + c] as number) - word.charCodeAt(c);
      if (diff !== 0) return diff;
    }
    return length - word.length;
  }

  /** The index of `word`, or -1. */
  indexOf(word: string): number {
    let lo = 0;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const cmp = this.#compare(mid, word);
      if (cmp === 0) return mid;
      if (cmp < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Indexes of the terms the automaton accepts, as `TokenSetNode.prototype.intersect` finds them. */
  intersect(query: TokenSetNode): number[] {
    const found = new Set<number>();
    const offsets = this.offsets;
    const units = this.units;
    const lengthOf = (i: number): number => (offsets[i + 1] as number) - (offsets[i] as number);
    const charAt = (i: number, depth: number): number => units[(offsets[i] as number) + depth] as number;
    // Frames: an automaton node and the vocabulary range [lo, hi) sharing a prefix of `depth` units.
    const stack: Array<{ q: TokenSetNode; lo: number; hi: number; depth: number }> = [{ q: query, lo: 0, hi: this.size, depth: 0 }];
    while (stack.length > 0) {
      const { q, lo, hi, depth } = stack.pop() as { q: TokenSetNode; lo: number; hi: number; depth: number };
      // The term equal to the prefix itself (if any) sorts first in its range; the root never counts.
      if (depth > 0 && q.final && lengthOf(lo) === depth) found.add(lo);
      const edges = q.edges;
      const labels = Object.keys(edges);
      if (labels.length === 0) continue;
      let first = lo;
      if (first < hi && lengthOf(first) === depth) first += 1;
      const star = edges['*'];
      // Each child range of the vocabulary node: the terms with the same unit at `depth`.
      if (star || labels.length > 2) {
        for (let start = first; start < hi; ) {
          const unit = charAt(start, depth);
          const end = this.#runEnd(start, hi, depth, unit);
          const literal = edges[String.fromCharCode(unit)];
          if (literal) stack.push({ q: literal, lo: start, hi: end, depth: depth + 1 });
          if (star) stack.push({ q: star, lo: start, hi: end, depth: depth + 1 });
          start = end;
        }
      } else {
        for (const label of labels) {
          const unit = label.charCodeAt(0);
          const start = this.#runStart(first, hi, depth, unit);
          if (start >= hi || charAt(start, depth) !== unit) continue;
          stack.push({ q: edges[label] as TokenSetNode, lo: start, hi: this.#runEnd(start, hi, depth, unit), depth: depth + 1 });
        }
      }
    }
    return [...found].sort((a, b) => a - b);
  }

  /** First index in [lo, hi) whose unit at `depth` is ≥ unit (all there are longer than depth). */
  #runStart(lo: number, hi: number, depth: number, unit: number): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.units[(this.offsets[mid] as number) + depth] as number) < unit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First index in [lo, hi) whose unit at `depth` is > unit. */
  #runEnd(lo: number, hi: number, depth: number, unit: number): number {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.units[(this.offsets[mid] as number) + depth] as number) <= unit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
