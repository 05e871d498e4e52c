/**
 * Orders hits best first, equal scores by clipping id: the order of SearchIndex.search. A one-word
 * query on a large archive matches most of it (90,000 hits at 100,000 clippings), and a comparator
 * sort of that many objects takes longer than the query itself, so large result sets are ordered by
 * a stable radix sort over the bits of (score, id) instead: six counting passes of 16 bits.
 */

/** Below this many hits a comparator sort is as fast. */
const RADIX_FROM = 1024;

/**
 * The permutation that orders positions 0..n-1 by score descending, then id ascending. Scores are
 * compared on their top 48 bits (a relative precision of about 1e-11, far finer than the 1e-6 to
 * which Lunr's own scores are reproducible); closer scores count as equal and go by id.
 */
export function orderHits(ids: Float64Array, scores: Float64Array, n: number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  if (n < RADIX_FROM) {
    return order.sort((a, b) => (scores[b] as number) - (scores[a] as number) || (ids[a] as number) - (ids[b] as number));
  }
  // Keys sort ascending, so the score's bits are turned into a descending key: for a double d ≥ 0
  // the raw bits grow with d; negative doubles (never made by Lunr's weights, but allowed by a
  // query boost) are mapped below them.
  const bits = new Uint32Array(scores.buffer, scores.byteOffset, n * 2);
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) {
    let h = bits[2 * i + 1] as number;
    let l = bits[2 * i] as number;
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    hi[i] = ~h >>> 0;
    lo[i] = (~l >>> 16) & 0xffff;
  }
  let idsAscending = true;
  for (let i = 1; i < n && idsAscending; i += 1) idsAscending = (ids[i - 1] as number) <= (ids[i] as number);
  // Least significant first: id (unless the hits already come in id order: the sort is stable),
  // then the score's low bits, then its high word. Wider digits pay off on large sets.
  const digitBits = n >= 32_768 ? 16 : 11;
  const keys: Array<[Uint32Array, number]> = [[lo, 16], [hi, 32]];
  if (!idsAscending) keys.unshift([Uint32Array.from(ids), 32]);
  let from = order;
  let to = new Uint32Array(n);
  const counts = new Uint32Array(1 << digitBits);
  const mask = (1 << digitBits) - 1;
  for (const [key, width] of keys) {
    for (let shift = 0; shift < width; shift += digitBits) {
      counts.fill(0);
      for (let i = 0; i < n; i += 1) {
        const digit = ((key[from[i] as number] as number) >>> shift) & mask;
        counts[digit] = (counts[digit] as number) + 1;
      }
      let sum = 0;
      for (let d = 0; d <= mask; d += 1) {
        const c = counts[d] as number;
        counts[d] = sum;
        sum += c;
      }
      for (let i = 0; i < n; i += 1) {
        const position = from[i] as number;
        const digit = ((key[position] as number) >>> shift) & mask;
        to[counts[digit] as number] = position;
        counts[digit] = (counts[digit] as number) + 1;
      }
      [from, to] = [to, from];
    }
  }
  return from;
}
