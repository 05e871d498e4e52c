/**
 * Exact phrases, checked in the stored text of Lunr's candidates: the text and the phrase are
 * compared as words (case, accents' composition, punctuation and line breaks aside), so
 * "North Korea's" matches "north korea’s" and "North\nKorea's", but "north koreans" does not
 * match "north korea".
 */

/** Lower-case words separated by single spaces, between a space at each end. */
export function phraseForm(text: string): string {
  return ` ${text.normalize('NFKC').toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** Scripts written without spaces: a phrase there is matched as a run of characters, not of words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export function containsPhrase(textForm: string, phrase: string): boolean {
  const p = phraseForm(phrase);
  if (p.trim() === '') return true;
  return UNSPACED.test(p) ? textForm.includes(p.trim()) : textForm.includes(p);
}
