import { describe, expect, it } from 'vitest';
import { corpusBodyScore, pageF1, shingleMatch } from './shingles.ts';

describe('the benchmark body score', () => {
  it('counts shared four-word shingles with multiplicity, normalised per page', () => {
    const counts = shingleMatch('one two three four five', 'one two three four six');
    // truth shingles: [1234, 2345]; found: [1234, 2346]
    expect(counts).toEqual({ tp: 1 / 3, fp: 1 / 3, fn: 1 / 3 });
    expect(pageF1(counts)).toBeCloseTo(0.5);
  });
  it('is case-sensitive like the benchmark, and perfect for identical text', () => {
    expect(pageF1(shingleMatch('A b c d', 'a b c d'))).toBe(0);
    expect(pageF1(shingleMatch('word word word word word', 'word word word word word'))).toBe(1);
  });
  it('averages precision and recall over pages, leaving empty answers out of precision', () => {
    const score = corpusBodyScore([shingleMatch('a b c d', 'a b c d'), shingleMatch('e f g h', '')]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(0.5);
    expect(score.f1).toBeCloseTo(2 / 3);
  });
});
