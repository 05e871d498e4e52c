/**
 * Where the article is in a copied page: the run of prose between the menus above and the
 * related links, footers and prompts below, and the headline that precedes it. Found from the
 * shape of the text (long sentences versus short menu lines), not from any site's markup.
 */
import { looksLikePersonLine } from './authors.ts';
import { isBylineLine, isCreditLine, isDateLine, type TextLine } from './lines.ts';

/** Cost of a short non-prose line inside the article (a menu item, a related-link title). */
const SHORT_LINE_COST = 4;
/** A prose line counts by its words, up to this, so one huge block cannot outweigh structure. */
const PROSE_WORD_CAP = 80;

export interface BodyRegion {
  /** Positions in the content-line list (chrome removed), inclusive. */
  start: number;
  end: number;
}

/**
 * The maximum-weight run of content lines (Kadane): prose adds its words, other lines subtract a
 * fixed cost. Menus and related-link lists are long runs of short lines, so they fall outside;
 * a subheading or a short "Recommended" box inside the article costs less than the prose around it.
 */
export function findBodyRegion(lines: TextLine[]): BodyRegion | null {
  let best: BodyRegion | null = null;
  let bestScore = 0;
  let score = 0;
  let start = 0;
  lines.forEach((line, i) => {
    const weight = line.prose ? Math.min(line.words, PROSE_WORD_CAP) : -SHORT_LINE_COST;
    if (score <= 0) {
      score = 0;
      start = i;
    }
    score += weight;
    if (score > bestScore) {
      bestScore = score;
      best = { start, end: i };
    }
  });
  return best;
}

function normalisedKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Could this line be a headline? Not a sentence, not a byline, date, credit or bare name. */
function isHeadlineCandidate(line: TextLine): boolean {
  if (line.words < 2 || line.words > 30) return false;
  if (/[.,;]$/.test(line.text) && !/\.\.\.$/.test(line.text)) return false;
  if (isBylineLine(line.text) || isDateLine(line.text) || isCreditLine(line.text)) return false;
  if (looksLikePersonLine(line.text) && line.words <= 3) return false;
  return /\p{L}/u.test(line.text);
}

/**
 * The headline: among the lines shortly before the article, the one that reads like a headline
 * and is placed like one. Pages print the headline more than once (breadcrumb, tab title, h1) and
 * follow it with a byline or date, so repetition and a byline below weigh most; nearness to the
 * article breaks ties.
 */
export function findTitleIndex(lines: TextLine[], bodyStart: number, allText: string[]): number | null {
  const windowStart = Math.max(0, bodyStart - 40);
  const keys = allText.map(normalisedKey);
  let best: { index: number; score: number } | null = null;
  for (let i = bodyStart - 1; i >= windowStart; i--) {
    const line = lines[i];
    if (!line || !isHeadlineCandidate(line)) continue;
    const key = normalisedKey(line.text);
    let score = 0;
    const copies = keys.filter((k) => k === key || (k.length > key.length && k.endsWith(` ${key}`))).length;
    if (copies > 1) score += 3;
    const after = lines.slice(i + 1, i + 6);
    if (after.some((l) => isBylineLine(l.text) || isDateLine(l.text))) score += 3;
    else if (after.slice(0, 3).some((l) => looksLikePersonLine(l.text))) score += 2;
    const distance = bodyStart - i;
    score += distance <= 4 ? 2 : distance <= 12 ? 1 : 0;
    if (line.words >= 4 && line.words <= 20) score += 1;
    if (line.prose) score -= 1;
    if (/:$/.test(line.text)) score -= 3;
    if (!best || score > best.score) best = { index: i, score };
  }
  return best?.index ?? null;
}
