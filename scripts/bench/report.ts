/**
 * The bench's output: the "Search" section of BENCHMARKS.md, which keeps the results of earlier
 * runs for sizes not re-run (a 100,000 run can be added later without redoing the small ones). The
 * data rides along in an HTML comment in that section, and every table is made from it (tables.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BenchReport } from './report-data.ts';
import { importTable, searchTable, targetsTable } from './tables.ts';

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
  // A run that re-measured imports replaces the imports of earlier runs; sizes likewise.
  const runs = [
    ...earlier
      .map((run) => ({ ...run, results: run.results.filter((r) => !sizes.has(r.size)), ...(report.imports ? { imports: undefined } : {}) }))
      .filter((run) => run.results.length > 0 || run.imports),
    report,
  ];
  const body = runs.map((run) => [
    `### ${[...(run.results.length ? [`${run.results.map((r) => r.size.toLocaleString('en')).join(', ')} clippings`] : []), ...(run.imports ? ['imports'] : [])].join(', ')} (${run.date})`,
    '',
    `\`${run.command}\` on ${run.machine.nproc} cores (${run.machine.cpu}), ${run.machine.ramGB} GB RAM, Node ${run.machine.node}; load average at start ${run.machine.loadAverage.join(' ')}${run.machine.loadAverageAtEnd ? `, at the end ${run.machine.loadAverageAtEnd.join(' ')}` : ''}.${run.results.length ? ` ${run.queries} queries of mixed forms per engine.` : ''}`,
    ...(run.results.length ? ['', searchTable(run.results)] : []),
    ...(run.imports ? ['', importTable(run.imports)] : []),
  ].join('\n')).join('\n\n');
  const newSection = [
    '',
    '## Search',
    '',
    'Written by `npm run bench` (scripts/bench.ts); every table here is made from the JSON in the comment at the end of this section. Each engine runs in its own processes: one builds (a full re-index of the generated archive), one starts cold, answers the queries and reports resident memory. Each query is run once untimed, then timed in 5 rounds; its time is the median of its rounds, and "query p50/p95" are over those medians. "round p50s" is the lowest and highest median of a whole round: how much the machine moved while measuring. A query an engine fails on is counted under "errors" and not timed (stock Lunr throws on some forms; it is not a fast empty answer). Clipdesk is measured as the app runs it: its cold start loads the archive service, opens the store and index.bin and answers a first search; each query goes through the archive service, so its time includes the query language, near-duplicate folding, facet counts (tags, sources, authors, years, languages) over the whole result set, and the first page of 20 with snippets. The peers answer the total count and the first page of 20 with snippets, without facets. FTS5 gets the closest equivalent of each query: the same matches for boosts and `+required` (FTS5 ranks by column weights only), FTS5 prefixes for `word*`; it has no fuzzy search (spellfix is not in node:sqlite), so fuzzy queries are not run on it and the ratios are over the queries both ran. Clipdesk reads the documents and builds in a worker; "event loop p99" is the main thread\'s delay meanwhile, and in brackets the same process idle for 3 s just before (the floor a busy machine sets); "add visible" is from handing a pasted text to the archive (parse, store, index) to finding it. Stock Lunr is built up to `--lunr-max` clippings (20,000 unless told; `--lunr-max 50000` is the long run). Imports: a folder imported as `clipdesk import FOLDER` does it, into an empty archive, in rounds (median, lowest–highest); then each part alone on one thread: parse, store (transactions of 50), index (updates of 50).',
    '',
    body,
    '',
    '### Targets',
    '',
    targetsTable(runs),
    '',
    `${DATA_OPEN}${JSON.stringify(runs)}${DATA_CLOSE}`,
    '',
  ].join('\n');
  const updated = start === -1 ? `${text.trimEnd()}\n${newSection}` : `${text.slice(0, start)}${newSection}${end === -1 ? '' : text.slice(end)}`;
  writeFileSync(file, updated);
}
