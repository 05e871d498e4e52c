/**
 * The bench's Clipdesk process. `build`: a full re-index of the archive as the app does it (the
 * worker reads SQLite and builds; the main thread only waits), timed, with the main thread's
 * event-loop delay measured throughout. `query`: a cold start (open the saved index.bin, answer a
 * first query), the timed queries, resident memory, and how long until a newly imported clipping
 * is found.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { ArchiveStore, DATABASE_FILE } from '../../main/archive/store/store.ts';
import { SearchIndex } from '../../main/archive/search/index.ts';
import { emit, engineArgs, peakRssMB, round, rssMB, sinceProcessStartS, timeQueries } from './measure.ts';
import { PAGE, PageReader } from './page.ts';
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
  const index = await open();
  const opened = sinceProcessStartS();
  const first = index.search(queries[0] ?? 'news');
  const coldStartS = sinceProcessStartS();
  if (!first.ok) throw new Error(first.message);
  const reader = new PageReader(args.archive);
  const timing = timeQueries(queries, (query) => {
    const outcome = index.search(query);
    if (!outcome.ok) return 0;
    reader.snippets(outcome.hits.slice(0, PAGE));
    return outcome.hits.length;
  });
  const rss = rssMB();
  // A newly imported clipping: committed to the store, handed to the index, found by a search.
  const store = ArchiveStore.open(args.archive);
  const word = 'zqxbenchmarkword';
  const started = performance.now();
  const id = store.insert(
    { title: `Bench arrival ${word}`, subtitle: null, authors: ['Bench'], source: 'Bench', url: null, publishedAt: null, language: 'en', images: [], body: [`A new clipping about ${word}.`], authorBio: null },
    { name: 'bench.txt', sha256: `${Date.now()}`.padEnd(64, '0'), mediaType: 'text/plain', data: new TextEncoder().encode(word) },
    new Date().toISOString(),
  );
  await index.update({ upsert: store.texts([id]), remove: [], revision: store.revision() });
  const found = index.search(word);
  const addVisibleMs = performance.now() - started;
  if (!found.ok || found.hits[0]?.id !== id) throw new Error('the new clipping was not found');
  // Leave the archive as it was (the next build starts from scratch anyway).
  store.delete(id);
  await index.update({ upsert: [], remove: [id], revision: store.revision() });
  store.close();
  reader.close();
  await index.close();
  emit({ ...timing, coldStartS: round(coldStartS), openS: round(opened), rssMB: rss, addVisibleMs: round(addVisibleMs, 1) });
}
