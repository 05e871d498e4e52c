import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openArchive, type Archive } from '../archive/archive.ts';
import { type PdfEngine } from '../archive/export/index.ts';
import { createChromiumPdfEngine } from '../chromium/pdf-engine.ts';
import { SAMPLE_FILE } from '../archive/location.ts';
import type { Result } from '../../preload/api/index.ts';
import { generatedClipping } from './generated-clippings.ts';

/** A real archive in a fresh temp folder, for tests; `dispose` closes it and removes the folder. */
export interface TempArchive {
  dir: string;
  archive: Archive;
  pdfEngine: PdfEngine;
  dispose(): Promise<void>;
}

/** Temp folders made by one test file, all removed by `removeAll` (call it in afterAll). */
export function tempDirs(prefix: string): { make(): string; removeAll(): void } {
  const made: string[] = [];
  return {
    make() {
      const dir = mkdtempSync(path.join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    removeAll() {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Opens the archive in `dir` (made if absent), runs `work` on it, and closes it whatever happens. */
export async function withArchive<T>(dir: string, work: (archive: Archive) => Promise<T>): Promise<T> {
  const pdfEngine = createChromiumPdfEngine();
  const archive = await openArchive(dir, { pdfEngine, host: 'browser', sampleFile: SAMPLE_FILE });
  try {
    return await work(archive);
  } finally {
    await archive.close();
    await pdfEngine.close();
  }
}

export async function openTempArchive(prefix = 'clipdesk-test-'): Promise<TempArchive> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const pdfEngine = createChromiumPdfEngine();
  const archive = await openArchive(dir, { pdfEngine, host: 'browser', sampleFile: SAMPLE_FILE });
  return {
    dir,
    archive,
    pdfEngine,
    async dispose() {
      await archive.close();
      await pdfEngine.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The value of an ok Result; a failed one throws with its code and message (tests read results this way). */
export function okValue<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** A temp archive holding `count` generated clippings, imported through the archive service, with their ids. */
export async function openTempArchiveWith(count: number, prefix?: string): Promise<{ temp: TempArchive; ids: number[] }> {
  const temp = await openTempArchive(prefix);
  const ids: number[] = [];
  for (let n = 1; n <= count; n++) {
    const g = generatedClipping(n);
    ids.push(okValue(await temp.archive.importText(g.text, g.name)).id!);
  }
  return { temp, ids };
}
