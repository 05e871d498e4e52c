import type { PrintOptions } from './print-options.ts';

/** What an engine needs besides the HTML: page geometry and the running header. */
export interface PdfRenderOptions extends PrintOptions {
  title: string;
  headerText?: string;
  /** Bookmarks from the document's headings (Chromium: `outline`; Electron: `generateDocumentOutline`). */
  outline?: boolean;
  /**
   * Who draws the running header and page numbers: 'engine' (the default) from the templates in
   * page-layout.ts; 'document' when the print CSS draws them itself in @page margin boxes (a
   * dossier: a header per clipping, none on the cover), so the engine must draw none.
   */
  pageChrome?: 'engine' | 'document';
  /** Aborts a long print (a dossier being cancelled); the engine then rejects. Engines may ignore it. */
  signal?: AbortSignal;
}

/** Engines turn print HTML into PDF bytes: Electron's printToPDF in the app, Chromium elsewhere. */
export interface PdfEngine {
  htmlToPdf(html: string, options: PdfRenderOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}
