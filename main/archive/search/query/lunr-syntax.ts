/**
 * Lunr's own query parser, used only to tell whether a piece of query text is valid Lunr before
 * the index sees it, so a slip becomes a plain-text reading instead of an error.
 */
import lunr from 'lunr';
import { FIELD_BOOSTS } from '../index.ts';

/** The fields a Lunr clause may name ("title:envoy"). */
export const LUNR_FIELDS: readonly string[] = Object.keys(FIELD_BOOSTS);

interface ParserConstructor {
  new (text: string, query: lunr.Query): { parse(): lunr.Query };
}

const QueryParser = (lunr as unknown as { QueryParser: ParserConstructor }).QueryParser;

/** Null when Lunr reads the text; else Lunr's complaint. */
export function lunrSyntaxError(text: string): string | null {
  try {
    new QueryParser(text, new lunr.Query([...LUNR_FIELDS])).parse();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** English stop words, which the index leaves out: a required one would match nothing. */
export function isStopWord(word: string): boolean {
  return lunr.stopWordFilter(new lunr.Token(word.toLowerCase(), {})) === undefined;
}

/** The letters and digits of a word, Lunr's operator characters gone ("north-korea's" → "north", "korea's"). */
export function plainWords(text: string): string[] {
  return text
    .split(/[\s\-:~^*+"`()[\]{},;!?/\\|<>=&]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}
