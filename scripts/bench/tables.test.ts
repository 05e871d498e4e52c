/** The bench's figures and the targets table come from the report's JSON, by rule, not by hand. */
import { describe, expect, it } from 'vitest';
import type { BenchReport } from './report-data.ts';
import { comparableRatios, queryFigures } from './stats.ts';
import { targetsTable } from './tables.ts';

describe('queryFigures', () => {
  it('takes p50 and p95 over the timed queries and leaves failed or skipped ones out', () => {
    const figures = queryFigures({ perQueryMs: [1, 2, null, 3, 4, null], roundP50Ms: [2.5, 3, 2], errors: 1, errorExamples: ['x~: bad'], meanHits: 7 });
    expect(figures).toEqual({ queryP50Ms: 2, queryP95Ms: 4, queryP50SpreadMs: [2, 3], queriesTimed: 4, errors: 1, errorExamples: ['x~: bad'], meanHits: 7 });
  });
});

describe('comparableRatios', () => {
  it('compares only the queries both engines timed', () => {
    // The fuzzy query FTS5 could not run (null) is 100 ms for Clipdesk: it must not count.
    expect(comparableRatios([1, 2, 100, 3], [2, 4, null, 6])).toEqual({ queryP50: 0.5, queryP95: 0.5, comparableQueries: 3 });
    expect(comparableRatios([1], [null])).toEqual({ comparableQueries: 0 });
  });
});

describe('targetsTable', () => {
  const run = (size: number, clipdesk: Record<string, unknown>, imports?: BenchReport['imports']): BenchReport => ({
    command: 'npm run bench',
    date: `run at ${size}`,
    machine: { nproc: 2, cpu: 'cpu', ramGB: 1, node: '24', loadAverage: [0, 0, 0] },
    queries: 10,
    results: [{ size, engines: { clipdesk }, ratiosVsFts5: { queryP50: 0.5, buildS: 6 } }],
    ...(imports ? { imports } : {}),
  });

  it('judges the largest size measured and the latest imports against each target', () => {
    const rate = (median: number) => ({ median, low: median, high: median });
    const small = run(1000, { queryP50Ms: 99 });
    const large = run(100000, { queryP50Ms: 12, queryP95Ms: 60, coldStartS: 1, rssMB: 500, addVisibleMs: 200, docsPerS: 3000, eventLoopP99Ms: 10 }, {
      text: { files: 500, imported: 500, failed: 0, rounds: 3, filesPerS: rate(120), parsePerS: rate(1), storePerS: rate(1), indexPerS: rate(1) },
      pages: { skipped: 'no corpus' },
    });
    const table = targetsTable([large, small]);
    const row = (start: string) => table.split('\n').find((line) => line.startsWith(`| ${start}`)) ?? '';
    expect(table).toContain('100,000 clippings (run at 100000)');
    expect(row('query p50 (')).toContain('| 12 ms | met |');
    expect(row('query p95')).toContain('| 60 ms | missed |');
    expect(row('build against FTS5')).toContain('| 6 × | missed |');
    expect(row('import of text')).toContain('| 120 files/s | met |');
    expect(row('import of saved pages')).toContain('| – | not measured |');
  });
});
