/** Sums page scores into the table `npm run eval:extract` prints and BENCHMARKS.md keeps. */
import type { PageScore } from './scoring.ts';
import { corpusBodyScore, pageF1 } from './shingles.ts';

export interface Summary {
  label: string;
  format: string;
  pages: number;
  rates: Record<'title' | 'byline' | 'source' | 'url' | 'date', { right: number; of: number; reachable: number }>;
  precision: number;
  recall: number;
  f1: number;
  medianPageF1: number;
  chromeLeaked: number;
}

export function summarise(label: string, scores: PageScore[]): Summary {
  const rate = (field: 'title' | 'byline' | 'source' | 'url' | 'date'): { right: number; of: number; reachable: number } => {
    const scored = scores.filter((s) => s[field] !== null);
    return { right: scored.filter((s) => s[field]).length, of: scored.length, reachable: scored.filter((s) => !s.unreachable.includes(field)).length };
  };
  const body = corpusBodyScore(scores.map((s) => s.body));
  const f1s = scores.map((s) => pageF1(s.body)).sort((a, b) => a - b);
  const mid = Math.floor(f1s.length / 2);
  return {
    label,
    format: scores[0]?.format ?? '',
    pages: scores.length,
    rates: { title: rate('title'), byline: rate('byline'), source: rate('source'), url: rate('url'), date: rate('date') },
    precision: body.precision,
    recall: body.recall,
    f1: body.f1,
    medianPageF1: f1s.length === 0 ? 0 : f1s.length % 2 ? (f1s[mid] ?? 0) : ((f1s[mid - 1] ?? 0) + (f1s[mid] ?? 0)) / 2,
    chromeLeaked: scores.reduce((sum, s) => sum + s.chromeLeaked, 0),
  };
}

/** "69% (41/59, ceiling 53)": right of scored, and how many the copy could give at all. */
function percent({ right, of, reachable }: { right: number; of: number; reachable: number }): string {
  if (of === 0) return 'n/a';
  return `${Math.round((100 * right) / of)}% (${right}/${of}${reachable < of ? `, ceiling ${reachable}` : ''})`;
}

export function formatSummaries(summaries: Summary[]): string {
  const lines = [
    '| pages | format | n | headline | byline | source | URL | date | body F1 | precision | recall | median page F1 | chrome leaked |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const s of summaries) {
    const r = s.rates;
    lines.push(`| ${s.label} | ${s.format} | ${s.pages} | ${percent(r.title)} | ${percent(r.byline)} | ${percent(r.source)} | ${percent(r.url)} | ${percent(r.date)} | ${s.f1.toFixed(3)} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.medianPageF1.toFixed(3)} | ${s.chromeLeaked} |`);
  }
  return lines.join('\n');
}
