/**
 * What the result list shows: the search hits when there is a query (by relevance), else the
 * library page (newest first by the chosen date), both narrowed by the sidebar's tag.
 * Reloads when `revision` moves (an import, an edit, a delete, or an index update).
 */
import { useEffect, useState } from 'react';
import type { ApiError, ClippingBridge, ClippingSummary, SearchHit, SortOrder } from '../../../preload/api.ts';

export type ResultItem = ClippingSummary | SearchHit;

export interface LibraryQuery {
  text: string;
  tag: string | null;
  sort: SortOrder;
  revision: number;
}

export interface LibraryView {
  items: ResultItem[];
  total: number;
  /** True when the items are search hits. */
  searching: boolean;
  /** A query Lunr could not parse; shown under the search box. */
  queryError: ApiError | null;
  /** Any other failure to load. */
  loadError: ApiError | null;
  /** The query text these items answer ('' for the library list): lets tests and the count line know what is shown. */
  answers: string;
  /** False until the first answer arrives (so the empty state does not flash). */
  loaded: boolean;
}

const PAGE_SIZE = 200;

const INITIAL: LibraryView = { items: [], total: 0, answers: '', searching: false, queryError: null, loadError: null, loaded: false };

export function useLibrary(api: ClippingBridge, query: LibraryQuery): LibraryView {
  const [view, setView] = useState<LibraryView>(INITIAL);
  const { text, tag, sort, revision } = query;

  useEffect(() => {
    let current = true;
    const trimmed = text.trim();
    const load = async (): Promise<void> => {
      if (trimmed) {
        const result = await api.search({ text: trimmed, ...(tag ? { tag } : {}), limit: PAGE_SIZE });
        if (!current) return;
        if (result.ok) {
          setView({ items: result.value.hits, total: result.value.total, answers: trimmed, searching: true, queryError: null, loadError: null, loaded: true });
        } else if (result.error.code === 'query-syntax') {
          // Keep the last good results visible while the person finishes typing.
          setView((prev) => ({ ...prev, searching: true, queryError: result.error, loadError: null, loaded: true }));
        } else {
          setView((prev) => ({ ...prev, queryError: null, loadError: result.error, loaded: true }));
        }
        return;
      }
      const result = await api.list({ ...(tag ? { tag } : {}), sort, limit: PAGE_SIZE });
      if (!current) return;
      if (result.ok) {
        setView({ items: result.value.items, total: result.value.total, answers: '', searching: false, queryError: null, loadError: null, loaded: true });
      } else {
        setView((prev) => ({ ...prev, queryError: null, loadError: result.error, loaded: true }));
      }
    };
    void load();
    return () => {
      current = false;
    };
  }, [api, text, tag, sort, revision]);

  return view;
}
