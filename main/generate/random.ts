/**
 * A small seeded random source (sfc32, seeded through splitmix32), so a generated archive is the
 * same on every machine and every run for the same seed: benchmarks compare like with like.
 */
export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: number) {
    let s = seed >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.#a = next();
    this.#b = next();
    this.#c = next();
    this.#d = next();
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** `count` distinct items (fewer when there are not that many), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = items.slice();
    const out: T[] = [];
    while (out.length < count && pool.length > 0) {
      const i = Math.floor(this.next() * pool.length);
      out.push(pool[i]!);
      pool[i] = pool[pool.length - 1]!;
      pool.pop();
    }
    return out;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

/**
 * Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s: word frequencies in real text
 * follow this law, so an index built on generated text has a realistic vocabulary and posting sizes.
 * Vose's alias tables make each draw one random number and two array reads (60 million words
 * make a 100,000-clipping archive).
 */
export class ZipfSampler {
  readonly #probability: Float64Array;
  readonly #alias: Int32Array;

  constructor(n: number, s = 1.05) {
    const weights = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += weights[i] = 1 / Math.pow(i + 1, s);
    const scaled = weights.map((w) => (w * n) / sum);
    this.#probability = new Float64Array(n);
    this.#alias = new Int32Array(n);
    const small: number[] = [];
    const large: number[] = [];
    scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
    while (small.length > 0 && large.length > 0) {
      const less = small.pop()!;
      const more = large.pop()!;
      this.#probability[less] = scaled[less]!;
      this.#alias[less] = more;
      scaled[more] = scaled[more]! + scaled[less]! - 1;
      (scaled[more]! < 1 ? small : large).push(more);
    }
    for (const i of [...small, ...large]) {
      this.#probability[i] = 1;
      this.#alias[i] = i;
    }
  }

  rank(random: Random): number {
    const x = random.next() * this.#probability.length;
    const i = Math.floor(x);
    return x - i < this.#probability[i]! ? i : this.#alias[i]!;
  }
}
