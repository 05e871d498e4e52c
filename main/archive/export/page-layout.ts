import type { MarginSize, PaperSize } from '../../../preload/api/index.ts';

/**
 * Page geometry and the running header/footer, shared by the print CSS and by every PDF engine so
 * the two never disagree. The header and footer are drawn by the engine (Chromium's
 * `displayHeaderFooter` templates, which Electron's `webContents.printToPDF` accepts under the same
 * names) inside the top and bottom margins, so those margins must leave room for them.
 */

/** Page margins in millimetres. Top and bottom hold the running header and the page numbers. */
const PAGE_MARGINS_MM = { top: 22, right: 20, bottom: 20, left: 20 } as const;

type Margins = { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };

/** Every margin choice; the top and bottom never shrink below what the header (at 9 mm) and footer (at 8 mm) need. */
export const MARGINS_MM: Record<MarginSize, Margins> = {
  normal: PAGE_MARGINS_MM,
  narrow: { top: 20, right: 12, bottom: 16, left: 12 },
  wide: { top: 28, right: 30, bottom: 25, left: 30 },
};

/** CSS `@page size` values; Chromium knows both names. */
export const PAPER_CSS_SIZE: Record<PaperSize, string> = { A4: 'A4', Letter: 'letter' };

/** The margins as CSS lengths, for playwright's `page.pdf({ margin })`. */
export function cssMargins(size: MarginSize = 'normal'): { top: string; right: string; bottom: string; left: string } {
  const mm = (n: number): string => `${n}mm`;
  const m = MARGINS_MM[size];
  return { top: mm(m.top), right: mm(m.right), bottom: mm(m.bottom), left: mm(m.left) };
}

/** The margins in inches, the unit of Electron's `printToPDF({ margins })`. */
export function inchMargins(size: MarginSize = 'normal'): { top: number; right: number; bottom: number; left: number } {
  const inch = (n: number): number => Math.round((n / 25.4) * 1000) / 1000;
  const m = MARGINS_MM[size];
  return { top: inch(m.top), right: inch(m.right), bottom: inch(m.bottom), left: inch(m.left) };
}

function escapeTemplateText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// The templates render in their own document without the page's CSS: Chromium's default size there
// is unreadably small, so every template sets its font and size explicitly.
const TEMPLATE_FONT = `font-family: 'DejaVu Sans', 'Liberation Sans', 'Noto Sans CJK SC', sans-serif; font-size: 8.5pt; color: #555;`;
const templateBox = (size: MarginSize): string =>
  `width: 100%; box-sizing: border-box; padding: 0 ${MARGINS_MM[size].right}mm 0 ${MARGINS_MM[size].left}mm; -webkit-print-color-adjust: exact;`;

/** Longest header text kept whole; a header wraps or clips otherwise. */
const MAX_HEADER_CHARS = 110;

/** The running header's words: on one line, cut with an ellipsis when longer than `max` characters. */
export function headerLine(headerText: string, max = MAX_HEADER_CHARS): string {
  const chars = Array.from(headerText.replace(/\s+/g, ' ').trim());
  return chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : chars.join('');
}

const PAPER_WIDTH_MM: Record<PaperSize, number> = { A4: 210, Letter: 215.9 };

/** How many characters of header fit between the side margins (MAX_HEADER_CHARS fit the normal A4 line). */
export function headerCharsFor(paper: PaperSize, size: MarginSize = 'normal'): number {
  const width = (m: (typeof MARGINS_MM)[MarginSize], w: number): number => w - m.left - m.right;
  const ratio = width(MARGINS_MM[size], PAPER_WIDTH_MM[paper]) / width(MARGINS_MM.normal, PAPER_WIDTH_MM.A4);
  return Math.floor(MAX_HEADER_CHARS * Math.min(1, ratio));
}

/** The running header: the text given (source — title), on one line, ellipsed when long. */
export function headerTemplate(headerText: string, size: MarginSize = 'normal'): string {
  const text = headerLine(headerText);
  return (
    `<div style="${templateBox(size)} ${TEMPLATE_FONT} margin-top: 9mm; white-space: nowrap; overflow: hidden; text-overflow: ellipsis;">` +
    `${escapeTemplateText(text)}</div>`
  );
}

/** Page numbers, "3 / 7", centred at the foot. */
export function footerTemplate(size: MarginSize = 'normal'): string {
  return (
    `<div style="${templateBox(size)} ${TEMPLATE_FONT} margin-bottom: 8mm; text-align: center;">` +
    `<span class="pageNumber"></span> / <span class="totalPages"></span></div>`
  );
}
