/**
 * One article, one clipping: a page imported as a saved page, as MHTML and as copied text is the
 * same article when it has the same address, or (where an address is missing) when one body is
 * mostly inside the other. Two outlets running the same wire story are not one article (their
 * addresses or sources differ): those stay near-duplicates, grouped in search as before.
 */
import type { Clipping, ParsedClipping } from '../../../preload/api/index.ts';
import { addressVariants } from '../store/article-candidates.ts';
import type { ArchiveStore } from '../store/store.ts';
import { bodyContainment } from './similarity.ts';

/**
 * Share of the shorter body's four-word shingles found in the other above which two clippings are
 * one article. Measured on the tuning part of both development sets (scripts/eval, 68 news pages,
 * saved page against copied text): the same article scores 0.88 or more wherever the copy's body
 * was found at all; two different articles score at most 0.34 (two posts of one blog sharing its
 * boilerplate). 0.6 sits between them.
 */
export const SAME_ARTICLE_THRESHOLD = 0.6;

function host(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\d*\./, '').toLowerCase();
  } catch {
    return null;
  }
}

function foldSource(source: string): string {
  return source.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Is `existing` the article `parsed` is? */
function isSameArticle(parsed: ParsedClipping, existing: ParsedClipping): boolean {
  if (parsed.url && existing.url) {
    if (addressVariants(parsed.url).includes(existing.url)) return true;
    if (host(parsed.url) !== host(existing.url)) return false;
  }
  if (parsed.source && existing.source && foldSource(parsed.source) !== foldSource(existing.source)) return false;
  // Different headlines need nearly the same text: reports written from one template (the same
  // sentences, other figures) are different articles.
  const threshold = titleOverlap(parsed.title, existing.title) >= 0.5 ? SAME_ARTICLE_THRESHOLD : DIFFERENT_HEADLINE_THRESHOLD;
  return bodyContainment(parsed.body, existing.body) >= threshold;
}

/** Containment needed when the two headlines share less than half their words. */
const DIFFERENT_HEADLINE_THRESHOLD = 0.9;

function titleOverlap(a: string, b: string): number {
  const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const first = words(a);
  const second = words(b);
  if (first.size === 0 || second.size === 0) return 1; // a missing headline says nothing against
  let shared = 0;
  for (const word of first) if (second.has(word)) shared++;
  return shared / (first.size + second.size - shared);
}

/**
 * The stored clipping that is this article, if any. Where several are (a copied text matches the
 * outlet's saved page and a wire copy of the story alike), the one with the same address wins,
 * then the one whose body holds most of this one and whose headline is closest, then the most recent. `before` limits it to
 * clippings stored before that id: a batch import asks after storing, so a page and its copy
 * dropped together find each other, and a clipping never finds itself.
 */
export function findSameArticle(store: ArchiveStore, parsed: ParsedClipping, before = Infinity): Clipping | null {
  let best: { clipping: Clipping; rank: number } | null = null;
  for (const id of store.sameArticleCandidates(parsed)) {
    if (id >= before) continue;
    const existing = store.get(id);
    if (!existing || existing.trashedAt || !isSameArticle(parsed, existing)) continue;
    const sameAddress = parsed.url !== null && existing.url !== null && addressVariants(parsed.url).includes(existing.url);
    const rank = (sameAddress ? 4 : 0) + bodyContainment(parsed.body, existing.body) + titleOverlap(parsed.title, existing.title);
    if (!best || rank > best.rank || (rank === best.rank && existing.id > best.clipping.id)) best = { clipping: existing, rank };
  }
  return best?.clipping ?? null;
}
