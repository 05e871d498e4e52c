/**
 * Snippets for the page of results shown (DESIGN.md: computed, not stored). The text is split and
 * stemmed exactly as Lunr indexed it, so a query for "meeting" (index term "meet") marks
 * "meetings" and "Meeting," alike. The result is plain text parts: the renderer sets them as text
 * nodes, so nothing in a clipping can become markup.
 */
import type { SnippetPart } from '../../../preload/api/index.ts';
import { indexTermOf, TOKEN_SEPARATOR } from './lunr-index.ts';

const ELLIPSIS = '…';
const DEFAULT_MAX_CHARS = 240;

interface Span {
  start: number;
  end: number;
}

/**
 * A window of `text` of at most `maxChars` characters (ellipses aside) around the densest cluster of
 * matched words, each word whose Lunr index term is in `terms` marked, an ellipsis at each cut end.
 */
export function makeSnippet(text: string, terms: readonly string[], maxChars = DEFAULT_MAX_CHARS): SnippetPart[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return [];
  const limit = Math.max(1, Math.floor(maxChars));
  const marks = withCjkMarks(findMarks(flat, new Set(terms)), flat, terms);
  const window = chooseWindow(flat, marks, limit);
  return partsOf(flat, window, marks.filter((m) => m.start >= window.start && m.end <= window.end));
}

/** The spans of the words whose index term is wanted, trimmed as Lunr's trimmer trims them. */
function findMarks(text: string, terms: ReadonlySet<string>): Span[] {
  if (terms.size === 0) return [];
  const marks: Span[] = [];
  const cache = new Map<string, boolean>();
  const separator = new RegExp(TOKEN_SEPARATOR.source, 'g');
  let tokenStart = 0;
  // Most words cannot match: a term starts with the first letter Lunr's trimmer leaves of its word
  // (stemmers change endings only), so words starting otherwise are skipped without the pipeline.
  const firstUnits = new Set([...terms].map((term) => term.charCodeAt(0)));
  const visit = (start: number, end: number): void => {
    if (end <= start) return;
    if (!mayMatch(text, start, end, firstUnits)) return;
    const token = text.slice(start, end);
    let wanted = cache.get(token);
    if (wanted === undefined) {
      const term = indexTermOf(token);
      wanted = term !== null && terms.has(term);
      cache.set(token, wanted);
    }
    if (!wanted) return;
    // Mark the word without the punctuation around it. Lunr's trimmer knows only ASCII word
    // characters ("Café" is indexed as "caf"); the mark keeps the whole word a reader sees.
    const lead = /^[^\p{L}\p{N}]*/u.exec(token)?.[0].length ?? 0;
    const trail = /[^\p{L}\p{N}]*$/u.exec(token.slice(lead))?.[0].length ?? 0;
    marks.push({ start: start + lead, end: end - trail });
  };
  for (const match of text.matchAll(separator)) {
    visit(tokenStart, match.index);
    tokenStart = match.index + match[0].length;
  }
  visit(tokenStart, text.length);
  return marks;
}

const CJK_TERM = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;

/**
 * Chinese, Japanese and Korean terms are pieces of words (character pairs, segments), not whole
 * tokens between spaces: their marks are where they occur in the text, joined when they overlap.
 */
function withCjkMarks(marks: Span[], text: string, terms: readonly string[]): Span[] {
  const cjk = terms.filter((term) => CJK_TERM.test(term));
  if (cjk.length === 0) return marks;
  const all = [...marks];
  for (const term of cjk) {
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) all.push({ start: at, end: at + term.length });
  }
  all.sort((a, b) => a.start - b.start || a.end - b.end);
  const joined: Span[] = [];
  for (const mark of all) {
    const last = joined[joined.length - 1];
    if (last && mark.start <= last.end) last.end = Math.max(last.end, mark.end);
    else joined.push({ ...mark });
  }
  return joined;
}

/**
 * False only when the token's first ASCII word character (what Lunr's trimmer keeps first) starts
 * no wanted term. Anything non-ASCII before it (lowercasing might change it) is left to the pipeline.
 */
function mayMatch(text: string, start: number, end: number, firstUnits: ReadonlySet<number>): boolean {
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 128) return true;
    const isWord = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
    if (isWord) return firstUnits.has(code >= 65 && code <= 90 ? code + 32 : code);
  }
  // No word character at all: Lunr keeps the empty term, which is never marked.
  return false;
}

/** The window with the most marks that fit in `limit` characters, widened with context and snapped to words. */
function chooseWindow(text: string, marks: readonly Span[], limit: number): Span {
  if (text.length <= limit) return { start: 0, end: text.length };
  let best = { first: 0, last: -1 };
  for (let first = 0, last = 0; first < marks.length; first += 1) {
    const firstMark = marks[first] as Span;
    last = Math.max(last, first);
    while (last + 1 < marks.length && (marks[last + 1] as Span).end - firstMark.start <= limit) last += 1;
    if (last - first > best.last - best.first) best = { first, last };
  }
  if (best.last < 0) return snapToWords(text, 0, limit);
  const clusterStart = (marks[best.first] as Span).start;
  const clusterEnd = Math.min((marks[best.last] as Span).end, clusterStart + limit);
  // A third of the spare room before the cluster, the rest after: a reader reads on.
  const spare = limit - (clusterEnd - clusterStart);
  let start = Math.max(0, clusterStart - Math.floor(spare / 3));
  const end = Math.min(text.length, start + limit);
  start = Math.max(0, end - limit);
  return snapToWords(text, start, end, { start: clusterStart, end: clusterEnd });
}

/** Moves cut ends to word boundaries, inward, never past the matched cluster `keep`. */
function snapToWords(text: string, start: number, end: number, keep: Span = { start: end, end: start }): Span {
  let s = start;
  if (s > 0 && text[s - 1] !== ' ') {
    const space = text.indexOf(' ', s);
    if (space !== -1 && space < keep.start && space < end) s = space + 1;
  }
  let e = Math.min(end, text.length);
  if (e < text.length && text[e] !== ' ') {
    const space = text.lastIndexOf(' ', e);
    if (space > s && space >= keep.end) e = space;
  }
  while (e > s && text[e - 1] === ' ') e -= 1;
  while (s < e && text[s] === ' ') s += 1;
  return { start: s, end: e };
}

function partsOf(text: string, window: Span, marks: readonly Span[]): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (part: SnippetPart): void => {
    if (part.text === '') return;
    const previous = parts[parts.length - 1];
    if (previous && !previous.mark && !part.mark) previous.text += part.text;
    else parts.push(part);
  };
  if (window.start > 0) push({ text: ELLIPSIS, mark: false });
  let at = window.start;
  for (const mark of marks) {
    push({ text: text.slice(at, mark.start), mark: false });
    push({ text: text.slice(mark.start, mark.end), mark: true });
    at = mark.end;
  }
  push({ text: text.slice(at, window.end), mark: false });
  if (window.end < text.length) push({ text: ELLIPSIS, mark: false });
  return parts;
}
