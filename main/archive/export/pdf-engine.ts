import type { PrintOptions } from './print-options.ts';

/** Engines turn print HTML into PDF bytes: Electron's printToPDF in the app, Chromium elsewhere. */
export interface PdfEngine {
  htmlToPdf(html: string, options: PrintOptions & { title: string; headerText?: string }): Promise<Uint8Array>;
  close(): Promise<void>;
}
