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
