/**
 * The bench's Clipdesk process. `build`: a full re-index of the archive as the app does it (the
 * worker reads SQLite and builds; the main thread only waits), timed, with the main thread's
 * event-loop delay measured throughout. `query`: a cold start as the app makes it (load the
 * archive service, open the store and the saved index.bin, answer a first query), the timed queries
 * through the archive service (facets, near-duplicate folding and the first page's snippets
 * included), resident memory, and how long a newly imported clipping takes to be found.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { ArchiveStore, DATABASE_FILE } from '../../main/archive/store/store.ts';
import { SearchIndex } from '../../main/archive/search/index.ts';
import { emit, engineArgs, peakRssMB, round, rssMB, sinceProcessStartS, timeQueries } from './measure.ts';
import { PAGE } from './page.ts';
import type { PdfEngine } from '../../main/archive/export/pdf-engine.ts';
import type { BenchQuery } from './queries.ts';

const args = engineArgs(process.argv.slice(2));
const databaseFile = path.join(args.archive, DATABASE_FILE);
const indexDir = path.join(args.archive, 'index');
const queries = (JSON.parse(readFileSync(args.queriesFile, 'utf8')) as BenchQuery[]).map((q) => q.lunr);

function storeRevision(): number {
  const store = ArchiveStore.open(args.archive);
  try {
    return store.revision();
  } finally {
    store.close();
  }
}

async function open(): Promise<SearchIndex> {
  return SearchIndex.open({
    dir: indexDir,
    revision: storeRevision(),
    databaseFile,
    loadDocs: () => {
      throw new Error('the bench reads documents in the worker only');
    },
    onWarning: (message) => process.stderr.write(`${message}\n`),
  });
}

if (args.phase === 'build') {
  rmSync(indexDir, { recursive: true, force: true });
  // The floor: the same measurement with nothing to do, for a machine that is busy with others.
  const idle = monitorEventLoopDelay({ resolution: 10 });
  idle.enable();
  await new Promise((resolve) => setTimeout(resolve, 3000));
  idle.disable();
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const start = performance.now();
  const index = await open();
  const buildS = (performance.now() - start) / 1000;
  delay.disable();
  const docs = index.docCount;
  await index.close();
  emit({ buildS: round(buildS), docsPerS: Math.round(docs / buildS), eventLoopP99Ms: round(delay.percentile(99) / 1e6, 1), eventLoopMaxMs: round(delay.max / 1e6, 1), idleEventLoopP99Ms: round(idle.percentile(99) / 1e6, 1), buildPeakRssMB: peakRssMB() });
} else {
  // The app's own path: the archive service opens the store, loads the index in its worker (and
  // the facet columns meanwhile), and each query is what the search box gets: Lunr's hits, filters,
  // near-duplicates folded, facets over the whole result set, the first page with its snippets.
  const { openArchive } = await import('../../main/archive/archive.ts');
  const noPrinting: PdfEngine = {
    htmlToPdf: () => Promise.reject(new Error('the bench prints nothing')),
    close: () => Promise.resolve(),
  };
  const archive = await openArchive(args.archive, { host: 'browser', pdfEngine: noPrinting, sampleFile: '' });
  const opened = sinceProcessStartS();
  const ask = async (text: string) => {
    const outcome = await archive.search({ text, limit: PAGE });
    if (!outcome.ok) throw new Error(`${text}: ${outcome.error.message}`);
    return outcome.value;
  };
  await ask(queries[0] ?? 'news');
  const coldStartS = sinceProcessStartS();
  const timing = await timeQueries(queries, async (query) => {
    const found = await ask(query);
    return found.clippings ?? found.total;
  });
  const rss = rssMB();
  // A newly imported clipping: from handing the text to the archive until a search finds it, once
  // the parsing modules are loaded (the app loads them in the background after opening).
  await import('../../main/archive/importing.ts');
  const word = 'zqxbenchmarkword';
  const started = performance.now();
  const imported = await archive.importText(`Bench arrival ${word}\n\nBy Bench Writer\n\nA new clipping about ${word}, imported while the archive is open.`, 'bench.txt');
  const found = await ask(word);
  const addVisibleMs = performance.now() - started;
  const id = imported.ok && imported.value.status === 'imported' ? imported.value.id : null;
  if (id === null || found.hits[0]?.id !== id) throw new Error('the new clipping was not found');
  // Leave the archive as it was: the other engines build from the same store.
  await archive.deleteClipping(id);
  await archive.emptyTrash();
  await archive.close();
  emit({ ...timing, coldStartS: round(coldStartS), openS: round(opened), rssMB: rss, addVisibleMs: round(addVisibleMs, 1) });
}
