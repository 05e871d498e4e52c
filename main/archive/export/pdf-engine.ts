import type { PrintOptions } from './print-options.ts';

/** What an engine needs besides the HTML: page geometry and the running header. */
export interface PdfRenderOptions extends PrintOptions {
  title: string;
  headerText?: string;
  /** Bookmarks from the document's headings (Chromium: `outline`; Electron: `generateDocumentOutline`). */
  outline?: boolean;
  /** Aborts a long print (a dossier being cancelled); the engine then rejects. Engines may ignore it. */
  signal?: AbortSignal;
}

/** Engines turn print HTML into PDF bytes: Electron's printToPDF in the app, Chromium elsewhere. */
export interface PdfEngine {
  htmlToPdf(html: string, options: PdfRenderOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}
