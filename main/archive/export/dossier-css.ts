import { headerCharsFor, headerLine } from './page-layout.ts';
import type { PrintOptions } from './print-options.ts';
import { SANS } from './print-css.ts';

/**
 * The dossier's own pages (cover and table of contents) and what changes for clippings inside it;
 * added after the single-clipping style sheet, which still sets each clipping.
 */
export const DOSSIER_CSS = `
.cover { break-after: page; padding-top: 45mm; }
.cover .label { font-family: ${SANS}; font-size: 9pt; letter-spacing: 0.12em; text-transform: uppercase; color: #666; margin: 0 0 10pt; }
.cover .title { font-size: 28pt; line-height: 1.15; font-weight: bold; margin: 0 0 10pt; }
.cover .subtitle { font-size: 15pt; margin: 0 0 26pt; }
.cover dl { font-family: ${SANS}; font-size: 10pt; line-height: 1.5; margin: 0; padding-top: 12pt; border-top: 0.75pt solid #bbb;
  display: grid; grid-template-columns: max-content 1fr; column-gap: 12pt; row-gap: 3pt; }
.cover dt { color: #666; }
.cover dd { margin: 0; }

.toc { break-after: page; }
.toc .toc-heading { font-size: 18pt; font-weight: bold; margin: 0 0 14pt; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { break-inside: avoid; margin: 0 0 6pt; }
.toc a { display: block; color: inherit; text-decoration: none; }
/* The page number sits on the title's last line, as in a printed book's contents. */
.toc .row { display: flex; align-items: last baseline; }
.toc .n { flex: 0 0 2.6em; align-self: first baseline; font-family: ${SANS}; font-size: 8.5pt; color: #777; }
.toc .entry-title { flex: 0 1 auto; min-width: 0; }
.toc .entry-meta { display: block; padding-left: 2.6em; font-family: ${SANS}; font-size: 8pt; color: #666; }
/* The dotted leader fills the line up to the page number; the number's box has one fixed width in
   both printing passes, so putting the numbers in moves nothing else. */
.toc .leader { flex: 1 1 1.5em; min-width: 1.5em; border-bottom: 0.75pt dotted #999; margin: 0 4pt; transform: translateY(-3pt); }
.toc .page { flex: 0 0 3.2em; text-align: right; font-variant-numeric: tabular-nums; }

/* Chromium names each bookmark after its heading's lines joined with no space between them
   ("Sent toRussia"); kept spaces (the title's whitespace is collapsed first) keep the words apart. */
article h1 { white-space: pre-wrap; }
article + article, .toc + article { break-before: page; }
.kicker { font-family: ${SANS}; font-size: 8pt; letter-spacing: 0.08em; text-transform: uppercase; color: #777; margin: 0 0 4pt; }
`;

/** Text as a CSS string: anything but plain letters, digits and spaces as a hex escape, so no text can end the string or the <style>. */
export function cssString(text: string): string {
  return `"${text.replace(/[^\p{L}\p{N} .,:;!?'()—–-]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}

const CHROME_FONT = `font-family: ${SANS}; font-size: 8.5pt; color: #555;`;

/**
 * The running header and page numbers, drawn by the document in @page margin boxes rather than by
 * the engine's templates (which print one header on every page): no header or number on the cover,
 * the dossier's title over the contents, and over each clipping its own source and title. Each
 * clipping is a named page of its own (`page: clipping-3`).
 */
export function dossierPageRules(title: string, clippingHeaders: readonly string[], options: PrintOptions): string {
  const max = headerCharsFor(options.paper, options.margins);
  const header = (text: string): string =>
    `@top-left { content: ${cssString(headerLine(text, max))}; ${CHROME_FONT} white-space: nowrap; vertical-align: middle; }`;
  return [
    `@page { ${header(title)} @bottom-center { content: counter(page) " / " counter(pages); ${CHROME_FONT} vertical-align: middle; } }`,
    '@page dossier-cover { @top-left { content: none; } @bottom-center { content: none; } }',
    '.cover { page: dossier-cover; }',
    ...clippingHeaders.map((text, i) => `@page clipping-${i + 1} { ${header(text)} } #clipping-${i + 1} { page: clipping-${i + 1}; }`),
  ].join('\n');
}
