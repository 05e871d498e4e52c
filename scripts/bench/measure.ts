/**
 * Shared by the bench's engine processes: percentiles, memory, and the one line each process
 * prints for the orchestrator (scripts/bench.ts) to read.
 */
export const RESULT_PREFIX = 'BENCH_RESULT ';

/** The value below which `p` of the sorted samples fall (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank] as number;
}

export function rssMB(): number {
  return round(process.memoryUsage().rss / 1024 / 1024, 1);
}

/** Peak resident memory of this process so far. */
export function peakRssMB(): number {
  return round(process.resourceUsage().maxRSS / 1024, 1);
}

export function round(value: number, digits = 3): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export function emit(result: object): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

/** Seconds since this process started: what a user waits from launch. */
export function sinceProcessStartS(): number {
  return performance.now() / 1000;
}

/** How many times each query is timed, after one untimed round that warms every code path. */
const ROUNDS = 5;

/**
 * What an engine reports of its queries: per query, the median of its ROUNDS timings (null where
 * the query was not run: not comparable for this engine, or it failed); the median time of each
 * round over all queries (their spread says how steady the machine was); and the failures,
 * counted and never timed (a failed query is not a fast answer).
 */
export interface QueryTimings {
  perQueryMs: (number | null)[];
  roundP50Ms: number[];
  errors: number;
  errorExamples: string[];
  meanHits: number;
}

/** The answer's size, or why it failed, or null for a query this engine has no equivalent of. */
export type QueryRun = (query: string) => Promise<number> | number;

export async function timeQueries(queries: readonly (string | null)[], run: QueryRun): Promise<QueryTimings> {
  const failed = new Map<number, string>();
  let hits = 0;
  let answered = 0;
  // Warm-up round, untimed: it also finds the queries that fail, which are then left out.
  for (const [i, query] of queries.entries()) {
    if (query === null) continue;
    try {
      hits += await run(query);
      answered += 1;
    } catch (error) {
      failed.set(i, `${query}: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const samples = queries.map(() => [] as number[]);
  const roundP50Ms: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const times: number[] = [];
    for (const [i, query] of queries.entries()) {
      if (query === null || failed.has(i)) continue;
      const start = performance.now();
      await run(query);
      const ms = performance.now() - start;
      samples[i]!.push(ms);
      times.push(ms);
    }
    roundP50Ms.push(round3(percentile(times, 0.5)));
  }
  return {
    perQueryMs: samples.map((times) => (times.length ? round3(percentile(times, 0.5)) : null)),
    roundP50Ms,
    errors: failed.size,
    errorExamples: [...failed.values()].slice(0, 3),
    meanHits: answered ? Math.round(hits / answered) : 0,
  };
}

const round3 = (value: number): number => round(value, 3);

export interface EngineArgs {
  phase: 'build' | 'query';
  archive: string;
  queriesFile: string;
}

export function engineArgs(argv: readonly string[]): EngineArgs {
  const [phase, archive, queriesFile] = argv;
  if ((phase !== 'build' && phase !== 'query') || !archive || !queriesFile) {
    throw new Error('usage: node scripts/bench/engine-<name>.ts build|query ARCHIVE_DIR QUERIES_JSON');
  }
  return { phase, archive, queriesFile };
}
