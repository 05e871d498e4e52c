/**
 * From what the engines report (per query, the median of its rounds) to the figures in the table:
 * p50 and p95 over the queries, the spread of the rounds' medians, and Clipdesk against FTS5 over
 * only the queries both ran (a query FTS5 has no equivalent of, or that failed on either, is left
 * out of the ratio).
 */
import { percentile, round, type QueryTimings } from './measure.ts';

export interface QueryFigures {
  queryP50Ms?: number;
  queryP95Ms?: number;
  /** The lowest and highest median of a whole round: how much the machine moved between rounds. */
  queryP50SpreadMs?: [number, number];
  queriesTimed: number;
  errors: number;
  errorExamples?: string[];
  meanHits: number;
}

const timed = (values: readonly (number | null)[]): number[] => values.filter((v): v is number => v !== null);

export function queryFigures(timings: QueryTimings): QueryFigures {
  const times = timed(timings.perQueryMs);
  const spread = timings.roundP50Ms.length ? ([Math.min(...timings.roundP50Ms), Math.max(...timings.roundP50Ms)] as [number, number]) : undefined;
  return {
    ...(times.length ? { queryP50Ms: round(percentile(times, 0.5)), queryP95Ms: round(percentile(times, 0.95)) } : {}),
    ...(spread ? { queryP50SpreadMs: spread } : {}),
    queriesTimed: times.length,
    errors: timings.errors,
    ...(timings.errorExamples.length ? { errorExamples: timings.errorExamples } : {}),
    meanHits: timings.meanHits,
  };
}

/** Clipdesk's p50 and p95 over FTS5's, on the queries both timed; and how many those were. */
export function comparableRatios(ours: readonly (number | null)[], fts5: readonly (number | null)[]): { queryP50?: number; queryP95?: number; comparableQueries: number } {
  const both = ours.flatMap((ms, i) => (ms !== null && fts5[i] !== null && fts5[i] !== undefined ? [[ms, fts5[i]] as [number, number]] : []));
  if (both.length === 0) return { comparableQueries: 0 };
  const p = (q: number, side: 0 | 1): number => percentile(both.map((pair) => pair[side]), q);
  return { queryP50: round(p(0.5, 0) / p(0.5, 1), 2), queryP95: round(p(0.95, 0) / p(0.95, 1), 2), comparableQueries: both.length };
}
