/**
 * The article-extraction benchmark's body score (Scrapinghub/Zyte, evaluate.py), reimplemented:
 * words (\w+, case kept) in runs of four are shingles, counted with multiplicity; per page the
 * shared count gives true positives, the surplus on each side false positives and negatives,
 * normalised so a long page weighs no more than a short one. A set's precision and recall are the
 * means over its pages, and its F1 is their harmonic mean (not the mean of per-page F1s).
 */

export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

const SHINGLE = 4;

function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function shingles(text: string): Map<string, number> {
  const words = tokens(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, words.length - SHINGLE + 1); i++) {
    const shingle = words.slice(i, i + SHINGLE);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function shingleMatch(truth: string, found: string): ShingleCounts {
  const expected = shingles(truth);
  const got = shingles(found);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...expected.keys(), ...got.keys()])) {
    const t = expected.get(key) ?? 0;
    const p = got.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: ShingleCounts): number | null {
  if (fp === 0 && fn === 0) return 1;
  if (tp + fp === 0) return null; // nothing found: not counted in the mean precision
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: ShingleCounts): number | null {
  if (fp === 0 && fn === 0) return 1;
  if (tp + fn === 0) return null;
  return tp / (tp + fn);
}

export interface BodyScore {
  precision: number;
  recall: number;
  f1: number;
}

/** The benchmark's figure for a set of pages. */
export function corpusBodyScore(counts: ShingleCounts[]): BodyScore {
  const mean = (values: (number | null)[]): number => {
    const kept = values.filter((v): v is number => v !== null);
    return kept.length === 0 ? 0 : kept.reduce((a, b) => a + b, 0) / kept.length;
  };
  const precision = mean(counts.map(precisionOf));
  const recall = mean(counts.map(recallOf));
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** One page's F1 (for listing pages and for the median). */
export function pageF1(counts: ShingleCounts): number {
  const p = precisionOf(counts) ?? 0;
  const r = recallOf(counts) ?? 0;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
