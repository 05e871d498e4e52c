/**
 * Times dossier exports of 10, 100 and 500 clippings (generated text clippings in a temp archive,
 * real Chromium, real pdfjs) and prints a small table: the whole export and its phases, the pages
 * printed, the PDF's size, and the longest stall of the event loop while it ran.
 *
 *   node scripts/bench-export.ts [SIZES...]     e.g. node scripts/bench-export.ts 10 100
 */
import type { ExportProgress, Result } from '../preload/api/index.ts';
import { pdfPageCount } from '../main/archive/export/pdf-read.ts';
import { generatedClipping } from '../main/test-support/generated-clippings.ts';
import { openTempArchive } from '../main/test-support/temp-archive.ts';

const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
const SIZES = sizes.length ? sizes : [10, 100, 500];

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

interface Row {
  clippings: number;
  pages: number;
  mb: string;
  total: number;
  gathering: number;
  layout: number;
  numbering: number;
  printing: number;
  stall: number;
}

const temp = await openTempArchive('clipdesk-bench-export-');
try {
  const ids: number[] = [];
  const largest = Math.max(...SIZES);
  const importStart = performance.now();
  for (let n = 1; n <= largest; n++) {
    const g = generatedClipping(n);
    ids.push(value(await temp.archive.importText(g.text, g.name)).id!);
  }
  await temp.archive.whenIndexIdle();
  console.log(`imported ${largest} generated clippings in ${((performance.now() - importStart) / 1000).toFixed(1)} s`);
  // One small export first, so Chromium's start is not counted against the first size.
  value(await temp.archive.exportDossier({ title: 'Warm-up', selection: { ids: ids.slice(0, 1) }, order: 'selected', paper: 'A4' }));

  const rows: Row[] = [];
  for (const size of SIZES) {
    const phaseStart = new Map<string, number>();
    const phaseEnd = new Map<string, number>();
    const off = temp.archive.on('exportProgress', (p: ExportProgress) => {
      const now = performance.now();
      if (!phaseStart.has(p.phase)) phaseStart.set(p.phase, now);
      phaseEnd.set(p.phase, now);
    });
    let last = performance.now();
    let stall = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      stall = Math.max(stall, now - last);
      last = now;
    }, 5);
    const start = performance.now();
    const file = value(await temp.archive.exportDossier({ title: `Bench ${size}`, selection: { ids: ids.slice(0, size) }, order: 'published', paper: 'A4' }));
    const total = performance.now() - start;
    clearInterval(timer);
    off();
    // Each phase runs from its first event to the first event of the next one.
    const order = ['gathering', 'layout', 'numbering', 'printing', 'done'];
    const span = (phase: string): number => {
      const next = order[order.indexOf(phase) + 1]!;
      return ((phaseStart.get(next) ?? phaseEnd.get(phase) ?? 0) - (phaseStart.get(phase) ?? 0)) / 1000;
    };
    rows.push({
      clippings: size,
      pages: await pdfPageCount(file.data),
      mb: (file.data.byteLength / 1024 / 1024).toFixed(1),
      total: total / 1000,
      gathering: span('gathering'),
      layout: span('layout'),
      numbering: span('numbering'),
      printing: span('printing'),
      stall,
    });
  }

  const s = (n: number): string => n.toFixed(1);
  console.log('\n| clippings | pages | PDF MB | total s | gather s | 1st print s | numbering s | 2nd print s | longest stall ms |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.clippings} | ${r.pages} | ${r.mb} | ${s(r.total)} | ${s(r.gathering)} | ${s(r.layout)} | ${s(r.numbering)} | ${s(r.printing)} | ${Math.round(r.stall)} |`);
  }
} finally {
  await temp.dispose();
}
