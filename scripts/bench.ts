/**
 * `npm run bench`: search at several archive sizes, Clipdesk beside stock Lunr and SQLite FTS5.
 *
 *   npm run bench -- [--sizes 1000,10000] [--json] [--queries 200] [--seed 1] [--cache DIR]
 *                    [--engines clipdesk,lunr,fts5] [--lunr-max 20000] [--timeout-min 30] [--no-write | --write]
 *                    [--import-files 500] [--import-pages N] [--import-rounds 3] [--no-import] [--import-only]
 *
 * Stock Lunr is built only up to --lunr-max clippings (its build takes minutes and gigabytes past
 * that): `--lunr-max 50000` measures it at 50,000, the long run. Each query is timed in 5 rounds
 * after a warm-up round (measure.ts); failures are counted per engine, not timed. The import part
 * (engine-import.ts) imports a folder of generated text clippings and, where ../shared/corpus is
 * beside the project, its saved web pages.
 *
 * For each size a generated archive (main/generate, seeded) is made once and kept in the
 * cache folder; queries are drawn from its text. Every engine runs in its own child processes
 * (scripts/bench/engine-*.ts), so each one's memory is its own. `--json` prints one JSON document;
 * otherwise a table, and the "Search" section of BENCHMARKS.md is updated (unless --no-write).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clippingText, generateArchive, generateClippings } from '../main/generate/index.ts';
import { ArchiveStore, DATABASE_FILE } from '../main/archive/store/store.ts';
import { RESULT_PREFIX, round, type QueryTimings } from './bench/measure.ts';
import { comparableRatios, queryFigures } from './bench/stats.ts';
import { makeQueries } from './bench/queries.ts';
import { updateBenchmarksFile } from './bench/report.ts';
import { importTable, searchTable } from './bench/tables.ts';
import type { BenchReport, EngineName, EngineResult, ImportResult, ImportResults, Machine, SizeResult } from './bench/report-data.ts';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const ENGINES: readonly EngineName[] = ['clipdesk', 'lunr', 'fts5'];

interface Options {
  importFiles: number;
  /** At most this many saved pages (all of the corpus's unless told; 0 for none). */
  importPages: number;
  importRounds: number;
  imports: boolean;
  searches: boolean;
  sizes: number[];
  json: boolean;
  queries: number;
  seed: number;
  cache: string;
  engines: EngineName[];
  lunrMax: number;
  timeoutMs: number;
  write: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { importFiles: 500, importPages: Number.POSITIVE_INFINITY, importRounds: 3, imports: true, searches: true, sizes: [1000, 10000], json: false, queries: 200, seed: 1, cache: path.join(os.tmpdir(), 'clipdesk-bench'), engines: [...ENGINES], lunrMax: 20000, timeoutMs: 30 * 60_000, write: true };
  const number = (name: string, value: string | undefined): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} needs a whole number above zero, not "${value ?? ''}"`);
    return n;
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const value = (): string | undefined => argv[++i];
    if (arg === '--json') options.json = true;
    else if (arg === '--no-write') options.write = false;
    else if (arg === '--write') options.write = true;
    else if (arg === '--sizes') options.sizes = (value() ?? '').split(',').map((s) => number('--sizes', s.trim()));
    else if (arg === '--queries') options.queries = number('--queries', value());
    else if (arg === '--seed') options.seed = number('--seed', value());
    else if (arg === '--cache') options.cache = path.resolve(value() ?? '');
    else if (arg === '--lunr-max') options.lunrMax = number('--lunr-max', value());
    else if (arg === '--import-files') options.importFiles = number('--import-files', value());
    else if (arg === '--import-pages') options.importPages = Number(value());
    else if (arg === '--import-rounds') options.importRounds = number('--import-rounds', value());
    else if (arg === '--no-import') options.imports = false;
    else if (arg === '--import-only') options.searches = false;
    else if (arg === '--timeout-min') options.timeoutMs = number('--timeout-min', value()) * 60_000;
    else if (arg === '--engines') {
      options.engines = (value() ?? '').split(',').map((name) => {
        if (!ENGINES.includes(name as EngineName)) throw new Error(`unknown engine "${name}" (known: ${ENGINES.join(', ')})`);
        return name as EngineName;
      });
    } else throw new Error(`unknown option "${arg}"`);
  }
  // JSON is for machines: BENCHMARKS.md is only touched when asked.
  if (options.json && !argv.includes('--write')) options.write = false;
  return options;
}

function machine(): Machine {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // Not Linux: os.cpus() said it.
  }
  return { nproc: os.availableParallelism(), cpu, ramGB: round(os.totalmem() / 1024 ** 3, 1), node: process.versions.node, loadAverage: os.loadavg().map((n) => round(n, 2)) };
}

function log(options: Options, message: string): void {
  if (!options.json) process.stdout.write(`${message}\n`);
  else process.stderr.write(`${message}\n`);
}

/** The archive for a size, generated once and reused while it still holds exactly that many clippings. */
async function archiveFor(options: Options, size: number): Promise<string> {
  const dir = path.join(options.cache, `archive-${size}-seed${options.seed}`);
  if (existsSync(path.join(dir, DATABASE_FILE))) {
    const store = ArchiveStore.open(dir);
    const count = store.count();
    store.close();
    if (count === size) return dir;
  }
  rmSync(dir, { recursive: true, force: true });
  log(options, `generating ${size} clippings in ${dir}…`);
  await generateArchive(dir, { count: size, seed: options.seed });
  return dir;
}

/** Runs one engine phase in a child process and returns what it reported. */
function runEngine(options: Options, engine: EngineName, phase: 'build' | 'query', archive: string, queriesFile: string): Promise<EngineResult> {
  return runChild(options, `${engine} ${phase}`, path.join(ROOT, 'scripts', 'bench', `engine-${engine}.ts`), [phase, archive, queriesFile]);
}

/** Runs a bench process (what it is: `name`) and returns the result line it printed. */
function runChild(options: Options, name: string, script: string, args: string[]): Promise<EngineResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
      if (code === 0 && line) return resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as EngineResult);
      const why = signal === 'SIGKILL' ? `timed out after ${options.timeoutMs / 60_000} min` : `exit ${code ?? signal}`;
      reject(new Error(`${name}: ${why}; ${stderr.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}

async function benchSize(options: Options, size: number): Promise<SizeResult> {
  const archive = await archiveFor(options, size);
  const queriesFile = path.join(options.cache, `queries-${size}-seed${options.seed}-${options.queries}.json`);
  writeFileSync(queriesFile, JSON.stringify(makeQueries(path.join(archive, DATABASE_FILE), options.queries, options.seed)));
  const result: SizeResult = { size, engines: {}, ratiosVsFts5: {} };
  const perQuery: Partial<Record<EngineName, (number | null)[]>> = {};
  for (const engine of options.engines) {
    if (engine === 'lunr' && size > options.lunrMax) {
      result.engines.lunr = { skipped: `over --lunr-max ${options.lunrMax}: stock Lunr's build takes minutes and gigabytes here; \`--lunr-max 50000\` measures it (the long run)` };
      continue;
    }
    try {
      log(options, `${size}: ${engine} build…`);
      const built = await runEngine(options, engine, 'build', archive, queriesFile);
      log(options, `${size}: ${engine} queries…`);
      const { perQueryMs, roundP50Ms, errors, errorExamples, meanHits, ...queried } = await runEngine(options, engine, 'query', archive, queriesFile);
      const timings = { perQueryMs, roundP50Ms, errors, errorExamples, meanHits } as QueryTimings;
      perQuery[engine] = timings.perQueryMs;
      result.engines[engine] = { ...built, ...queried, ...queryFigures(timings) };
    } catch (error) {
      result.engines[engine] = { error: (error as Error).message };
    }
  }
  const ours = result.engines.clipdesk;
  const fts = result.engines.fts5;
  if (ours && fts && 'buildS' in ours && 'buildS' in fts && perQuery.clipdesk && perQuery.fts5) {
    const buildS = typeof ours.buildS === 'number' && typeof fts.buildS === 'number' && fts.buildS > 0 ? round(ours.buildS / fts.buildS, 2) : undefined;
    result.ratiosVsFts5 = { ...comparableRatios(perQuery.clipdesk, perQuery.fts5), ...(buildS !== undefined ? { buildS } : {}) };
  }
  return result;
}

/** Text clippings (generated, a seed of their own) and saved pages (the shared corpus), each a folder of files. */
async function benchImports(options: Options): Promise<ImportResults> {
  const imports: ImportResults = {};
  const text = path.join(options.cache, `import-text-${options.importFiles}-seed${options.seed}`);
  if (!existsSync(text)) {
    mkdirSync(text, { recursive: true });
    let n = 0;
    for (const clipping of generateClippings(options.importFiles, options.seed + 1000)) writeFileSync(path.join(text, `clipping-${String(++n).padStart(5, '0')}.txt`), clippingText(clipping));
  }
  const pages = savedPagesFolder(options);
  for (const [kind, folder] of [['text', text], ['pages', pages]] as const) {
    if (!folder) {
      imports.pages = { skipped: options.importPages === 0 ? 'not asked for (--import-pages 0)' : `no saved pages: ${CORPUS} is not beside the project` };
      continue;
    }
    log(options, `import: ${kind} (${folder})…`);
    try {
      imports[kind] = (await runChild(options, `import ${kind}`, path.join(ROOT, 'scripts', 'bench', 'engine-import.ts'), [folder, String(options.importRounds)])) as unknown as ImportResult;
    } catch (error) {
      imports[kind] = { error: (error as Error).message };
    }
  }
  return imports;
}

const CORPUS = path.join(ROOT, '..', 'shared', 'corpus');

/** The corpus's saved pages (each test page's source.html), copied once under plain names. */
function savedPagesFolder(options: Options): string | null {
  const roots = ['web-pages', 'article-bodies'].map((name) => path.join(CORPUS, name)).filter((dir) => existsSync(dir));
  if (roots.length === 0) return null;
  if (options.importPages === 0) return null;
  const folder = path.join(options.cache, `import-pages-${options.importPages}`);
  if (existsSync(folder)) return folder;
  mkdirSync(folder, { recursive: true });
  const sources = roots.flatMap((root) => readdirSync(root).sort().map((page) => ({ name: `${path.basename(root)}-${page}.html`, file: path.join(root, page, 'source.html') })));
  for (const { name, file } of sources.filter((s) => existsSync(s.file)).slice(0, options.importPages)) copyFileSync(file, path.join(folder, name));
  return folder;
}

const options = parseOptions(process.argv.slice(2));
mkdirSync(options.cache, { recursive: true });
const report: BenchReport = {
  command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, ''),
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  machine: machine(),
  queries: options.queries,
  results: [],
};
if (options.searches) for (const size of options.sizes) report.results.push(await benchSize(options, size));
if (options.imports) report.imports = await benchImports(options);
report.machine.loadAverageAtEnd = os.loadavg().map((n) => round(n, 2));
if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else process.stdout.write(`\n${report.results.length ? `${searchTable(report.results)}\n` : ''}${report.imports ? `${importTable(report.imports)}\n` : ''}`);
if (options.write) {
  updateBenchmarksFile(path.join(ROOT, 'BENCHMARKS.md'), report);
  log(options, 'BENCHMARKS.md updated (section "Search").');
}
