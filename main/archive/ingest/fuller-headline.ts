/**
 * Pages often print the headline twice just above the article: once in full, then split into a
 * kicker ("Jane Doe") and a shorter display line ("Gold Crown ... GONE!"), or as a headline
 * followed by a section heading that repeats its second half. The scorer in text-layout.ts may
 * prefer the later, shorter line (it sits nearer the byline); the full line is the title. Here we
 * look just above the chosen line for a longer headline-like line that contains it.
 */
import type { TextLine } from './lines.ts';

/** How many lines above the chosen headline a fuller version may sit (kicker, dateline, caption between). */
const MAX_DISTANCE = 4;
/** Share of the chosen line's words (or CJK characters) that the fuller line must contain. */
const MIN_CONTAINED = 0.8;
/** The fuller line may score this much lower than the chosen one (it sits further from the byline). */
const MAX_SCORE_DROP = 4;
/** A fuller line at most this many times as long: more is a paragraph or a menu that mentions the story. */
const MAX_GROWTH = 3;
/** Breadcrumb and "Title | Site" separators: such a line is navigation or a tab title, not the headline. */
const NAVIGATION_SEPARATOR = /\s(?:>>?|›|\||\/)\s|>>/;

/** "Home » World": a breadcrumb; « ... » around words is a French quotation. */
function isNavigation(text: string): boolean {
  // "HomeLatest NewsThe headline", "Home News Business The headline": a breadcrumb run together.
  if (/^(?:home\b|home(?=\p{Lu})|you are here\b)/iu.test(text)) return true;
  return NAVIGATION_SEPARATOR.test(text) || (/\s»\s/.test(text) && !text.includes('«'));
}

/** Words, with each Chinese or Japanese character its own token (those scripts do not space words). */
export function headlineTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}])+/gu) ?? [];
}

/** Share of `part`'s distinct tokens that occur in `whole`. */
function containedShare(part: string[], whole: string[]): number {
  const distinct = new Set(part);
  if (distinct.size === 0) return 0;
  const wholeSet = new Set(whole);
  return [...distinct].filter((token) => wholeSet.has(token)).length / distinct.size;
}

export interface ChosenHeadline {
  /** The line that is the title. */
  index: number;
  /** Lines after it that only repeat pieces of it (kicker, display headline): not body, not byline. */
  pieces: number[];
}

/**
 * Given the best-scoring headline line, take a longer line just above it when that line contains
 * most of its words and is itself headline-like (scored, not far below the chosen one).
 * `scoreOf` is the headline scorer (null for lines that cannot be a headline).
 */
export function preferFullerHeadline(lines: TextLine[], best: { index: number; score: number }, scoreOf: (i: number) => number | null): ChosenHeadline {
  const chosen = lines[best.index];
  if (!chosen) return { index: best.index, pieces: [] };
  const chosenTokens = headlineTokens(chosen.text);
  const chosenDistinct = new Set(chosenTokens).size;
  for (let j = best.index - 1; j >= Math.max(0, best.index - MAX_DISTANCE); j--) {
    const line = lines[j];
    if (!line || line.prose || isNavigation(line.text)) continue;
    const tokens = headlineTokens(line.text);
    const distinct = new Set(tokens).size;
    if (distinct <= chosenDistinct || distinct > chosenDistinct * MAX_GROWTH) continue;
    if (containedShare(chosenTokens, tokens) < MIN_CONTAINED) continue;
    const score = scoreOf(j);
    if (score === null || score < best.score - MAX_SCORE_DROP) continue;
    // The lines between that repeat the fuller line (a kicker) belong to the headline, as does the chosen line.
    const pieces: number[] = [];
    for (let k = j + 1; k <= best.index; k++) {
      const between = lines[k];
      if (between && (k === best.index || containedShare(headlineTokens(between.text), tokens) >= MIN_CONTAINED)) pieces.push(k);
    }
    return { index: j, pieces };
  }
  return { index: best.index, pieces: [] };
}
