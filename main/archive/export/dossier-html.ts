import type { Clipping } from '../../../preload/api/index.ts';
import { DOSSIER_CSS, dossierPageRules } from './dossier-css.ts';
import { highlighter } from './highlight.ts';
import { articleHtml, htmlDocument } from './print-html.ts';
import { printCss } from './print-css.ts';
import type { PrintOptions } from './print-options.ts';
import { escapeHtml, formatDate, joinNames, runningHeaderText } from './print-text.ts';

/** One clipping of a dossier and the search terms to mark in it (Lunr index terms; none for no highlighting). */
export interface DossierEntry {
  clipping: Clipping;
  terms: string[];
}

export interface DossierContent {
  title: string;
  subtitle?: string;
  preparedBy?: string;
  /** Where the clippings came from, for the cover: "Tagged “korea”", "Search “Jannuzi”", "Selected clippings". */
  origin: string;
  /** ISO date-time the dossier was made. */
  preparedAt: string;
  entries: DossierEntry[];
}

/** The mark above each clipping's title; the numbering pass finds each clipping's first page by it. */
export function kickerText(position: number, count: number): string {
  return `Clipping ${position} of ${count}`;
}

/** "3 March 2014 – 24 November 2014" over the dated clippings, or null when none is dated. */
export function dateRange(clippings: readonly Clipping[]): string | null {
  const days = clippings
    .map((c) => /^\d{4}-\d{2}-\d{2}/.exec(c.publishedAt?.trim() ?? '')?.[0])
    .filter((d): d is string => d !== undefined)
    .sort();
  if (days.length === 0) return null;
  const first = formatDate(days[0]!)!;
  const last = formatDate(days[days.length - 1]!)!;
  const undated = clippings.length - days.length;
  const range = first === last ? first : `${first} – ${last}`;
  return undated ? `${range} (${undated} undated)` : range;
}

/** Tags across the dossier, most used first: the PDF's Keywords. */
export function dossierKeywords(entries: readonly DossierEntry[], max = 30): string[] {
  const counts = new Map<string, number>();
  for (const { clipping } of entries) for (const tag of clipping.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, max).map(([tag]) => tag);
}

function cover(content: DossierContent): string {
  const count = content.entries.length;
  const rows: [string, string][] = [['From', content.origin], ['Clippings', String(count)]];
  const range = dateRange(content.entries.map((e) => e.clipping));
  if (range) rows.push(['Published', range]);
  if (content.preparedBy?.trim()) rows.push(['Prepared by', content.preparedBy.trim()]);
  rows.push(['Prepared on', formatDate(content.preparedAt) ?? content.preparedAt]);
  return [
    '<section class="cover">',
    '<p class="label">Dossier</p>',
    // Not a heading: the PDF's bookmarks list the clippings only.
    `<p class="title">${escapeHtml(content.title)}</p>`,
    content.subtitle?.trim() ? `<p class="subtitle">${escapeHtml(content.subtitle.trim())}</p>` : '',
    `<dl>${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`,
    '</section>',
  ].join('');
}

function tocEntry(entry: DossierEntry, position: number, page: number | null): string {
  const c = entry.clipping;
  const meta = [c.source?.trim(), joinNames(c.authors), formatDate(c.publishedAt)].filter(Boolean).join(' · ');
  return (
    `<li><a href="#clipping-${position}"><span class="row"><span class="n">${position}.</span>` +
    `<span class="entry-title">${escapeHtml(c.title.trim() || `Clipping ${c.id}`)}</span>` +
    `<span class="leader"></span><span class="page">${page ?? ''}</span></span>` +
    (meta ? `<span class="entry-meta">${escapeHtml(meta)}</span>` : '') +
    `</a></li>`
  );
}

/**
 * The whole dossier as one print document: cover, table of contents, then each clipping from a new
 * page. `pages` holds the page each clipping starts on (1-based, in entry order); null for the first
 * pass, which is printed only to find those pages.
 */
export function buildDossierHtml(content: DossierContent, options: PrintOptions, pages: readonly number[] | null): string {
  const count = content.entries.length;
  const toc = content.entries.map((entry, i) => tocEntry(entry, i + 1, pages?.[i] ?? null)).join('');
  const articles = content.entries.map((entry, i) =>
    articleHtml(entry.clipping, {
      renderText: highlighter(entry.terms),
      bioHeading: false,
      kicker: kickerText(i + 1, count),
      anchor: `clipping-${i + 1}`,
    }),
  );
  const languages = new Set(content.entries.map((e) => e.clipping.language));
  const body = [
    cover(content),
    `<nav class="toc"><p class="toc-heading">Contents</p><ol>${toc}</ol></nav>`,
    ...articles,
  ].join('\n');
  return htmlDocument(
    {
      title: content.title,
      // One language for the whole document only when every clipping shares it.
      language: languages.size === 1 ? ([...languages][0] ?? null) : null,
      css: printCss(options) + DOSSIER_CSS + dossierPageRules(content.title, content.entries.map((e) => runningHeaderText(e.clipping)), options),
    },
    body,
  );
}
