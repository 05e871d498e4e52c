/**
 * The bench's import process: how many files per second an import takes in, as the CLI and the
 * desktop menu import a folder (Archive.importPaths: parse on worker threads, store and index in
 * batches), and, one at a time on this thread, what each part costs: parse, store (the batches'
 * transactions) and index (the batches' updates).
 *
 *   node scripts/bench/engine-import.ts FOLDER ROUNDS
 *
 * Each round imports the whole folder into a new temp archive; the figures are the rounds' median
 * and their lowest and highest.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ImportFile, ParsedClipping } from '../../preload/api/index.ts';
import { openArchive } from '../../main/archive/archive.ts';
import type { PdfEngine } from '../../main/archive/export/index.ts';
import { mediaTypeOf, parseClippingFile } from '../../main/archive/ingest/index.ts';
import { SearchIndex } from '../../main/archive/search/index.ts';
import { ArchiveStore } from '../../main/archive/store/store.ts';
import { emit, percentile, round } from './measure.ts';

const [folder, roundsArg] = process.argv.slice(2);
if (!folder) throw new Error('usage: node scripts/bench/engine-import.ts FOLDER [ROUNDS]');
const rounds = Number(roundsArg ?? 3);
const BATCH = 50;
const files: ImportFile[] = readdirSync(folder)
  .sort()
  .map((name) => ({ name, data: new Uint8Array(readFileSync(path.join(folder, name))) }));
const noPrinting: PdfEngine = { htmlToPdf: () => Promise.reject(new Error('the bench prints nothing')), close: () => Promise.resolve() };

const perSecond = (count: number, ms: number): number => round(count / (ms / 1000), 1);
const figures = (rates: number[]) => ({ median: round(percentile(rates, 0.5), 1), low: Math.min(...rates), high: Math.max(...rates) });

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'clipdesk-bench-import-'));
}

/** The whole import, as `clipdesk import FOLDER` runs it, into an empty archive. */
async function wholeImport(): Promise<{ rate: number; imported: number; failed: number }> {
  const dir = tempDir();
  try {
    const archive = await openArchive(dir, { host: 'browser', pdfEngine: noPrinting, sampleFile: '' });
    const start = performance.now();
    const report = await archive.importPaths([folder!]);
    const ms = performance.now() - start;
    await archive.close();
    return { rate: perSecond(files.length, ms), imported: report.outcomes.filter((o) => o.status === 'imported').length, failed: report.outcomes.filter((o) => o.status === 'failed').length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each part alone, on this thread: parse every file, store them in batches, index the batches. */
async function parts(): Promise<{ parse: number; store: number; index: number }> {
  let start = performance.now();
  const parsed: { file: ImportFile; clipping: ParsedClipping }[] = [];
  for (const file of files) {
    try {
      parsed.push({ file, clipping: parseClippingFile(file.name, file.data) });
    } catch {
      // Counted by the whole import; the parts time what parses.
    }
  }
  const parseMs = performance.now() - start;
  const dir = tempDir();
  const store = ArchiveStore.open(dir);
  const importedAt = new Date().toISOString();
  const ids: number[][] = [];
  start = performance.now();
  for (let i = 0; i < parsed.length; i += BATCH) {
    const batch = parsed.slice(i, i + BATCH).map(({ file, clipping }) => ({
      parsed: clipping,
      original: { name: file.name, sha256: createHash('sha256').update(file.data).digest('hex'), mediaType: mediaTypeOf(file.name, file.data), data: file.data },
      importedAt,
      tags: [],
    }));
    ids.push(store.insertImported(batch));
  }
  const storeMs = performance.now() - start;
  const index = await SearchIndex.open({ dir: path.join(dir, 'index'), revision: 0, loadDocs: () => [], onWarning: () => undefined });
  start = performance.now();
  for (const batch of ids) await index.update({ upsert: store.texts(batch), remove: [], revision: store.revision() });
  const indexMs = performance.now() - start;
  await index.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
  return { parse: perSecond(parsed.length, parseMs), store: perSecond(parsed.length, storeMs), index: perSecond(parsed.length, indexMs) };
}

// One untimed import first: module loading and the workers' start belong to no round.
await wholeImport();
const whole: number[] = [];
const parse: number[] = [];
const stored: number[] = [];
const indexed: number[] = [];
let last = { imported: 0, failed: 0 };
for (let round = 0; round < rounds; round += 1) {
  const run = await wholeImport();
  whole.push(run.rate);
  last = run;
  const each = await parts();
  parse.push(each.parse);
  stored.push(each.store);
  indexed.push(each.index);
}
emit({ files: files.length, imported: last.imported, failed: last.failed, rounds, filesPerS: figures(whole), parsePerS: figures(parse), storePerS: figures(stored), indexPerS: figures(indexed) });
