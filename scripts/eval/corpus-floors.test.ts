/**
 * Guards the extraction quality measured by `npm run eval:extract` against regressions: the
 * floors sit a little below what the parsers achieve on the development sets
 * (../shared/corpus, outside the repository). Skips, saying why, when they are absent.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusRoot, listDevPages } from './dev-sets.ts';
import { scorePage, type Format, type PageScore } from './scoring.ts';
import { summarise } from './summary.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const present = existsSync(path.join(corpusRoot(repoRoot), 'article-bodies'));
if (!present) console.log(`Skipping the extraction floors: the development sets in ${corpusRoot(repoRoot)} are absent (test data lives next to the repository, not in it).`);

/** Floors on the whole of article-bodies (tuning and held-out together): rates and body shingle F1. */
const FLOORS: Record<Format, { title: number; byline: number; source: number; f1: number }> = {
  html: { title: 0.8, byline: 0.8, source: 0.88, f1: 0.97 },
  text: { title: 0.65, byline: 0.55, source: 0.55, f1: 0.9 },
};

describe.skipIf(!present)('extraction quality on the article-bodies development set', () => {
  const pages = present ? listDevPages(repoRoot).filter((p) => p.set === 'article-bodies') : [];
  for (const format of ['html', 'text'] as const) {
    it(`${format} stays above its floors`, () => {
      const scores: PageScore[] = pages.map((page) => scorePage(page, format));
      const summary = summarise('article-bodies', scores);
      const floor = FLOORS[format];
      const rate = (r: { right: number; of: number }): number => r.right / r.of;
      expect(summary.pages).toBe(88);
      expect(rate(summary.rates.title)).toBeGreaterThanOrEqual(floor.title);
      expect(rate(summary.rates.byline)).toBeGreaterThanOrEqual(floor.byline);
      expect(rate(summary.rates.source)).toBeGreaterThanOrEqual(floor.source);
      expect(summary.f1).toBeGreaterThanOrEqual(floor.f1);
    }, 600_000);
  }
});
