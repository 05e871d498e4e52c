/**
 * Guards the extraction quality measured by `npm run eval:extract` against regressions: the
 * floors sit a little below what the parsers achieve today on the saved-page corpus
 * (../shared/corpus/web-pages, outside the repository). Skips, saying why, when it is absent.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDirectory, evaluatePage, listPages, summarise, type PageScore } from './evaluation.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const corpus = corpusDirectory(repoRoot);
const present = existsSync(corpus);
if (!present) console.log(`Skipping the extraction floors: the corpus ${corpus} is absent (test data lives next to the repository, not in it).`);

/** Floors per group and format: title and byline match rates, body token F1 (median, mean), chrome lines leaked. */
const FLOORS = {
  news: {
    html: { title: 0.95, byline: 0.9, medianF1: 0.98, meanF1: 0.97, maxLeaked: 2 },
    text: { title: 0.6, byline: 0.7, medianF1: 0.95, meanF1: 0.93, maxLeaked: 30 },
  },
  all: {
    html: { title: 0.95, byline: 0.93, medianF1: 0.98, meanF1: 0.97, maxLeaked: 5 },
    text: { title: 0.24, byline: 0.45, medianF1: 0.96, meanF1: 0.84, maxLeaked: 95 },
  },
};

describe.skipIf(!present)('extraction quality on the saved-page corpus', () => {
  let scores: PageScore[] = [];
  const scored = (): PageScore[] => {
    if (scores.length === 0) scores = listPages(corpus).flatMap((page) => evaluatePage(corpus, page));
    return scores;
  };

  for (const group of ['news', 'all'] as const) {
    for (const format of ['html', 'text'] as const) {
      it(`${group} pages from ${format} stay above their floors`, () => {
        const rows = group === 'news' ? scored().filter((s) => s.news) : scored();
        const summary = summarise(rows, group, format);
        const floor = FLOORS[group][format];
        expect(summary.pages).toBeGreaterThan(0);
        expect(summary.titleRate).toBeGreaterThanOrEqual(floor.title);
        expect(summary.bylineRate ?? 1).toBeGreaterThanOrEqual(floor.byline);
        expect(summary.medianF1).toBeGreaterThanOrEqual(floor.medianF1);
        expect(summary.meanF1).toBeGreaterThanOrEqual(floor.meanF1);
        expect(summary.chromeLeaked).toBeLessThanOrEqual(floor.maxLeaked);
      }, 300_000);
    }
  }
});
