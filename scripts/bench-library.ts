/**
 * `npm run bench:library`: the library and tag operations on a generated archive (default
 * 100,000 clippings): a sorted, filtered page of the list, bulk tagging 10,000 clippings (until
 * the call returns, with the index update queued, and until the index has caught up), renaming a
 * tag used by about 20,000, undo, the tag tree and the date histogram.
 *
 *   npm run bench:library -- [--count 100000] [--seed 1] [--cache DIR] [--archive DIR] [--runs 15] [--lists-only] [--no-write]
 *
 * The archive is generated once into the cache folder (main/generate) and copied for each
 * run, so the measured changes never accumulate. --archive takes an archive made before (by
 * `clipdesk generate`, with its index) instead: it is only copied from, never opened or changed.
 * --lists-only stops after the reads (no bulk tag, rename or undo) and writes nothing. Prints a table; updates the
 * "Library" section of BENCHMARKS.md unless --no-write.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ListQuery, Result } from '../preload/api/index.ts';
import { openArchive } from '../main/archive/archive.ts';
import { createChromiumPdfEngine } from '../main/chromium/pdf-engine.ts';
import { generateArchive } from '../main/generate/index.ts';
import { SAMPLE_FILE } from '../main/archive/location.ts';
import { ArchiveStore } from '../main/archive/store/store.ts';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const CATCH_UP_LIMIT_MS = 5 * 60_000;

interface Options {
  count: number;
  seed: number;
  cache: string;
  runs: number;
  write: boolean;
  /** An existing archive to copy from, instead of the generated one in the cache. */
  archive: string | null;
  listsOnly: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { count: 100_000, seed: 1, cache: path.join(os.tmpdir(), 'clipdesk-bench-library'), runs: 15, write: true, archive: null, listsOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = (): string => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      return value;
    };
    if (arg === '--count') options.count = Number(next());
    else if (arg === '--seed') options.seed = Number(next());
    else if (arg === '--cache') options.cache = next();
    else if (arg === '--runs') options.runs = Number(next());
    else if (arg === '--no-write') options.write = false;
    else if (arg === '--archive') options.archive = path.resolve(next());
    else if (arg === '--lists-only') options.listsOnly = true;
    else throw new Error(`Unknown option ${arg}. Usage: npm run bench:library -- [--count N] [--seed S] [--cache DIR] [--archive DIR] [--runs R] [--lists-only] [--no-write]`);
  }
  return options;
}

const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

async function time<T>(work: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

/** The median of `runs` timings; `work` is told which run it is, so each can ask for something different. */
async function median(runs: number, work: (run: number) => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await time(() => work(i))).ms);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

interface Row {
  operation: string;
  ms: number;
  target?: number;
}

/** Rows as they are measured, also said on stderr at once (a long index catch-up should not hide the rest). */
class Rows extends Array<Row> {
  override push(...rows: Row[]): number {
    for (const row of rows) console.error(`  ${row.operation}: ${row.ms.toFixed(1)} ms`);
    return super.push(...rows);
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const loadAtStart = os.loadavg().map((n) => n.toFixed(1)).join(' ');
  const source = options.archive ?? path.join(options.cache, `${options.count}-seed${options.seed}`);
  if (options.archive && !existsSync(path.join(source, 'archive.sqlite'))) throw new Error(`--archive ${source}: there is no archive.sqlite in that folder.`);
  if (!existsSync(path.join(source, 'archive.sqlite'))) {
    console.error(`Generating ${options.count.toLocaleString('en')} clippings into ${source}…`);
    rmSync(source, { recursive: true, force: true });
    mkdirSync(source, { recursive: true });
    await generateArchive(source, { count: options.count, seed: options.seed });
  }
  // Bring the schema up to date once (of the cached archive; of the copy of one given with
  // --archive, which is never written), so the timed open measures the operations, not a migration.
  if (!options.archive) ArchiveStore.open(source).close();
  const dir = path.join(options.cache, `run-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  // The archive itself only: a generated folder may hold other benchmarks' files (bench-fts5.sqlite).
  cpSync(source, dir, { recursive: true, filter: (from) => from === source || /^(archive\.sqlite(-wal|-shm)?|index|assets)$/.test(path.relative(source, from).split(path.sep)[0]!) });
  if (options.archive) ArchiveStore.open(dir).close();

  const pdfEngine = createChromiumPdfEngine();
  console.error('Opening the archive (the search index is built on first open)…');
  const opened = await time(() => openArchive(dir, { pdfEngine, host: 'browser', sampleFile: SAMPLE_FILE }));
  const archive = opened.result;
  const rows: Row[] = new Rows();
  rows.push({ operation: 'open archive (index load or build)', ms: opened.ms });
  try {
    const tags = value(await archive.listTags());
    // The most used tag's parent (the tree is timed below, on its first call).
    const parentTag = tags[0]!.tag.split('/')[0]!;
    const source0 = value(await archive.list({ limit: 1 })).items[0]?.source ?? '';
    // Nothing asks for a view before its first page is timed (its set is made then: list-set.ts);
    // the parent tag's total is named from that first page.
    const pages: [(total: number) => string, ListQuery][] = [
      [() => 'list: first page, newest imported', { sort: 'imported', limit: 100 }],
      [() => 'list: page 500 (offset 50,000), published', { sort: 'published', offset: 50_000, limit: 100 }],
      [(total) => `list: parent tag "${parentTag}" (${total}), by title, page 20`, { tags: [parentTag], sort: 'title', offset: 2_000, limit: 100 }],
      [() => 'list: two tags (any of), by source', { tags: [tags[0]!.tag, tags[1]!.tag], tagMatch: 'any', sort: 'source', limit: 100 }],
      [() => 'list: source + 2014-2016, published', { source: source0, from: '2014', to: '2016', sort: 'published', limit: 100 }],
    ];
    for (const [named, query] of pages) {
      // The first call makes the view's set and count; later pages of the same view reuse them.
      const first = await time(async () => value(await archive.list(query)));
      const name = named(first.result.total);
      rows.push({ operation: `${name}: first page of the view`, ms: first.ms, target: 50 });
      // Each run a different page (the next ones after the first), as someone scrolling reads them.
      rows.push({ operation: `${name}: next pages (median)`, ms: await median(options.runs, async (run) => value(await archive.list({ ...query, offset: (query.offset ?? 0) + 100 * (run + 1) }))), target: 50 });
    }
    // Counted once per store revision: the first call is the one that counts.
    rows.push({ operation: 'tag tree with subtree counts', ms: (await time(async () => value(await archive.tagTree()))).ms });
    rows.push({ operation: 'date histogram (whole archive)', ms: await median(5, async () => value(await archive.dateHistogram({}))) });
    rows.push({ operation: 'select all ids (listIds, whole archive)', ms: await median(5, async () => value(await archive.listIds({}))) });
    if (!options.listsOnly) {
      const ids = value(await archive.listIds({ sort: 'imported' })).slice(0, 10_000);
      const bulk = await time(async () => value(await archive.bulkTag(ids, ['bench/bulk'], [])));
      rows.push({ operation: `bulk tag ${ids.length.toLocaleString('en')} (returns, index update queued)`, ms: bulk.ms, target: 2000 });
      // The index's background merges on a large base may take minutes: stop waiting after CATCH_UP_LIMIT_MS.
      const caughtUp = await time(() => Promise.race([archive.whenIndexIdle().then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), CATCH_UP_LIMIT_MS))]));
      rows.push({ operation: `… until the index has all ${ids.length.toLocaleString('en')}${caughtUp.result ? '' : ' (still merging: stopped waiting)'}`, ms: bulk.ms + caughtUp.ms });
      const undoBulk = await time(async () => value(await archive.undo()));
      rows.push({ operation: 'undo that bulk tag (returns)', ms: undoBulk.ms });

      const near = [...tags].sort((a, b) => Math.abs(a.count - 20_000) - Math.abs(b.count - 20_000))[0]!;
      const rename = await time(async () => value(await archive.renameTag(near.tag, `${near.tag}-renamed`)));
      rows.push({ operation: `rename "${near.tag}" used by ${near.count.toLocaleString('en')} (returns)`, ms: rename.ms });
      const undoRename = await time(async () => value(await archive.undo()));
      rows.push({ operation: 'undo that rename (returns)', ms: undoRename.ms });
    }
  } finally {
    await archive.close();
    await pdfEngine.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const width = Math.max(...rows.map((r) => r.operation.length));
  const lines = [
    `| ${'Operation'.padEnd(width)} | Time (ms) | Target |`,
    `| ${'-'.repeat(width)} | --------: | -----: |`,
    ...rows.map((r) => `| ${r.operation.padEnd(width)} | ${r.ms.toFixed(1).padStart(9)} | ${(r.target ? `< ${r.target}` : '').padStart(6)} |`),
  ];
  console.log(lines.join('\n'));
  if (options.write && !options.listsOnly) {
    const file = path.join(ROOT, 'BENCHMARKS.md');
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
    const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, Node ${process.versions.node}`;
    const section = [
      '',
      '## Library',
      '',
      `Written by \`npm run bench:library\` (scripts/bench-library.ts) on ${new Date().toISOString().slice(0, 10)}: a generated archive of ${options.count.toLocaleString('en')} clippings (seed ${options.seed}) on ${machine}; load average at start ${loadAtStart}. List times go through the archive service (count and page of 100 summaries): the first page of a view makes its count, the ${options.runs} pages after it (the median of their times, each page a different one) reuse it until the archive changes. Bulk and rename times run until the call returns: the store is changed in one transaction and the index update is queued, then fed to the index in slices of 50 in the background ("until the index has all" waits for that and for the background merge that folds them into the base and saves it).`,
      '',
      ...lines,
      '',
    ].join('\n');
    const start = text.indexOf('\n## Library\n');
    const end = start === -1 ? -1 : text.indexOf('\n## ', start + 1);
    const next = start === -1 ? `${text.trimEnd()}\n${section}` : `${text.slice(0, start)}${section}${end === -1 ? '' : text.slice(end)}`;
    writeFileSync(file, next);
    console.error(`Updated ${file}`);
  }
}

await main();
