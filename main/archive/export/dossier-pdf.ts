import { buildDossierHtml, dossierKeywords, kickerText } from './dossier-html.ts';
import type { DossierContent } from './dossier-html.ts';
import type { PdfEngine } from './pdf-engine.ts';
import { withPdfInfo } from './pdf-info.ts';
import { findMarkerPages, pdfOutline, pdfPageCount, pdfPageTexts } from './pdf-read.ts';
import type { PrintOptions } from './print-options.ts';
import { ExportError } from './export-error.ts';

export type DossierPrintPhase = 'layout' | 'numbering' | 'printing';

export interface DossierPrintControl {
  onProgress?: (phase: DossierPrintPhase, done: number, total: number) => void;
  signal?: AbortSignal;
}

/** The cover is page 1; the table of contents starts on page 2, so no clipping starts before page 3. */
const FIRST_CLIPPING_PAGE = 3;

/**
 * Prints a dossier in two passes, so the table of contents gives the page each clipping really
 * starts on: the first print is read back (as a reader's viewer would: its bookmarks, else the text
 * of each page, to find each clipping's "Clipping n of N" mark); the second prints the same document
 * with those numbers. The numbers sit
 * in boxes of one fixed width, so filling them in moves nothing: the page count is checked to prove
 * it, and should it ever differ the numbering is done again on the new print.
 */
export async function printDossier(
  engine: PdfEngine,
  content: DossierContent,
  options: PrintOptions,
  control: DossierPrintControl = {},
): Promise<Uint8Array> {
  const { signal, onProgress } = control;
  const count = content.entries.length;
  if (count === 0) throw new ExportError('Cannot make a dossier of no clippings: select at least one.');
  // The document draws its own header and page numbers (see dossierPageRules).
  const render = { ...options, title: content.title, outline: true, pageChrome: 'document' as const, ...(signal ? { signal } : {}) };
  const markers = content.entries.map((_, i) => kickerText(i + 1, count));

  onProgress?.('layout', 0, 1);
  let printed = await engine.htmlToPdf(buildDossierHtml(content, options, null), render);
  signal?.throwIfAborted(); // an engine may finish a print it cannot stop; the next step is not started
  onProgress?.('layout', 1, 1);
  let pages: number[] | null = null;
  for (let round = 0; round < 3; round++) {
    const found = await clippingStartPages(printed, markers, control);
    if (pages && sameNumbers(pages, found.pages)) break; // the numbers printed are the pages found: done
    pages = found.pages;
    onProgress?.('printing', 0, 1);
    printed = await engine.htmlToPdf(buildDossierHtml(content, options, pages), render);
    signal?.throwIfAborted();
    onProgress?.('printing', 1, 1);
    if ((await pdfPageCount(printed)) === found.pageCount) break;
  }
  return withPdfInfo(printed, {
    title: content.title,
    ...(content.preparedBy?.trim() ? { author: content.preparedBy.trim() } : {}),
    subject: [content.subtitle?.trim(), content.origin].filter(Boolean).join(' — '),
    keywords: dossierKeywords(content.entries),
  });
}

/**
 * The page each clipping starts on. The bookmarks Chromium makes from the clippings' headings say it
 * at once, when there is exactly one per clipping in order (a fraction of a second for 500); an
 * engine that makes none (an older Electron) leaves the text: each page is read for the marks.
 */
async function clippingStartPages(
  printed: Uint8Array,
  markers: readonly string[],
  control: DossierPrintControl,
): Promise<{ pages: number[]; pageCount: number }> {
  const pageCount = await pdfPageCount(printed);
  const outline = await pdfOutline(printed);
  const fromOutline = outline.map((entry) => entry.page ?? 0);
  const usable =
    outline.length === markers.length &&
    fromOutline.every((page, i) => page >= FIRST_CLIPPING_PAGE && page <= pageCount && page >= (fromOutline[i - 1] ?? 0));
  if (usable) {
    control.onProgress?.('numbering', 1, 1);
    return { pages: fromOutline, pageCount };
  }
  const texts = await pdfPageTexts(printed, {
    ...(control.signal ? { signal: control.signal } : {}),
    onPage: (done, total) => control.onProgress?.('numbering', done, total),
  });
  return { pages: findMarkerPages(texts, markers, FIRST_CLIPPING_PAGE), pageCount };
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

