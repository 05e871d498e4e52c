/**
 * Reading a printed PDF back, as a reader's PDF viewer would: the text of each page (to find where
 * each clipping of a dossier starts) and the bookmarks. pdfjs-dist's legacy build runs in plain Node
 * (and in Electron's main process) with no canvas and no worker thread.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { ExportError } from './export-error.ts';

async function openPdf(pdf: Uint8Array): Promise<PDFDocumentProxy> {
  // A copy: pdfjs may take over (detach) the buffer it is given, and the caller keeps using its bytes.
  return getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
}

/** How many pages the PDF has. */
export async function pdfPageCount(pdf: Uint8Array): Promise<number> {
  const doc = await openPdf(pdf);
  try {
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

export interface PageTextOptions {
  /** Called after each page with the number of pages read so far and in all. */
  onPage?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** The text of every page, in order, whitespace collapsed. */
export async function pdfPageTexts(pdf: Uint8Array, options: PageTextOptions = {}): Promise<string[]> {
  const doc = await openPdf(pdf);
  try {
    const texts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      options.signal?.throwIfAborted();
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      // Runs on one line join as they are (a ligature such as "fi" is a run of its own); a line end is a space.
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join('');
      texts.push(text.replace(/\s+/g, ' ').trim());
      page.cleanup();
      options.onPage?.(n, doc.numPages);
      // Parsing runs on this thread: give other work (IPC, HTTP, the UI's calls) a turn between pages.
      if (n % 8 === 0) await yieldToEventLoop();
    }
    return texts;
  } finally {
    await doc.destroy();
  }
}

/**
 * The page (1-based) on which each marker first appears, searching in order from `fromPage`, each
 * marker at or after the page of the one before. Case is ignored (the print style may set the mark
 * in capitals), and so is the spacing between its words; a number in it must end where the marker's
 * does, so "Clipping 1 of 1" is not found in "Clipping 1 of 12" (a title starting with a digit
 * follows after a space, which extraction keeps at a line end).
 */
export function findMarkerPages(pageTexts: readonly string[], markers: readonly string[], fromPage = 1): number[] {
  const pages: number[] = [];
  let page = fromPage;
  for (const marker of markers) {
    const words = marker.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s*')}(?![\\p{N}])`, 'iu');
    while (page <= pageTexts.length && !pattern.test(pageTexts[page - 1]!)) page++;
    if (page > pageTexts.length) {
      throw new ExportError(`Cannot number the table of contents: "${marker}" was not found in the printed PDF.`);
    }
    pages.push(page);
  }
  return pages;
}

export interface OutlineEntry {
  title: string;
  /** 1-based page the bookmark opens, or null when it has no page destination. */
  page: number | null;
  children: OutlineEntry[];
}

/** The PDF's bookmarks, as a viewer's sidebar shows them. */
export async function pdfOutline(pdf: Uint8Array): Promise<OutlineEntry[]> {
  const doc = await openPdf(pdf);
  try {
    type Item = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>[number];
    const walk = async (items: Item[] | null | undefined): Promise<OutlineEntry[]> => {
      const out: OutlineEntry[] = [];
      for (const item of items ?? []) {
        const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
        const ref = dest?.[0] as Parameters<PDFDocumentProxy['getPageIndex']>[0] | undefined;
        const page = ref && typeof ref === 'object' ? (await doc.getPageIndex(ref)) + 1 : null;
        out.push({ title: item.title, page, children: await walk(item.items) });
      }
      return out;
    };
    return await walk(await doc.getOutline());
  } finally {
    await doc.destroy();
  }
}

/** The PDF's document information (Title, Author, Subject, Keywords...), as pdfjs reads it. */
export async function pdfDocumentInfo(pdf: Uint8Array): Promise<Record<string, unknown>> {
  const doc = await openPdf(pdf);
  try {
    return (await doc.getMetadata()).info as Record<string, unknown>;
  } finally {
    await doc.destroy();
  }
}
