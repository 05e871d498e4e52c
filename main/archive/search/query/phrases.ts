/**
 * Exact phrases, checked in the stored text of Lunr's candidates: the text and the phrase are
 * compared as words (case, compatibility forms, punctuation and line breaks aside), so
 * "North Korea's" matches "north korea’s" and "North\nKorea's", but "north koreans" does not
 * match "north korea". Only windows around the phrase's first word are normalised: candidates
 * run to thousands of 600-word clippings.
 */

/** Lower-case words separated by single spaces, between a space at each end. */
function phraseForm(text: string): string {
  return ` ${text.normalize('NFKC').toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/** Scripts written without spaces: a phrase there is matched as a run of characters, not of words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The phrase's first word as compared (lower case, letters and digits), for finding candidate texts; null when it has none. */
export function firstPhraseWord(phrase: string): string | null {
  const form = phraseForm(phrase).trim();
  if (form === '' || UNSPACED.test(form)) return null;
  return form.split(' ')[0]!;
}

export function textHasPhrase(text: string, phrase: string): boolean {
  const wanted = phraseForm(phrase);
  if (wanted.trim() === '') return true;
  if (UNSPACED.test(wanted)) return phraseForm(text).replaceAll(' ', '').includes(wanted.replaceAll(' ', ''));
  const lower = text.normalize('NFKC').toLocaleLowerCase();
  const first = wanted.trim().split(' ')[0]!;
  const reach = wanted.length * 3 + 32;
  for (let at = lower.indexOf(first); at !== -1; at = lower.indexOf(first, at + 1)) {
    // One character before, so a word that merely ends with the first word does not count.
    if (phraseForm(lower.slice(Math.max(0, at - 1), at + reach)).startsWith(wanted) || phraseForm(lower.slice(at, at + reach)).startsWith(wanted)) {
      if (at === 0 || /[^\p{L}\p{N}]/u.test(lower[at - 1]!)) return true;
    }
  }
  return false;
}
