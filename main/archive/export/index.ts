/**
 * Export: clippings to print HTML and PDF (one, or a dossier of many), to Markdown and to JSON. The
 * archive service and the shells use only what is exported here.
 */
export type { PdfEngine, PdfRenderOptions } from './pdf-engine.ts';
export { buildPrintHtml } from './print-html.ts';
export { clippingFileName, collectionFileName, uniqueFileNames } from './file-name.ts';
export { ExportError } from './export-error.ts';
export { runningHeaderText } from './print-text.ts';
export type { DossierContent, DossierEntry } from './dossier-html.ts';
export { printDossier } from './dossier-pdf.ts';
export { withPdfInfo } from './pdf-info.ts';
export { clippingMarkdown, collectionMarkdown } from './markdown.ts';
// For the shells' engines (Electron's printToPDF, Chromium through Playwright), so both print the
// same pages from the same templates.
export { cssMargins, footerTemplate, headerTemplate, inchMargins } from './page-layout.ts';
