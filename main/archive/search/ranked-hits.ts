/**
 * A ranked result set without an object per hit. A one-word query on 100,000 clippings matches
 * 80,000 of them; making 80,000 `{ id, score, terms }` objects (and collecting them again) cost
 * more than answering the query. Ids and scores are typed arrays, best first; the matched terms of
 * a hit are worked out only when asked for (the page shown needs twenty of them).
 */

export interface SearchHitRef {
  id: number;
  score: number;
  /** The stemmed index terms that matched, for snippets. */
  terms: string[];
}

const NO_TERMS: string[] = [];

export class RankedHits {
  /** Clipping ids, best first. */
  readonly ids: Int32Array;
  /** Lunr scores, in the same order (0 for hits found by filters alone). */
  readonly scores: Float64Array;
  readonly #termsAt: (position: number) => string[];

  constructor(ids: Int32Array, scores: Float64Array, termsAt: (position: number) => string[] = () => NO_TERMS) {
    if (ids.length !== scores.length) throw new RangeError('ranked hits need one score per id');
    this.ids = ids;
    this.scores = scores;
    this.#termsAt = termsAt;
  }

  static readonly empty = new RankedHits(new Int32Array(0), new Float64Array(0));

  /** Hits already in order, as objects (a test, or a caller holding refs). */
  static fromRefs(refs: readonly SearchHitRef[]): RankedHits {
    const ids = Int32Array.from(refs, (h) => h.id);
    const scores = Float64Array.from(refs, (h) => h.score);
    return new RankedHits(ids, scores, (i) => refs[i]!.terms);
  }

  /** Clippings found without Lunr (filters only), in the given order, score 0. */
  static unscored(ids: ArrayLike<number>): RankedHits {
    return new RankedHits(Int32Array.from(ids), new Float64Array(ids.length));
  }

  get length(): number {
    return this.ids.length;
  }

  /** The index terms hit `position` matched. */
  termsAt(position: number): string[] {
    return this.#termsAt(position);
  }

  refAt(position: number): SearchHitRef {
    return { id: this.ids[position]!, score: this.scores[position]!, terms: this.#termsAt(position) };
  }

  /** Hits `from`..`to` as objects (all of them by default). */
  refs(from = 0, to = this.length): SearchHitRef[] {
    const end = Math.min(to, this.length);
    const out: SearchHitRef[] = [];
    for (let i = Math.max(0, from); i < end; i += 1) out.push(this.refAt(i));
    return out;
  }

  /** The hits whose id passes `wanted`, in the same order. */
  keep(wanted: (id: number) => boolean): RankedHits {
    const positions = new Int32Array(this.length);
    let n = 0;
    for (let i = 0; i < this.length; i += 1) if (wanted(this.ids[i]!)) positions[n++] = i;
    if (n === this.length) return this;
    const kept = positions.subarray(0, n);
    const ids = new Int32Array(n);
    const scores = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      ids[i] = this.ids[kept[i]!]!;
      scores[i] = this.scores[kept[i]!]!;
    }
    return new RankedHits(ids, scores, (i) => this.#termsAt(kept[i]!));
  }
}
