/**
 * The two development sets next to the repository (test data only, never shipped), read into one
 * shape, each page assigned once and for all to the tuning part or the held-out part by a hash
 * of its set and folder name, so the split is the same on every machine and was fixed before any
 * tuning:
 * - web-pages: 91 saved pages from Readability's tests; truth is Readability's output, plus the
 *   hand-checked source and address of its news pages (truth/web-pages-news.tsv);
 * - article-bodies: 88 real pages with a human-marked body (half of the Zyte benchmark), plus the
 *   hand-checked headline, byline, source, date and address of each (truth/article-bodies.tsv).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type SetName = 'web-pages' | 'article-bodies';
export type Split = 'tuning' | 'held-out';

export interface DevTruth {
  /** Accepted headlines (the displayed one and the page's title without its site suffix); empty: not scored. */
  titles: string[];
  /** The byline as printed or as a list of names; null: the page credits no person. */
  byline: string | null;
  /** Accepted publication names; empty: not scored. */
  sources: string[];
  url: string | null;
  /** YYYY-MM-DD; null: not scored. */
  date: string | null;
  body: string;
}

export interface DevPage {
  set: SetName;
  name: string;
  split: Split;
  /** News and magazine articles (all of article-bodies; web-pages' INDEX.tsv says which). */
  news: boolean;
  folder: string;
  truth: DevTruth;
}

/** One page in three is held out: never looked at page by page while tuning. */
function splitOf(set: SetName, name: string): Split {
  const hash = createHash('sha256').update(`${set}/${name}`).digest();
  return hash.readUInt32BE(0) % 3 === 0 ? 'held-out' : 'tuning';
}

export function corpusRoot(repoRoot: string): string {
  return path.resolve(repoRoot, '../shared/corpus');
}

function readTsv(file: string): Map<string, Record<string, string>> {
  const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  const [header, ...rows] = lines.map((line) => line.split('\t'));
  const table = new Map<string, Record<string, string>>();
  for (const row of rows) table.set(row[0] ?? '', Object.fromEntries((header ?? []).map((key, i) => [key, (row[i] ?? '').replace(/\\(.)/g, '$1')])));
  return table;
}

const alternatives = (text: string | undefined | null): string[] => (text ?? '').split(' || ').map((t) => t.trim()).filter(Boolean);
const truthDir = path.join(import.meta.dirname, 'truth');

function webPages(root: string): DevPage[] {
  const corpus = path.join(root, 'web-pages');
  if (!existsSync(corpus)) return [];
  const news = new Set<string>();
  const index = readTsv(path.join(corpus, 'INDEX.tsv'));
  for (const [name, row] of index) if (row['news'] === 'y') news.add(name);
  const checked = readTsv(path.join(truthDir, 'web-pages-news.tsv'));
  return readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(corpus, entry.name, 'truth.json')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const folder = path.join(corpus, name);
      const truth = JSON.parse(readFileSync(path.join(folder, 'truth.json'), 'utf8')) as { title: string | null; byline: string | null; siteName: string | null; publishedTime: string | null; body: string };
      const row = checked.get(name);
      const h1 = displayedHeadline(readFileSync(path.join(folder, 'source.html'), 'utf8'), truth.title ?? '');
      return {
        set: 'web-pages' as const,
        name,
        split: splitOf('web-pages', name),
        news: news.has(name),
        folder,
        truth: {
          titles: [truth.title ?? '', h1 ?? ''].filter(Boolean),
          byline: truth.byline,
          sources: row ? alternatives(row['source']) : alternatives(truth.siteName),
          url: row?.['url'] || null,
          date: /^\d{4}-\d{2}-\d{2}/.test(truth.publishedTime ?? '') ? (truth.publishedTime ?? '').slice(0, 10) : null,
          body: truth.body,
        },
      };
    });
}

/**
 * The h1 of a saved page when it is a version of its title (the headline as displayed, often
 * without the site's suffix); a logo or section h1 sharing few words with the title is not.
 */
function displayedHeadline(html: string, title: string): string | null {
  const match = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  if (!match?.[1]) return null;
  const text = match[1].replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;|&rsquo;/g, '’').replace(/\s+/g, ' ').trim();
  const words = (t: string): Set<string> => new Set(t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const mine = words(text);
  const theirs = words(title);
  const shared = [...mine].filter((w) => theirs.has(w)).length;
  return mine.size > 0 && shared >= 0.6 * mine.size && shared >= 0.5 * theirs.size ? text : null;
}

function articleBodies(root: string): DevPage[] {
  const corpus = path.join(root, 'article-bodies');
  if (!existsSync(corpus)) return [];
  const checked = readTsv(path.join(truthDir, 'article-bodies.tsv'));
  return readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(corpus, entry.name, 'truth.json')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const folder = path.join(corpus, name);
      const truth = JSON.parse(readFileSync(path.join(folder, 'truth.json'), 'utf8')) as { url: string; articleBody: string };
      const row = checked.get(name) ?? {};
      return {
        set: 'article-bodies' as const,
        name,
        split: splitOf('article-bodies', name),
        news: true,
        folder,
        truth: {
          titles: alternatives(row['headline']),
          byline: row['byline'] ? row['byline'] : null,
          sources: alternatives(row['source']),
          url: row['url'] || truth.url,
          date: row['date'] || null,
          body: truth.articleBody,
        },
      };
    });
}

export function listDevPages(repoRoot: string): DevPage[] {
  const root = corpusRoot(repoRoot);
  return [...webPages(root), ...articleBodies(root)];
}
