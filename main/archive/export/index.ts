/**
 * Export: one clipping to print HTML, and print HTML to PDF. The archive service and the shells use
 * only what is exported here.
 */
export type { PrintOptions } from './print-options.ts';
export type { PdfEngine } from './pdf-engine.ts';
export { buildPrintHtml } from './print-html.ts';
export { createChromiumPdfEngine, DEFAULT_CHROMIUM_PATH } from './chromium-engine.ts';
export { pdfFileName } from './file-name.ts';
export { ExportError } from './export-error.ts';
export { runningHeaderText } from './print-text.ts';
// For Electron's printToPDF, so the app prints the same pages as the Chromium engine.
export { footerTemplate, headerTemplate, inchMargins, PAGE_MARGINS_MM } from './page-layout.ts';
