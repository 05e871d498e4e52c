/**
 * One development page through one parser, scored field by field: headline (exact after folding
 * space, case and typographic quotes; any accepted headline counts), byline (the names, order-free),
 * source (folded, "The" and punctuation aside), address (scheme, "www." and trailing slash aside),
 * date (within a day: time zones move a late-evening story), body (the benchmark's shingles), and
 * chrome lines leaked (whole lines of the copy that are not in the truth body but are in ours).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ParsedClipping } from '../../preload/api/index.ts';
import { parseHtmlClipping, parseTextClipping } from '../../main/archive/ingest/index.ts';
import { dateInText } from '../../main/archive/ingest/dates.ts';
import type { DevPage } from './dev-sets.ts';
import { shingleMatch, type ShingleCounts } from './shingles.ts';

export type Format = 'html' | 'text';

export interface PageScore {
  page: DevPage;
  format: Format;
  parsed: ParsedClipping;
  /** null where the truth has nothing to compare with. */
  title: boolean | null;
  byline: boolean | null;
  source: boolean | null;
  url: boolean | null;
  date: boolean | null;
  body: ShingleCounts;
  chromeLeaked: number;
  /** Fields whose truth the copy does not hold at all (copied text only): no parser can get them from it. */
  unreachable: Field[];
}

export type Field = 'title' | 'byline' | 'source' | 'url' | 'date';

export function scorePage(page: DevPage, format: Format): PageScore {
  const clip = readFileSync(path.join(page.folder, 'clip.txt'), 'utf8');
  const parsed = format === 'html' ? parseHtmlClipping(readFileSync(path.join(page.folder, 'source.html'), 'utf8')) : parseTextClipping(clip);
  const { truth } = page;
  return {
    page,
    format,
    parsed,
    title: truth.titles.length === 0 ? null : truth.titles.some((t) => foldTitle(t) === foldTitle(parsed.title)),
    byline: truth.byline && nameTokens(truth.byline).size > 0 ? bylineMatches(parsed.authors, truth.byline) : null,
    source: truth.sources.length === 0 ? null : truth.sources.some((s) => foldSource(s) === foldSource(parsed.source ?? '')),
    url: truth.url ? foldUrl(truth.url) === foldUrl(parsed.url ?? '') : null,
    date: truth.date ? withinADay(truth.date, parsed.publishedAt) : null,
    body: shingleMatch(truth.body, parsed.body.join('\n\n')),
    chromeLeaked: chromeLeaked(parsed.body, truth.body, clip),
    unreachable: format === 'text' ? unreachableIn(clip, page) : [],
  };
}

/** The fields whose truth never appears in the copy: the headline as a line, the names, the source's name, the address, the date. */
function unreachableIn(clip: string, page: DevPage): Field[] {
  const { truth } = page;
  const lines = new Set(clip.split('\n').map(foldTitle));
  const text = clip.toLowerCase();
  const missing: Field[] = [];
  if (truth.titles.length > 0 && !truth.titles.some((t) => lines.has(foldTitle(t)))) missing.push('title');
  if (truth.byline && ![...nameTokens(truth.byline)].every((token) => text.includes(token))) missing.push('byline');
  if (truth.sources.length > 0 && !truth.sources.some((s) => text.includes(s.toLowerCase()))) missing.push('source');
  if (truth.url && !text.includes(foldUrl(truth.url))) missing.push('url');
  if (truth.date && !clip.split('\n').some((line) => { const d = dateInText(line); return d !== null && withinADay(truth.date ?? '', d); })) missing.push('date');
  return missing;
}

function foldTitle(text: string): string {
  return text.replace(/[‘’′]/g, "'").replace(/[“”″]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
}

function foldSource(text: string): string {
  return text.toLowerCase().replace(/^the\s*/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

function foldUrl(text: string): string {
  return text.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\d?\./, '').replace(/\/+$/, '');
}

function withinADay(truth: string, found: string | null): boolean {
  if (!found) return false;
  const day = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Math.abs(day(truth) - day(found)) <= 86_400_000;
}

/** Byline words that are not names ("Written by", "Par", "and"); addresses are dropped too. */
const BYLINE_FILLER = new Set(['by', 'written', 'posted', 'par', 'por', 'von', 'and', 'und', 'et', 'e', 'y']);

function nameTokens(byline: string): Set<string> {
  const firstLine = byline.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
  const withoutAddresses = firstLine.replace(/\(?\s*(?:https?:\/\/|www\.)\S*\s*\)?/gi, ' ');
  return new Set((withoutAddresses.toLowerCase().match(/[\p{L}]+/gu) ?? []).filter((t) => !BYLINE_FILLER.has(t)));
}

function bylineMatches(authors: string[], byline: string): boolean {
  const expected = nameTokens(byline);
  const found = nameTokens(authors.join(' and '));
  return expected.size === found.size && [...expected].every((t) => found.has(t));
}

function foldLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function chromeLeaked(body: string[], truthBody: string, clip: string): number {
  const truth = foldLine(truthBody);
  const clipLines = new Set(clip.split('\n').map(foldLine).filter((l) => l !== ''));
  return body.map(foldLine).filter((p) => clipLines.has(p) && !truth.includes(p)).length;
}
