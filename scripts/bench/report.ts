/**
 * The bench's output: the table printed for people, and the "Search" section of BENCHMARKS.md,
 * which keeps the results of earlier runs for sizes not re-run (a 100,000 run can be added later
 * without redoing the small ones). The data rides along in an HTML comment in that section.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

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
  ratiosVsFts5: { queryP50?: number; queryP95?: number; buildS?: number };
}

export interface Machine {
  nproc: number;
  cpu: string;
  ramGB: number;
  node: string;
  loadAverage: number[];
}

export interface BenchReport {
  command: string;
  date: string;
  machine: Machine;
  queries: number;
  results: SizeResult[];
}

const fmt = (v: unknown): string => (typeof v === 'number' && Number.isFinite(v) ? String(v) : '–');

export function table(results: readonly SizeResult[]): string {
  const head = ['size', 'engine', 'query p50 ms', 'p95 ms', 'build s', 'docs/s', 'cold start s', 'RSS MB', 'add visible ms', 'event loop p99 ms (idle)', 'note'];
  const rows: string[][] = [];
  for (const result of results) {
    for (const [engine, value] of Object.entries(result.engines)) {
      if (!value) continue;
      if ('skipped' in value || 'error' in value) {
        rows.push([String(result.size), engine, '', '', '', '', '', '', '', '', 'skipped' in value ? `skipped: ${value.skipped}` : `failed: ${value.error}`]);
        continue;
      }
      const r = value;
      const note = engine === 'clipdesk' && result.ratiosVsFts5.queryP50 !== undefined ? `×FTS5: p50 ${fmt(result.ratiosVsFts5.queryP50)}, build ${fmt(result.ratiosVsFts5.buildS)}` : typeof r.persistError === 'string' ? `save failed: ${r.persistError}` : '';
      rows.push([String(result.size), engine, fmt(r.queryP50Ms), fmt(r.queryP95Ms), fmt(r.buildS), fmt(r.docsPerS), fmt(r.coldStartS), fmt(r.rssMB), fmt(r.addVisibleMs), r.eventLoopP99Ms === undefined ? '–' : `${fmt(r.eventLoopP99Ms)} (${fmt(r.idleEventLoopP99Ms)})`, note]);
    }
  }
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const DATA_OPEN = '<!-- bench-search-data ';
const DATA_CLOSE = ' -->';

/** Replaces (or adds) the "## Search" section of BENCHMARKS.md, merging with earlier sizes. */
export function updateBenchmarksFile(file: string, report: BenchReport): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = text.indexOf('\n## Search\n');
  const end = start === -1 ? -1 : text.indexOf('\n## ', start + 1);
  const section = start === -1 ? '' : text.slice(start, end === -1 ? undefined : end);
  const earlier: BenchReport[] = [];
  const at = section.indexOf(DATA_OPEN);
  if (at !== -1) {
    try {
      earlier.push(...(JSON.parse(section.slice(at + DATA_OPEN.length, section.indexOf(DATA_CLOSE, at))) as BenchReport[]));
    } catch {
      // A hand-edited section: start over with this run.
    }
  }
  const sizes = new Set(report.results.map((r) => r.size));
  const runs = [...earlier.map((run) => ({ ...run, results: run.results.filter((r) => !sizes.has(r.size)) })).filter((run) => run.results.length > 0), report];
  const body = runs.map((run) => [
    `### ${run.results.map((r) => r.size.toLocaleString('en')).join(', ')} clippings (${run.date})`,
    '',
    `\`${run.command}\` on ${run.machine.nproc} cores (${run.machine.cpu}), ${run.machine.ramGB} GB RAM, Node ${run.machine.node}; load average at start ${run.machine.loadAverage.join(' ')}. ${run.queries} queries of mixed forms per engine.`,
    '',
    table(run.results),
  ].join('\n')).join('\n\n');
  const newSection = [
    '',
    '## Search',
    '',
    'Written by `npm run bench` (scripts/bench.ts). Each engine runs in its own processes: one builds (a full re-index of the generated archive), one starts cold, answers the queries and reports resident memory. Clipdesk is measured as the app runs it: its cold start loads the archive service, opens the store and index.bin and answers a first search; each query goes through the archive service, so its time includes the query language, near-duplicate folding, facet counts (tags, sources, authors, years, languages) over the whole result set, and the first page of 20 with snippets. The peers answer the total count and the first page of 20 with snippets, without facets. Clipdesk reads the documents and builds in a worker; "event loop p99" is the main thread\'s delay meanwhile, and in brackets the same process idle for 3 s just before (the floor a busy machine sets); "add visible" is from handing a pasted text to the archive (parse, store, index) to finding it. Stock Lunr is skipped above 20,000 clippings (the issue measured 228 s and 4.7 GB to build 50,000, and its JSON cannot be saved past about 85,000). FTS5 has no fuzzy or boost syntax: those queries are plain terms there.',
    '',
    body,
    '',
    `${DATA_OPEN}${JSON.stringify(runs)}${DATA_CLOSE}`,
    '',
  ].join('\n');
  const updated = start === -1 ? `${text.trimEnd()}\n${newSection}` : `${text.slice(0, start)}${newSection}${end === -1 ? '' : text.slice(end)}`;
  writeFileSync(file, updated);
}
