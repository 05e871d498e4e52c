import type { Clipping } from '../../../preload/api/index.ts';

/**
 * The words the printout is made of, apart from the markup: escaping, dates, the byline, the
 * running header and the citation. Kept apart from print-html.ts so each can be tested as text.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values: clipping text is untrusted. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

// English month names, not the machine's locale: the same clipping prints the same everywhere.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "20 November 2014" from an ISO date or date-time. Only the calendar day as written is used, so a
 * time zone never moves a date to the day before. Null when there is no date; text that is not ISO
 * is returned trimmed, as the page stated it, rather than guessed at.
 */
export function formatDate(iso: string | null): string | null {
  const text = iso?.trim();
  if (!text) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return text;
  const [, year, month, day] = match;
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName || Number(day) < 1 || Number(day) > 31) return text;
  return `${Number(day)} ${monthName} ${year}`;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  const clean = names.map((n) => n.trim()).filter((n) => n !== '');
  if (clean.length <= 1) return clean[0] ?? '';
  return `${clean.slice(0, -1).join(', ')} and ${clean[clean.length - 1]}`;
}

/** "By A and B", or null when the clipping names no author. */
export function byline(authors: readonly string[]): string | null {
  const names = joinNames(authors);
  return names ? `By ${names}` : null;
}

/** The running header of each page: "source — title", or the title alone when the source is unknown. */
export function runningHeaderText(clipping: Clipping): string {
  const title = clipping.title.trim();
  const source = clipping.source?.trim();
  return source ? `${source} — ${title}` : title;
}

/** Paragraphs of a bio or other multi-paragraph text (separated by blank lines). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
}

/** Only http(s) links are printed as links; anything else (javascript:, file:) stays plain text. */
export function isWebUrl(url: string | null): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The citation's parts, in reference order: source, authors, "title", published date, URL, and
 * the day it was clipped. Plain text; the caller escapes.
 */
export function citationParts(clipping: Clipping): { text: string; url: string | null; clipped: string } {
  const parts: string[] = [];
  if (clipping.source?.trim()) parts.push(clipping.source.trim());
  const authors = joinNames(clipping.authors);
  if (authors) parts.push(authors);
  parts.push(`“${clipping.title.trim()}”`);
  const published = formatDate(clipping.publishedAt);
  if (published) parts.push(published);
  const clippedOn = formatDate(clipping.importedAt) ?? clipping.importedAt;
  return {
    text: `${parts.join('. ').replace(/\.\./g, '.')}.`,
    url: clipping.url?.trim() || null,
    clipped: `Clipped on ${clippedOn}.`,
  };
}
