/**
 * The bench's tables, all made from the report's JSON: the search table per size, the import
 * table, and the table of targets (issue 4's search targets, issue 14's import targets) with what
 * the latest run measured against each.
 */
import type { BenchReport, ImportResults, Rate, SizeResult } from './report-data.ts';

const fmt = (v: unknown): string => (typeof v === 'number' && Number.isFinite(v) ? String(v) : '–');
const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
const grid = (head: string[], rows: string[][]): string => [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
const spread = (v: unknown): string => (Array.isArray(v) && v.length === 2 ? `${fmt(v[0])}–${fmt(v[1])}` : '–');

export function searchTable(results: readonly SizeResult[]): string {
  const head = ['size', 'engine', 'query p50 ms', 'p95 ms', 'round p50s ms', 'queries timed', 'errors', 'build s', 'docs/s', 'cold start s', 'RSS MB', 'add visible ms', 'event loop p99 ms (idle)', 'note'];
  const rows: string[][] = [];
  for (const result of results) {
    for (const [engine, value] of Object.entries(result.engines)) {
      if (!value) continue;
      if ('skipped' in value || 'error' in value) {
        rows.push([String(result.size), engine, ...head.slice(2, -1).map(() => ''), 'skipped' in value ? `skipped: ${value.skipped}` : `failed: ${value.error}`]);
        continue;
      }
      const r = value;
      const ratios = result.ratiosVsFts5;
      const note =
        engine === 'clipdesk' && ratios.queryP50 !== undefined
          ? `×FTS5 on the ${fmt(ratios.comparableQueries)} queries both ran: p50 ${fmt(ratios.queryP50)}, p95 ${fmt(ratios.queryP95)}; build ${fmt(ratios.buildS)}`
          : typeof r.persistError === 'string'
            ? `save failed: ${r.persistError}`
            : '';
      const eventLoop = r.eventLoopP99Ms === undefined ? '–' : `${fmt(r.eventLoopP99Ms)} (${fmt(r.idleEventLoopP99Ms)})`;
      rows.push([String(result.size), engine, fmt(r.queryP50Ms), fmt(r.queryP95Ms), spread(r.queryP50SpreadMs), fmt(r.queriesTimed), fmt(r.errors), fmt(r.buildS), fmt(r.docsPerS), fmt(r.coldStartS), fmt(r.rssMB), fmt(r.addVisibleMs), eventLoop, note]);
    }
  }
  return grid(head, rows);
}

const rate = (r: Rate | undefined): string => (r ? `${fmt(r.median)} (${fmt(r.low)}–${fmt(r.high)})` : '–');

export function importTable(imports: ImportResults): string {
  const head = ['files', 'count', 'imported', 'failed', 'files/s, whole import', 'parse alone /s', 'store alone /s', 'index alone /s'];
  const rows = (['text', 'pages'] as const).flatMap((kind) => {
    const r = imports[kind];
    if (!r) return [];
    const name = kind === 'text' ? 'text clippings (.txt)' : 'saved pages (.html)';
    if ('skipped' in r || 'error' in r) return [[name, '', '', '', 'skipped' in r ? `skipped: ${r.skipped}` : `failed: ${r.error}`, '', '', '']];
    return [[name, fmt(r.files), fmt(r.imported), fmt(r.failed), rate(r.filesPerS), rate(r.parsePerS), rate(r.storePerS), rate(r.indexPerS)]];
  });
  return grid(head, rows);
}

interface Target {
  what: string;
  limit: number;
  /** 'max': the measure must be at most the limit; 'min': at least. */
  kind: 'max' | 'min';
  unit: string;
  measured: (size: SizeResult | undefined, imports: ImportResults | undefined) => number | undefined;
}

const clipdesk = (size: SizeResult | undefined): Record<string, unknown> => {
  const value = size?.engines.clipdesk;
  return value && !('skipped' in value) && !('error' in value) ? value : {};
};
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const importRate = (imports: ImportResults | undefined, kind: 'text' | 'pages'): number | undefined => {
  const r = imports?.[kind];
  return r && 'filesPerS' in r ? r.filesPerS.median : undefined;
};

const TARGETS: Target[] = [
  { what: 'query p50 (facets and first-page snippets included)', limit: 15, kind: 'max', unit: 'ms', measured: (s) => num(clipdesk(s).queryP50Ms) },
  { what: 'query p95', limit: 50, kind: 'max', unit: 'ms', measured: (s) => num(clipdesk(s).queryP95Ms) },
  { what: 'cold start to the first answered query', limit: 1.5, kind: 'max', unit: 's', measured: (s) => num(clipdesk(s).coldStartS) },
  { what: 'resident memory after the queries', limit: 800, kind: 'max', unit: 'MB', measured: (s) => num(clipdesk(s).rssMB) },
  { what: 'a new clipping searchable (parse, store, index, found)', limit: 1000, kind: 'max', unit: 'ms', measured: (s) => num(clipdesk(s).addVisibleMs) },
  { what: 'full re-index', limit: 1000, kind: 'min', unit: 'clippings/s', measured: (s) => num(clipdesk(s).docsPerS) },
  { what: 'event-loop delay p99 during a re-index', limit: 50, kind: 'max', unit: 'ms', measured: (s) => num(clipdesk(s).eventLoopP99Ms) },
  { what: 'query p50 against FTS5 (queries both ran)', limit: 3, kind: 'max', unit: '×', measured: (s) => s?.ratiosVsFts5.queryP50 },
  { what: 'build against FTS5', limit: 5, kind: 'max', unit: '×', measured: (s) => s?.ratiosVsFts5.buildS },
  { what: 'import of text clippings (whole import, median of rounds)', limit: 100, kind: 'min', unit: 'files/s', measured: (_s, i) => importRate(i, 'text') },
  { what: 'import of saved pages (whole import, median of rounds)', limit: 30, kind: 'min', unit: 'files/s', measured: (_s, i) => importRate(i, 'pages') },
];

/** The targets against the largest size of the given runs (the latest run that has it) and their imports. */
export function targetsTable(runs: readonly BenchReport[]): string {
  const sizes = runs.flatMap((run) => run.results.map((result) => ({ result, run })));
  const largest = sizes.reduce<(typeof sizes)[number] | undefined>((best, s) => (!best || s.result.size > best.result.size ? s : best), undefined);
  const withImports = [...runs].reverse().find((run) => run.imports);
  const rows = TARGETS.map((t) => {
    const value = t.measured(largest?.result, withImports?.imports);
    const met = value === undefined ? 'not measured' : (t.kind === 'max' ? value <= t.limit : value >= t.limit) ? 'met' : 'missed';
    return [t.what, `${t.kind === 'max' ? '≤' : '≥'} ${t.limit} ${t.unit}`, value === undefined ? '–' : `${value} ${t.unit}`, met];
  });
  const at = largest ? `search at ${largest.result.size.toLocaleString('en')} clippings (${largest.run.date})` : 'no search run';
  const imported = withImports ? `imports (${withImports.date})` : 'no import run';
  return [`Against ${at} and ${imported}:`, '', grid(['target', 'limit', 'measured', ''], rows)].join('\n');
}
