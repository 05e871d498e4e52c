/**
 * Where the article is in a copied page: the run of prose between the menus above and the
 * related links, footers and prompts below, and the headline that precedes it. Found from the
 * shape of the text (long sentences versus short menu lines), not from any site's markup.
 */
import { isLikelyPersonName, looksLikePersonLine } from './authors.ts';
import { roleCreditNames } from './credit-lines.ts';
import { preferFullerHeadline, type ChosenHeadline } from './fuller-headline.ts';
import { isBylineLine, isCodeLine, isCreditLine, isDateLine, isMinorLine, splitCredit, type TextLine } from './lines.ts';

/** Cost of a non-prose line inside the article (a related-link title, a subheading). */
const SHORT_LINE_COST = 4;
/** Chrome lines (share buttons, ads) count for this much of a line in a gap. */
const CHROME_LINE_SHARE = 0.5;
/** However many buttons and ads sit together, they count as at most this many lines (a player's menus are long). */
const MAX_CHROME_GAP = 3;
/** Gaps grow dearer with length: the k-th line of a gap costs SHORT_LINE_COST * (1 + (2k - 1) / GAP_GROWTH). */
const GAP_GROWTH = 4;
/** Share of a gap still counted after one prose line. */
const GAP_MEMORY = 0.5;
/** A prose line counts by its words, up to this, so one huge block cannot outweigh structure. */
const PROSE_WORD_CAP = 80;

export interface BodyRegion {
  /** Positions in the content-line list (chrome removed), inclusive. */
  start: number;
  end: number;
}

/**
 * The maximum-weight run of content lines (Kadane): prose adds its words, other lines subtract a
 * cost that grows with the length of the gap they are in. A subheading or a short box inside the
 * article costs less than the prose around it; the long stretch of links, ads and buttons between
 * an article and the teasers below it costs more than the teasers are worth.
 */
export function findBodyRegion(lines: TextLine[]): BodyRegion | null {
  let best: BodyRegion | null = null;
  let bestScore = 0;
  let score = 0;
  let start = 0;
  let gap = 0;
  const gapCost = (from: number, to: number): number => {
    // Sum of the growing per-line costs for gap positions from..to (fractional for chrome).
    const lineCost = (k: number): number => SHORT_LINE_COST * (1 + (2 * k - 1) / GAP_GROWTH);
    return ((to - from) * (lineCost(from + 1) + lineCost(to))) / 2;
  };
  lines.forEach((line, i) => {
    if (score <= 0) {
      // A region starting here owes nothing for the gap before it.
      score = 0;
      start = i;
      gap = 0;
    }
    const chromeGap = i === start ? 0 : Math.min(line.chromeBefore * CHROME_LINE_SHARE, MAX_CHROME_GAP);
    let weight: number;
    if (line.prose) {
      weight = Math.min(line.words, PROSE_WORD_CAP) - gapCost(gap, gap + chromeGap);
      // One paragraph does not wipe out the gap before it: a ticker or teaser list (a few links,
      // one blurb, a few links...) keeps paying for its links, an article's subheadings do not.
      gap = (gap + chromeGap) * GAP_MEMORY;
    } else if (isMinorLine(line)) {
      weight = -gapCost(gap, gap + chromeGap);
      gap += chromeGap;
    } else {
      weight = -gapCost(gap, gap + chromeGap + 1);
      gap += chromeGap + 1;
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
  if (isBylineLine(line.text) || isDateLine(line.text) || isCreditLine(line.text) || splitCredit(line.text).credit || isCodeLine(line.text)) return false;
  if (looksLikePersonLine(line.text) && line.words <= 3) return false;
  if (roleCreditNames(line.text, true)) return false;
  return /\p{L}/u.test(line.text);
}

const SECTION_NUMBER = /^\d+(?:\.\d+)*\.?\s+\p{L}/u;

/** "6 See also", "1.1 Equality with the adjoint": a numbered line among numbered lines is a contents entry. */
function isContentsEntry(lines: TextLine[], i: number): boolean {
  const numbered = (line: TextLine | undefined): boolean => !!line && SECTION_NUMBER.test(line.text) && line.words <= 12;
  return numbered(lines[i]) && (numbered(lines[i - 1]) || numbered(lines[i + 1]));
}

/** What the headline scorer needs to know about the page besides the line itself. */
export interface HeadlineContext {
  lines: TextLine[];
  bodyStart: number;
  keys: string[];
  /** Words of the lede (first prose paragraphs): a headline shares them. */
  ledeWords: Set<string>;
}

function headlineContext(lines: TextLine[], bodyStart: number): HeadlineContext {
  const lede = lines.slice(bodyStart).filter((l) => l.prose).slice(0, 3).map((l) => l.text).join(' ');
  return { lines, bodyStart, keys: lines.map((l) => normalisedKey(l.text)), ledeWords: new Set(contentWords(lede)) };
}

/** Frequent words of four letters or more that say nothing about a story's subject. */
const STOPWORDS = new Set(
  ('with that from this they will have been were your what when which their there about would could should '
    + 'into than them then these those also more most some such only over after before just like very here '
    + 'does dans pour avec sont mais plus comme cette nicht eine einer sich auch oder para como mais pelo pela '
    + 'est\u00e1 sobre entre').split(' '),
);

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []).filter((word) => !STOPWORDS.has(word));
}

/**
 * How much a line looks and sits like the headline: printed more than once (breadcrumb, h1),
 * followed by a byline or date, above a dek, near the article, and sharing words with the lede
 * (a headline summarises the first paragraph; a related-article title or a menu item does not).
 */
function headlineScore(context: HeadlineContext, i: number): number | null {
  const { lines, bodyStart, keys, ledeWords } = context;
  const line = lines[i];
  if (!line || !isHeadlineCandidate(line) || isContentsEntry(lines, i)) return null;
  const key = keys[i] ?? '';
  let score = 0;
  // Printed again (tab title, breadcrumb, h1); a short label repeated down a list is not that.
  // Only copies above the article count: a table of contents repeats its entries as subheadings below.
  const copies = keys.slice(0, bodyStart).filter((k) => k === key || (k.length > key.length && k.endsWith(` ${key}`))).length;
  if (copies === 2 || (copies > 2 && line.words >= 4)) score += line.words >= 3 ? 3 : 1;
  const after = lines.slice(i + 1, i + 6);
  if (after.some((l) => isBylineLine(l.text) || isDateLine(l.text))) score += 3;
  else if (after.slice(0, 3).some((l) => isLikelyPersonName(l.text))) score += 3;
  const distance = bodyStart - i;
  score += distance <= 4 ? 2 : distance <= 12 ? 1 : 0;
  if (line.words >= 4 && line.words <= 20) score += 1;
  const next = lines[i + 1];
  if (line.words >= 4 && next && next.words >= 5 && (next.prose || isHeadlineCandidate(next)) && !splitCredit(next.text).credit && i + 1 < bodyStart) score += 1;
  const words = contentWords(line.text);
  if (words.length > 0) score += (4 * words.filter((w) => ledeWords.has(w)).length) / Math.max(words.length, 4);
  if (line.prose) score -= 1;
  if (/:$/.test(line.text)) score -= 3;
  return score;
}

/**
 * The headline: the best-scoring line among the 40 before the article (nearer wins ties), or a
 * fuller line just above it that contains it (fuller-headline.ts), with the lines that repeat its pieces.
 */
export function findTitle(lines: TextLine[], bodyStart: number): ChosenHeadline | null {
  const context = headlineContext(lines, bodyStart);
  let best: { index: number; score: number } | null = null;
  for (let i = bodyStart - 1; i >= Math.max(0, bodyStart - 40); i--) {
    const score = headlineScore(context, i);
    if (score !== null && (!best || score > best.score)) best = { index: i, score };
  }
  return best ? preferFullerHeadline(lines, best, (i) => headlineScore(context, i)) : null;
}
