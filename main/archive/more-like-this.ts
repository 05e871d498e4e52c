/**
 * "More like this": a Lunr query made of a clipping's title words and its most distinctive body
 * words (frequent in it, rare in the archive: tf·idf), so the search that follows is ordinary
 * Lunr and ranks as every other search does.
 */
import type { ClippingText } from './store/store.ts';
import { isStopWord, lunrSyntaxError, plainWords } from './search/query/lunr-syntax.ts';

/** Body words weighed by how rare they are; each costs one look-up in the index. */
const CANDIDATES = 16;
const BODY_TERMS = 8;
const TITLE_TERMS = 8;

function usable(word: string): boolean {
  return word.length >= 3 && !/^\d+$/.test(word) && !isStopWord(word) && lunrSyntaxError(word) === null;
}

/**
 * The query text, or '' when the clipping has no usable words. `documentFrequency(term)` says in
 * how many clippings the index finds the term; `total` is the archive's size.
 */
export function moreLikeThisText(text: ClippingText, documentFrequency: (term: string) => number, total: number): string {
  const titleWords = [...new Set(plainWords(text.title.toLocaleLowerCase()).filter(usable))].slice(0, TITLE_TERMS);
  const counts = new Map<string, number>();
  for (const word of plainWords(`${text.body}\n${text.captions}`.toLocaleLowerCase())) {
    if (word.length >= 4 && usable(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const frequent = [...counts.entries()]
    .filter(([word]) => !titleWords.includes(word))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, CANDIDATES);
  const n = Math.max(1, total);
  const weighed = frequent
    .map(([word, tf]) => {
      const df = documentFrequency(word);
      return { word, weight: df > 0 ? tf * Math.log(1 + n / df) : 0, common: df > n / 2 };
    })
    .filter((w) => w.weight > 0 && !w.common)
    .sort((a, b) => b.weight - a.weight || a.word.localeCompare(b.word))
    .slice(0, BODY_TERMS);
  const clauses = [...titleWords.map((w) => `${w}^2`), ...weighed.map((w) => w.word)];
  return clauses.join(' ');
}
