import { describe, expect, it } from 'vitest';
import { bars } from './DateHistogram.tsx';

describe('date histogram bars', () => {
  it('keeps months when the clippings span three years or less', () => {
    expect(bars([{ month: '2014-01', count: 2 }, { month: '2016-12', count: 1 }])).toEqual([
      { key: '2014-01', count: 2 },
      { key: '2016-12', count: 1 },
    ]);
  });

  it('adds months into years, with empty years shown, over a longer span', () => {
    expect(bars([{ month: '2010-01', count: 2 }, { month: '2010-05', count: 3 }, { month: '2013-02', count: 1 }])).toEqual([
      { key: '2010', count: 5 },
      { key: '2011', count: 0 },
      { key: '2012', count: 0 },
      { key: '2013', count: 1 },
    ]);
    expect(bars([])).toEqual([]);
  });
});
