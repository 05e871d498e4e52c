/**
 * Lunr's text pipeline, made cheap enough for 100,000 clippings. A build spends most of its time
 * running the trimmer, stop-word filter and stemmer; each of them depends on the token's text only,
 * so the result is memoised per distinct token. The tokenizer is Lunr's (lowercase the field, split
 * on `lunr.tokenizer.separator`), without its per-token objects and metadata we do not keep.
 */
import lunr from 'lunr';
import { makePipeline } from './lunr-internals.ts';

const pipeline = makePipeline(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);

/** The query side of the same pipeline, as `lunr()` sets it up: the stemmer only. */
const searchPipeline = makePipeline(lunr.stemmer);

/** Distinct tokens remembered at most; past it the memo starts over (names and numbers are many). */
const MEMO_LIMIT = 400_000;

const memo = new Map<string, string | null>();

/** The index term of one raw token ("Meetings," → "meet"), or null when the pipeline drops it. */
export function termOfToken(token: string): string | null {
  const known = memo.get(token);
  if (known !== undefined) return known;
  const out = pipeline.runString(token);
  // One token or none for these three functions. A token the trimmer empties ("—", "Москва") stays,
  // as the empty term: Lunr's Pipeline drops '' results but not an empty Token, so Lunr counts it.
  const term = out.length > 0 ? (out[0] as string) : null;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(token, term);
  return term;
}

const SEPARATOR = new RegExp(lunr.tokenizer.separator.source, 'g');

/** `lunr.tokenizer` without its Token objects: the raw tokens of one field's text, lowercased. */
export function tokensOfText(text: string | null | undefined, into: string[] = []): string[] {
  into.length = 0;
  if (text === null || text === undefined) return into;
  const lower = String(text).toLowerCase();
  let start = 0;
  SEPARATOR.lastIndex = 0;
  for (;;) {
    const match = SEPARATOR.exec(lower);
    const end = match ? match.index : lower.length;
    if (end > start) into.push(lower.slice(start, end));
    if (!match) break;
    start = match.index + match[0].length;
  }
  return into;
}

/** What a query term becomes before it meets the vocabulary (Lunr's search pipeline). */
export function queryTermsOf(term: string, fields: readonly string[]): string[] {
  return searchPipeline.runString(term, { fields });
}
