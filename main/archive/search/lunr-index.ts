/**
 * The one place that says what a Clipdesk Lunr index holds: its fields, their boosts and the text
 * pipeline. The worker (full builds) and the main thread (small recent segments, snippets) both use
 * it, so every segment is built the same way and the same words are marked as were matched.
 */
import lunr from 'lunr';
import { termOfToken } from './text-analysis.ts';

/** One clipping as the index sees it: every part flattened to text. */
export interface IndexDoc {
  id: number;
  title: string;
  authors: string;
  source: string;
  tags: string;
  captions: string;
  body: string;
  bio: string;
  /**
   * ISO 639-1 code of the clipping's language (from the parser). It picks the text pipeline
   * (languages.ts); when absent, scripts English cannot index (Hangul, Kana, Han, Cyrillic) are
   * recognised, and anything else is indexed as English.
   */
  language?: string | null;
}

export type IndexField = Exclude<keyof IndexDoc, 'id' | 'language'>;

/** Field boosts: a word in the title counts far more than the same word in the body. */
export const FIELD_BOOSTS: Readonly<Record<IndexField, number>> = {
  title: 10,
  authors: 3,
  source: 2,
  tags: 5,
  captions: 1,
  body: 1,
  bio: 1,
};

export const INDEX_FIELDS = Object.keys(FIELD_BOOSTS) as IndexField[];

/** Lunr's own pipeline, as `lunr()` sets it up: the index, the queries and the snippets share it. */
const TEXT_PIPELINE = [lunr.trimmer, lunr.stopWordFilter, lunr.stemmer];

/** Calls `onAdded(done)` after each document so a builder can report progress. */
export function buildLunrIndex(docs: readonly IndexDoc[], onAdded?: (done: number) => void): lunr.Index {
  const builder = new lunr.Builder();
  builder.pipeline.add(...TEXT_PIPELINE);
  builder.searchPipeline.add(lunr.stemmer);
  builder.ref('id');
  for (const field of INDEX_FIELDS) builder.field(field, { boost: FIELD_BOOSTS[field] });
  // Positions are not needed: snippets re-tokenise the shown text (DESIGN.md), and leaving them out
  // keeps the index and its JSON smaller.
  let done = 0;
  for (const doc of docs) {
    builder.add({ ...doc, id: String(doc.id) });
    done += 1;
    onAdded?.(done);
  }
  return builder.build();
}

/** The stemmed index terms a hit matched (the keys of its matchData), for snippets. */
export function matchedTerms(result: lunr.Index.Result): string[] {
  return Object.keys(result.matchData.metadata);
}

/**
 * The index term Lunr would make of one already separated word ("Meetings," → "meet"), or null
 * when the pipeline drops it (a stop word, punctuation alone).
 */
export function indexTermOf(word: string): string | null {
  // Memoised per token (text-analysis.ts): snippets re-read the same words for every hit shown.
  // Lunr 2 keeps a word of non-ASCII letters only ("Москва") as the empty term: not a word to mark.
  return termOfToken(word.toLowerCase()) || null;
}

/** Lunr's token separator (whitespace and hyphens), so snippets split words exactly as the index did. */
export const TOKEN_SEPARATOR: RegExp = lunr.tokenizer.separator;
