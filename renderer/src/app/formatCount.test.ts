import { describe, expect, it } from 'vitest';
import { formatCount } from './formatCount.ts';

describe('formatCount', () => {
  it('groups thousands as English readers expect', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(43944)).toBe('43,944');
    expect(formatCount(100000)).toBe('100,000');
  });
});
