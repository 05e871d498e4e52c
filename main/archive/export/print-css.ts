import { MARGINS_MM, PAPER_CSS_SIZE } from './page-layout.ts';
import type { PrintOptions } from './print-options.ts';

// Font stacks that exist on Debian (fonts-dejavu, fonts-liberation, fonts-noto-cjk) and have
// counterparts elsewhere; the CJK family covers Chinese, Japanese and Korean clippings.
const SERIF = `"DejaVu Serif", "Liberation Serif", "Noto Serif CJK SC", "Noto Serif CJK JP", "Noto Serif CJK KR", serif`;
export const SANS = `"DejaVu Sans", "Liberation Sans", "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR", sans-serif`;

/** The print style sheet for one clipping on the given paper. Inline in the document: no remote CSS. */
export function printCss(options: PrintOptions): string {
  const m = MARGINS_MM[options.margins ?? 'normal'];
  return `
@page { size: ${PAPER_CSS_SIZE[options.paper]}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body {
  margin: 0; color: #1a1a1a; background: #fff;
  font-family: ${SERIF}; font-size: 10.5pt; line-height: 1.5;
  hyphens: auto; overflow-wrap: break-word;
}
article { max-width: 100%; }

/* Headings stay with what follows them: never alone at the foot of a page. */
h1, h2, h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; font-weight: bold; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 6pt; letter-spacing: -0.01em; }
h2 { font-size: 12pt; line-height: 1.3; margin: 0 0 6pt; }
.subtitle { font-size: 12.5pt; line-height: 1.35; color: #444; margin: 0 0 8pt; font-style: italic; break-after: avoid; }

.meta {
  font-family: ${SANS}; font-size: 8.5pt; line-height: 1.45; color: #444;
  margin: 0 0 14pt; padding-bottom: 8pt; border-bottom: 0.75pt solid #bbb; break-after: avoid;
}
.meta p { margin: 0; }
.byline { font-weight: bold; color: #222; }
.meta .sep { color: #999; padding: 0 0.35em; }

/* A figure (photo and caption) is never cut by a page break. Without its photo (web images are
   never fetched) the caption stands alone, marked by a rule. */
figure {
  break-inside: avoid; page-break-inside: avoid;
  margin: 0 0 14pt; padding: 0 0 0 9pt; border-left: 2.5pt solid #c8c8c8;
}
figure.photo { padding: 0; border: 0; }
/* A photo prints at the column's width, capped at about a third of a page (110 mm) so it never
   crowds out the text and always fits whole on one page with its caption. */
figure img { display: block; max-width: 100%; max-height: 110mm; width: auto; height: auto; margin: 0 0 5pt; }
header { break-inside: avoid; }
a { color: inherit; text-decoration: underline; text-decoration-color: #999; }
figcaption { font-family: ${SANS}; font-size: 8.5pt; line-height: 1.45; color: #333; }
figcaption .credit { color: #666; font-size: 7.5pt; text-transform: uppercase; letter-spacing: 0.03em; }

.body p { margin: 0 0 7pt; text-align: left; orphans: 3; widows: 3; }

.bio {
  break-inside: avoid; page-break-inside: avoid;
  margin: 16pt 0 0; padding: 9pt 11pt; border: 0.75pt solid #bbb; border-radius: 3pt; background: #f5f5f2;
  font-size: 9.5pt; line-height: 1.45;
}
.bio h2, .bio .bio-heading { font-weight: bold; font-family: ${SANS}; font-size: 9.5pt; margin: 0 0 4pt; }
.bio .label { font-weight: normal; color: #666; text-transform: uppercase; font-size: 7.5pt; letter-spacing: 0.05em; display: block; margin-bottom: 1pt; }
.bio p { margin: 0 0 4pt; }
.bio p:last-child { margin-bottom: 0; }

.tags { font-family: ${SANS}; font-size: 8.5pt; margin: 14pt 0 0; break-inside: avoid; }
.tags .label { color: #666; margin-right: 0.3em; }
.tag { display: inline-block; padding: 0.5pt 5pt; margin: 0 3pt 3pt 0; border: 0.6pt solid #aaa; border-radius: 6pt; color: #333; }

.note { font-size: 10pt; line-height: 1.45; margin: 14pt 0 0; padding: 6pt 0 6pt 10pt; border-left: 2pt solid #9a8a3a; }
.note .note-heading { font-family: ${SANS}; font-size: 7.5pt; color: #666; text-transform: uppercase; letter-spacing: 0.05em; margin: 0 0 3pt; }
.note p { margin: 0 0 4pt; }
.note p:last-child { margin-bottom: 0; }

.citation {
  break-inside: avoid; page-break-inside: avoid;
  font-family: ${SANS}; font-size: 8pt; line-height: 1.45; color: #444;
  margin: 14pt 0 0; padding-top: 6pt; border-top: 0.75pt solid #bbb;
}
.citation p { margin: 0; }
.citation .url { overflow-wrap: anywhere; }
mark { background: #ffe98a; color: inherit; padding: 0 0.05em; border-radius: 1pt; }
${options.lightInk ? LIGHT_INK_CSS : ''}`;
}

// Light ink: nothing is filled, rules are hairlines, and grey text stays grey rather than black.
const LIGHT_INK_CSS = `
.bio { background: none; border-color: #ccc; border-width: 0.4pt; }
.meta, .citation { border-color: #ccc; border-width: 0.4pt; }
figure { border-left-width: 1pt; border-color: #ddd; }
.tag { border-width: 0.4pt; border-color: #ccc; }
.note { border-left-width: 0.75pt; border-color: #bbb; }
mark { background: none; text-decoration: underline; text-decoration-thickness: 1.2pt; font-weight: bold; }
`;
