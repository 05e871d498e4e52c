/**
 * Measures the parsers against the saved-page corpus (../shared/corpus/web-pages): title exact
 * match (whitespace and case folded), byline match (author names against the truth byline,
 * order-free), body token F1 against the truth body, and chrome lines leaked (lines of the copy
 * outside the truth body that end up in the body). Used by `npm run eval:extract` and by a test
 * that guards against regressions.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ParsedClipping } from '../../../preload/api/index.ts';
import { parseHtmlClipping } from './html.ts';
import { parseTextClipping } from './text.ts';

export interface PageTruth {
  title: string | null;
  byline: string | null;
  body: string;
}

export interface PageScore {
  page: string;
  news: boolean;
  format: 'html' | 'text';
  titleMatch: boolean;
  /** null when the truth has no byline. */
  bylineMatch: boolean | null;
  bodyF1: number;
  chromeLeaked: number;
  title: string;
  authors: string[];
}

export function corpusDirectory(repoRoot: string): string {
  return path.resolve(repoRoot, '../shared/corpus/web-pages');
}

/** Pages of the corpus (folders with a truth.json), with their news flag from INDEX.tsv. */
export function listPages(corpus: string): { name: string; news: boolean }[] {
  const news = new Set<string>();
  const indexFile = path.join(corpus, 'INDEX.tsv');
  if (existsSync(indexFile)) {
    const [header, ...rows] = readFileSync(indexFile, 'utf8').split('\n').map((row) => row.split('\t'));
    const newsColumn = header?.indexOf('news') ?? -1;
    for (const row of rows) if (row[0] && row[newsColumn] === 'y') news.add(row[0]);
  }
  return readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(corpus, entry.name, 'truth.json')))
    .map((entry) => ({ name: entry.name, news: news.has(entry.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function evaluatePage(corpus: string, page: { name: string; news: boolean }, formats: ('html' | 'text')[] = ['html', 'text']): PageScore[] {
  const folder = path.join(corpus, page.name);
  const truth = JSON.parse(readFileSync(path.join(folder, 'truth.json'), 'utf8')) as PageTruth;
  const clip = readFileSync(path.join(folder, 'clip.txt'), 'utf8');
  return formats.map((format) => format === 'html'
    ? score(page, 'html', parseHtmlClipping(readFileSync(path.join(folder, 'source.html'), 'utf8')), truth, clip)
    : score(page, 'text', parseTextClipping(clip), truth, clip));
}

function score(page: { name: string; news: boolean }, format: 'html' | 'text', parsed: ParsedClipping, truth: PageTruth, clip: string): PageScore {
  return {
    page: page.name,
    news: page.news,
    format,
    titleMatch: fold(parsed.title) === fold(truth.title ?? ''),
    bylineMatch: truth.byline && nameTokens(truth.byline).size > 0 ? bylineMatches(parsed.authors, truth.byline) : null,
    bodyF1: tokenF1(parsed.body.join(' '), truth.body),
    chromeLeaked: chromeLeaked(parsed.body, truth.body, clip),
    title: parsed.title,
    authors: parsed.authors,
  };
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Byline words that are not names ("Written by", "Par", "and"); addresses are dropped too. */
const BYLINE_FILLER = new Set(['by', 'written', 'posted', 'par', 'por', 'von', 'and', 'und', 'et', 'e', 'y']);

/** The words of a byline's first line that can be names (prefix and joiners dropped). */
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

function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Token F1 over multisets: the share of words in common, balanced between precision and recall. */
function tokenF1(found: string, expected: string): number {
  const a = tokens(found);
  const b = tokens(expected);
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of a) {
    const left = counts.get(t) ?? 0;
    if (left > 0) {
      common++;
      counts.set(t, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / a.length;
  const recall = common / b.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Body paragraphs that are whole lines of the copy but appear nowhere in the truth body. */
function chromeLeaked(body: string[], truthBody: string, clip: string): number {
  const truth = fold(truthBody);
  const clipLines = new Set(clip.split('\n').map(fold).filter((l) => l !== ''));
  return body.map(fold).filter((p) => clipLines.has(p) && !truth.includes(p)).length;
}

export interface Summary {
  group: string;
  format: 'html' | 'text';
  pages: number;
  titleRate: number;
  bylineRate: number | null;
  bylinePages: number;
  medianF1: number;
  meanF1: number;
  chromeLeaked: number;
}

export function summarise(scores: PageScore[], group: string, format: 'html' | 'text'): Summary {
  const rows = scores.filter((s) => s.format === format);
  const withByline = rows.filter((s) => s.bylineMatch !== null);
  const f1s = rows.map((s) => s.bodyF1).sort((a, b) => a - b);
  const middle = Math.floor(f1s.length / 2);
  const median = f1s.length === 0 ? 0 : f1s.length % 2 ? (f1s[middle] ?? 0) : ((f1s[middle - 1] ?? 0) + (f1s[middle] ?? 0)) / 2;
  return {
    group,
    format,
    pages: rows.length,
    titleRate: rows.length ? rows.filter((s) => s.titleMatch).length / rows.length : 0,
    bylineRate: withByline.length ? withByline.filter((s) => s.bylineMatch).length / withByline.length : null,
    bylinePages: withByline.length,
    medianF1: median,
    meanF1: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 0,
    chromeLeaked: rows.reduce((sum, s) => sum + s.chromeLeaked, 0),
  };
}

export function formatSummaries(summaries: Summary[]): string {
  const percent = (x: number): string => `${(x * 100).toFixed(0)}%`;
  const lines = [
    '| pages | format | n | title match | byline match | body F1 median | body F1 mean | chrome lines leaked |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const s of summaries) {
    const byline = s.bylineRate === null ? 'n/a' : `${percent(s.bylineRate)} (of ${s.bylinePages})`;
    lines.push(`| ${s.group} | ${s.format} | ${s.pages} | ${percent(s.titleRate)} | ${byline} | ${s.medianF1.toFixed(3)} | ${s.meanF1.toFixed(3)} | ${s.chromeLeaked} |`);
  }
  return lines.join('\n');
}
