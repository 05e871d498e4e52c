import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openArchive, type Archive } from '../archive/archive.ts';
import { createChromiumPdfEngine, type PdfEngine } from '../archive/export/index.ts';
import { SAMPLE_FILE } from '../archive/location.ts';

/** A real archive in a fresh temp folder, for tests; `dispose` closes it and removes the folder. */
export interface TempArchive {
  dir: string;
  archive: Archive;
  pdfEngine: PdfEngine;
  dispose(): Promise<void>;
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
