import type { Result, SearchHit, SearchQuery, SearchResults } from '../../preload/api.ts';
import type { ArchiveStore } from './store/store.ts';
import { makeSnippet, type SearchIndex } from './search/index.ts';
import { fail, ok } from './result.ts';

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 500;

/**
 * Free text answered by Lunr, structured filters by SQLite, intersected; snippets only for the
 * page of results shown.
 */
export function searchArchive(store: ArchiveStore, index: SearchIndex, query: SearchQuery): Result<SearchResults> {
  const text = query.text.trim();
  if (!text) return ok({ total: 0, hits: [] });
  const outcome = index.search(text);
  if (!outcome.ok) return fail('query-syntax', outcome.message);
  const allowed = query.tag ? store.idsWithTag(query.tag) : null;
  const matches = allowed ? outcome.hits.filter((h) => allowed.has(h.id)) : outcome.hits;
  const offset = Math.max(0, query.offset ?? 0);
  const limit = Math.min(MAX_PAGE, Math.max(1, query.limit ?? DEFAULT_PAGE));
  const page = matches.slice(offset, offset + limit);
  const ids = page.map((h) => h.id);
  const summaries = store.summaries(ids);
  const texts = new Map(store.texts(ids).map((t) => [t.id, t]));
  const hits: SearchHit[] = [];
  for (const ref of page) {
    const summary = summaries.get(ref.id);
    const fields = texts.get(ref.id);
    if (!summary || !fields) continue; // removed since the index was read
    const source = [fields.body, fields.captions, fields.bio, fields.title].find((t) => makeSnippet(t, ref.terms).some((p) => p.mark)) ?? fields.body;
    hits.push({ ...summary, score: ref.score, snippet: makeSnippet(source, ref.terms) });
  }
  return ok({ total: matches.length, hits });
}
