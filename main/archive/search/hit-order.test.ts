import { describe, expect, it } from 'vitest';
import { orderHits } from './hit-order.ts';
import { seededRandom } from '../../test-support/search-corpus.ts';

function byComparator(ids: Float64Array, scores: Float64Array): number[] {
  return [...ids.keys()].sort((a, b) => (scores[b] as number) - (scores[a] as number) || (ids[a] as number) - (ids[b] as number));
}

describe('orderHits', () => {
  it('orders large result sets by score, best first, then by id, as a comparator sort does', () => {
    const random = seededRandom(3);
    for (const n of [10, 1500, 20_000]) {
      const ids = new Float64Array(n);
      const scores = new Float64Array(n);
      for (let i = 0; i < n; i += 1) {
        ids[i] = Math.floor(random() * 4_000_000_000);
        // Many ties (a few distinct scores), zeros, and spread values.
        scores[i] = random() < 0.3 ? Math.floor(random() * 5) : random() < 0.1 ? 0 : random() * 100;
      }
      expect([...orderHits(ids, scores, n)]).toEqual(byComparator(ids, scores));
    }
  });

  it('puts negative scores (a negative query boost) after zero', () => {
    const ids = Float64Array.from({ length: 3000 }, (_, i) => i);
    const scores = Float64Array.from({ length: 3000 }, (_, i) => (i % 3) - 1);
    expect([...orderHits(ids, scores, 3000)]).toEqual(byComparator(ids, scores));
  });
});
