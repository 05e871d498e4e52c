import type { Clipping } from '../../../preload/api/index.ts';

// Room for the " (YYYY-MM-DD).pdf" tail within the 255-byte limit most file systems set, with
// margin for multi-byte characters.
const MAX_STEM_CHARS = 150;

/**
 * Makes a piece of clipping text safe inside a file name on Linux, macOS and Windows: no path
 * separators or characters Windows rejects, no control characters, whitespace collapsed.
 */
function clean(text: string): string {
  return text
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/[/\\:*?"<>|]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts at a word boundary when one is near, so names do not end in half a word. */
function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).trim();
}

/** The date part of the published date, else of the import date (a file name wants a day, not an instant). */
function fileDate(clipping: Clipping): string {
  const day = /^\d{4}-\d{2}-\d{2}/;
  return clipping.publishedAt?.match(day)?.[0] ?? clipping.importedAt.match(day)?.[0] ?? '';
}

/** Leading dots hide a file on Unix; Windows drops trailing dots and spaces. */
function tidyStem(stem: string): string {
  return stem.replace(/^[.\s-]+/, '').replace(/[.\s]+$/, '');
}

/** A safe file name: "<source> - <title> (<date>).<extension>", trimmed, no path separators or control chars. */
export function clippingFileName(clipping: Clipping, extension: string): string {
  const title = clean(clipping.title) || `Clipping ${clipping.id}`;
  const source = clean(clipping.source ?? '');
  const stem = tidyStem(shorten(source ? `${source} - ${title}` : title, MAX_STEM_CHARS)) || `Clipping ${clipping.id}`;
  const date = fileDate(clipping);
  return date ? `${stem} (${date}).${extension}` : `${stem}.${extension}`;
}

/** A safe file name: "<source> - <title> (<date>).pdf". */
export function pdfFileName(clipping: Clipping): string {
  return clippingFileName(clipping, 'pdf');
}

/** "<title> (<day it was made>).<extension>" for a dossier or any export of many clippings. */
export function collectionFileName(title: string, madeAt: string, extension: string): string {
  const stem = tidyStem(shorten(clean(title), MAX_STEM_CHARS)) || 'Clippings';
  const day = /^\d{4}-\d{2}-\d{2}/.exec(madeAt)?.[0];
  return day ? `${stem} (${day}).${extension}` : `${stem}.${extension}`;
}

/** Makes names unique within one export, as a folder needs: "A.md", "A (2).md". */
export function uniqueFileNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const key = name.toLocaleLowerCase(); // case-insensitive file systems (macOS, Windows)
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count === 1) return name;
    const dot = name.lastIndexOf('.');
    return dot > 0 ? `${name.slice(0, dot)} (${count})${name.slice(dot)}` : `${name} (${count})`;
  });
}
