/**
 * The bench's stock Lunr process (lunr 2.3.9, the same fields, boosts and pipeline as Clipdesk).
 * `build`: read the documents, `lunr.Builder` over all of them, save `index.toJSON()` (which fails
 * past V8's maximum string length on large archives: reported, not hidden). `query`: cold start
 * (read and JSON.parse the file, lunr.Index.load, a first query), timed queries, memory.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import lunr from 'lunr';
import { DATABASE_FILE } from '../../main/archive/store/store.ts';
import { buildLunrIndex } from '../../main/archive/search/lunr-index.ts';
import { readArchiveDocs } from '../../main/archive/search/worker-docs.ts';
import { emit, engineArgs, peakRssMB, round, rssMB, sinceProcessStartS, timeQueries } from './measure.ts';
import { PAGE, PageReader } from './page.ts';
import type { BenchQuery } from './queries.ts';

const args = engineArgs(process.argv.slice(2));
const file = path.join(args.archive, 'bench-lunr-index.json');
const queries = (JSON.parse(readFileSync(args.queriesFile, 'utf8')) as BenchQuery[]).map((q) => q.lunr);

if (args.phase === 'build') {
  rmSync(file, { force: true });
  const start = performance.now();
  const index = buildLunrIndex(readArchiveDocs(path.join(args.archive, DATABASE_FILE)));
  const buildS = (performance.now() - start) / 1000;
  let persistError: string | null = null;
  try {
    writeFileSync(file, JSON.stringify(index));
  } catch (error) {
    persistError = (error as Error).message;
  }
  emit({ buildS: round(buildS), buildPeakRssMB: peakRssMB(), ...(persistError ? { persistError } : {}) });
} else {
  const index = lunr.Index.load(JSON.parse(readFileSync(file, 'utf8')) as object);
  index.search(queries[0] ?? 'news');
  const coldStartS = sinceProcessStartS();
  const reader = new PageReader(args.archive);
  // A query stock Lunr throws on is counted as an error, not timed as an empty answer.
  const timing = await timeQueries(queries, (query) => {
    const results = index.search(query);
    reader.snippets(results.slice(0, PAGE).map((r) => ({ id: Number(r.ref), terms: Object.keys(r.matchData.metadata) })));
    return results.length;
  });
  const rss = rssMB();
  reader.close();
  emit({ ...timing, coldStartS: round(coldStartS), rssMB: rss });
}
