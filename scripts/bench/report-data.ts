/** What `npm run bench` reports, as JSON: kept in BENCHMARKS.md, and every table is made from it. */
export type EngineName = 'clipdesk' | 'lunr' | 'fts5';

export interface EngineResult {
  queryP50Ms?: number;
  queryP95Ms?: number;
  buildS?: number;
  coldStartS?: number;
  rssMB?: number;
  addVisibleMs?: number;
  eventLoopP99Ms?: number;
  [more: string]: unknown;
}

export interface SizeResult {
  size: number;
  engines: Partial<Record<EngineName, EngineResult | { skipped: string } | { error: string }>>;
  /** Clipdesk divided by FTS5 (lower is better for Clipdesk). */
  ratiosVsFts5: { queryP50?: number; queryP95?: number; buildS?: number; comparableQueries?: number };
}

/** Files per second: the median of the rounds, and the lowest and highest. */
export interface Rate {
  median: number;
  low: number;
  high: number;
}

export interface ImportResult {
  files: number;
  imported: number;
  failed: number;
  rounds: number;
  filesPerS: Rate;
  parsePerS: Rate;
  storePerS: Rate;
  indexPerS: Rate;
}

export type ImportResults = Partial<Record<'text' | 'pages', ImportResult | { skipped: string } | { error: string }>>;

export interface Machine {
  nproc: number;
  cpu: string;
  ramGB: number;
  node: string;
  loadAverage: number[];
  loadAverageAtEnd?: number[];
}

export interface BenchReport {
  command: string;
  date: string;
  machine: Machine;
  queries: number;
  results: SizeResult[];
  imports?: ImportResults;
}
