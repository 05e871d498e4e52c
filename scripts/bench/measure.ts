/**
 * Shared by the bench's engine processes: percentiles, memory, and the one line each process
 * prints for the orchestrator (scripts/bench.ts) to read.
 */
export const RESULT_PREFIX = 'BENCH_RESULT ';

/** The value below which `p` of the sorted samples fall (nearest rank). */
function percentile(samples: readonly number[], p: number): number {
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

/** Times every query once (after a short warm-up) and returns p50/p95 in ms and the hit counts. */
export function timeQueries(queries: readonly string[], run: (query: string) => number): { queryP50Ms: number; queryP95Ms: number; meanHits: number } {
  for (const query of queries.slice(0, 10)) run(query);
  const times: number[] = [];
  let hits = 0;
  for (const query of queries) {
    const start = performance.now();
    hits += run(query);
    times.push(performance.now() - start);
  }
  return { queryP50Ms: round(percentile(times, 0.5)), queryP95Ms: round(percentile(times, 0.95)), meanHits: Math.round(hits / queries.length) };
}

/** As timeQueries, for an engine answering through promises (the archive service). */
export async function timeQueriesAsync(queries: readonly string[], run: (query: string) => Promise<number>): Promise<{ queryP50Ms: number; queryP95Ms: number; meanHits: number }> {
  for (const query of queries.slice(0, 10)) await run(query);
  const times: number[] = [];
  let hits = 0;
  for (const query of queries) {
    const start = performance.now();
    hits += await run(query);
    times.push(performance.now() - start);
  }
  return { queryP50Ms: round(percentile(times, 0.5)), queryP95Ms: round(percentile(times, 0.95)), meanHits: Math.round(hits / queries.length) };
}

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
