import { describe, expect, it } from 'vitest';
import { formatAuthors, formatDate } from './formatDate.ts';

describe('formatDate', () => {
  it('keeps a date-only value on its calendar day in every time zone', () => {
    expect(formatDate('2014-11-20', 'en-US')).toBe('Nov 20, 2014');
  });
  it('formats a month, passes through what it cannot read, and gives null for no date', () => {
    expect(formatDate('2014-11', 'en-US')).toBe('November 2014');
    expect(formatDate('sometime in 2014', 'en-US')).toBe('sometime in 2014');
    expect(formatDate(null)).toBeNull();
  });
});

describe('formatAuthors', () => {
  it('joins names as a byline reads', () => {
    expect(formatAuthors([])).toBe('');
    expect(formatAuthors(['Jee Abbey Lee'])).toBe('Jee Abbey Lee');
    expect(formatAuthors(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
