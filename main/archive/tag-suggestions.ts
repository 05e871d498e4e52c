/**
 * Tag suggestions for one clipping: its nearest neighbours by Lunr similarity over its title and
 * lead (the words of both, as one OR query), and the tags those neighbours carry, each weighed
 * by how close the neighbour is. Tags it already has are not suggested.
 */
import type { ArchiveStore } from './store/store.ts';
import type { SearchIndex } from './search/index.ts';

const MAX_SUGGESTIONS = 5;
const NEIGHBOURS = 25;
const MAX_TERMS = 40;
const LEAD_WORDS = 80;

/** The words of a text that can stand as plain Lunr terms (no operators, no field names). */
function queryTerms(text: string, max = MAX_TERMS): string[] {
  const seen = new Set<string>();
  for (const word of text.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (word.length < 3 || /^\d+$/.test(word)) continue;
    seen.add(word);
    if (seen.size === max) break;
  }
  return [...seen];
}

export function suggestTags(store: ArchiveStore, index: SearchIndex, id: number): string[] | null {
  const clipping = store.get(id);
  if (!clipping) return null;
  const lead = clipping.body.join(' ').split(/\s+/).slice(0, LEAD_WORDS).join(' ');
  const terms = queryTerms(`${clipping.title} ${clipping.subtitle ?? ''} ${lead}`);
  if (terms.length === 0) return [];
  const outcome = index.search(terms.join(' '));
  if (!outcome.ok) return [];
  const neighbours = outcome.hits.filter((h) => h.id !== id).slice(0, NEIGHBOURS);
  const best = neighbours[0]?.score ?? 0;
  if (best <= 0) return [];
  const summaries = store.summaries(neighbours.map((h) => h.id));
  const own = new Set(clipping.tags.map((t) => t.toLocaleLowerCase()));
  const weights = new Map<string, { tag: string; weight: number }>();
  for (const hit of neighbours) {
    for (const tag of summaries.get(hit.id)?.tags ?? []) {
      const key = tag.toLocaleLowerCase();
      if (own.has(key)) continue;
      const entry = weights.get(key) ?? { tag, weight: 0 };
      entry.weight += hit.score / best;
      weights.set(key, entry);
    }
  }
  return [...weights.values()]
    .sort((a, b) => b.weight - a.weight || a.tag.localeCompare(b.tag))
    .slice(0, MAX_SUGGESTIONS)
    .map((e) => e.tag);
}
