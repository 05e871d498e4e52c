/**
 * `npm run bench`: search at several archive sizes, Clipdesk beside stock Lunr and SQLite FTS5.
 *
 *   npm run bench -- [--sizes 1000,10000] [--json] [--queries 200] [--seed 1] [--cache DIR]
 *                    [--engines clipdesk,lunr,fts5] [--lunr-max 20000] [--timeout-min 30] [--no-write | --write]
 *
 * For each size a generated archive (main/generate, seeded) is made once and kept in the
 * cache folder; queries are drawn from its text. Every engine runs in its own child processes
 * (scripts/bench/engine-*.ts), so each one's memory is its own. `--json` prints one JSON document;
 * otherwise a table, and the "Search" section of BENCHMARKS.md is updated (unless --no-write).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArchive } from '../main/generate/index.ts';
import { ArchiveStore, DATABASE_FILE } from '../main/archive/store/store.ts';
import { RESULT_PREFIX, round } from './bench/measure.ts';
import { makeQueries } from './bench/queries.ts';
import { table, updateBenchmarksFile } from './bench/report.ts';
import type { BenchReport, EngineName, EngineResult, Machine, SizeResult } from './bench/report.ts';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const ENGINES: readonly EngineName[] = ['clipdesk', 'lunr', 'fts5'];

interface Options {
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
  const options: Options = { sizes: [1000, 10000], json: false, queries: 200, seed: 1, cache: path.join(os.tmpdir(), 'clipdesk-bench'), engines: [...ENGINES], lunrMax: 20000, timeoutMs: 30 * 60_000, write: true };
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
  const script = path.join(ROOT, 'scripts', 'bench', `engine-${engine}.ts`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, phase, archive, queriesFile], { stdio: ['ignore', 'pipe', 'pipe'] });
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
      reject(new Error(`${engine} ${phase}: ${why}; ${stderr.trim().split('\n').slice(-3).join(' ')}`));
    });
  });
}

async function benchSize(options: Options, size: number): Promise<SizeResult> {
  const archive = await archiveFor(options, size);
  const queriesFile = path.join(options.cache, `queries-${size}-seed${options.seed}-${options.queries}.json`);
  writeFileSync(queriesFile, JSON.stringify(makeQueries(path.join(archive, DATABASE_FILE), options.queries, options.seed)));
  const result: SizeResult = { size, engines: {}, ratiosVsFts5: {} };
  for (const engine of options.engines) {
    if (engine === 'lunr' && size > options.lunrMax) {
      result.engines.lunr = { skipped: `over ${options.lunrMax} clippings: stock Lunr would take many minutes and gigabytes (see the issue's measurements)` };
      continue;
    }
    try {
      log(options, `${size}: ${engine} build…`);
      const built = await runEngine(options, engine, 'build', archive, queriesFile);
      log(options, `${size}: ${engine} queries…`);
      const queried = await runEngine(options, engine, 'query', archive, queriesFile);
      result.engines[engine] = { ...built, ...queried };
    } catch (error) {
      result.engines[engine] = { error: (error as Error).message };
    }
  }
  const ours = result.engines.clipdesk;
  const fts = result.engines.fts5;
  if (ours && fts && 'buildS' in ours && 'buildS' in fts) {
    const ratio = (a: unknown, b: unknown): number | undefined => (typeof a === 'number' && typeof b === 'number' && b > 0 ? round(a / b, 2) : undefined);
    const queryP50 = ratio(ours.queryP50Ms, fts.queryP50Ms);
    const queryP95 = ratio(ours.queryP95Ms, fts.queryP95Ms);
    const buildS = ratio(ours.buildS, fts.buildS);
    result.ratiosVsFts5 = { ...(queryP50 !== undefined ? { queryP50 } : {}), ...(queryP95 !== undefined ? { queryP95 } : {}), ...(buildS !== undefined ? { buildS } : {}) };
  }
  return result;
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
for (const size of options.sizes) report.results.push(await benchSize(options, size));
if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else process.stdout.write(`\n${table(report.results)}\n`);
if (options.write) {
  updateBenchmarksFile(path.join(ROOT, 'BENCHMARKS.md'), report);
  log(options, 'BENCHMARKS.md updated (section "Search").');
}
