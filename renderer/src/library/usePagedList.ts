/**
 * The result list as pages fetched on demand: the library page (newest first by the chosen
 * sort, narrowed by the filters) or, with a query, the search hits by relevance. Only the pages
 * the virtual list scrolls to are fetched, so 100,000 clippings cost what the screen shows.
 * When the archive changes (`revision`) the pages already held are fetched again in place, so
 * the list does not flash; a new query or filter starts afresh.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError, ClippingBridge, ClippingSummary, ListFilters, SearchFacets, SearchHit, SortOrder } from '../../../preload/api/index.ts';
import { filtersAsQuery } from '../search/queryEdit.ts';
import { filterFields } from './viewState.ts';

export type ResultItem = ClippingSummary | SearchHit;

const PAGE_SIZE = 100;

export interface PagedQuery {
  text: string;
  sort: SortOrder;
  filters: ListFilters;
  revision: number;
}

export interface PagedList {
  total: number;
  /** True when the items are search hits. */
  searching: boolean;
  /** A query the search could not parse; shown under the search box. */
  queryError: ApiError | null;
  loadError: ApiError | null;
  /** The query text these items answer ('' for the library list). */
  answers: string;
  /** False until the first page arrives (so the empty state does not flash). */
  loaded: boolean;
  /** Search: how a query was read when not as typed, what it was read as, and facets of all its results. */
  note: string | null;
  interpretedAs: string | null;
  facets: SearchFacets | null;
  /** Search: clippings matched, when near-duplicates folded them into fewer results (the facets count these). */
  clippings: number | null;
  itemAt(index: number): ResultItem | undefined;
  /** Fetches the pages covering these rows when not held yet. */
  requestRange(start: number, end: number): void;
  /** Changes with the query (not with the archive's revision): the list goes back to its top. */
  queryKey: string;
  /** Position of a clipping among the rows held, or -1. */
  indexOf(id: number): number;
}

interface Meta {
  total: number;
  searching: boolean;
  queryError: ApiError | null;
  loadError: ApiError | null;
  answers: string;
  loaded: boolean;
  note: string | null;
  interpretedAs: string | null;
  facets: SearchFacets | null;
  clippings: number | null;
}

const NO_SEARCH_META = { note: null, interpretedAs: null, facets: null, clippings: null };
const INITIAL: Meta = { total: 0, searching: false, queryError: null, loadError: null, answers: '', loaded: false, ...NO_SEARCH_META };

export function usePagedList(api: ClippingBridge, query: PagedQuery): PagedList {
  const { text, sort, filters, revision } = query;
  const trimmed = text.trim();
  const key = JSON.stringify([trimmed, sort, filterFields(filters)]);
  const [meta, setMeta] = useState<Meta>(INITIAL);
  const [, setVersion] = useState(0);
  const pages = useRef(new Map<number, ResultItem[]>());
  const inFlight = useRef(new Set<number>());
  const generation = useRef(0);
  const keyRef = useRef(key);
  /** The rows last on screen, fetched again for a new query in case the screen does not move. */
  const lastRange = useRef<[number, number]>([0, 0]);

  const fetchPage = useCallback(
    async (page: number, gen: number): Promise<void> => {
      if (inFlight.current.has(page)) return;
      inFlight.current.add(page);
      const [q, s, f] = JSON.parse(keyRef.current) as [string, SortOrder, ListFilters];
      const offset = page * PAGE_SIZE;
      try {
        if (q) {
          // The filters ride along in the query language, so a search keeps every one of them.
          const result = await api.search({ text: [q, filtersAsQuery(f)].filter(Boolean).join(' '), offset, limit: PAGE_SIZE });
          if (gen !== generation.current) return;
          if (result.ok) {
            pages.current.set(page, result.value.hits);
            const { note, interpretedAs, facets, clippings } = result.value;
            setMeta({ total: result.value.total, searching: true, queryError: null, loadError: null, answers: q, loaded: true, note: note ?? null, interpretedAs: interpretedAs ?? null, facets: facets ?? null, clippings: clippings ?? null });
          } else if (result.error.code === 'query-syntax') {
            // Keep the last good results visible while the person finishes typing.
            setMeta((prev) => ({ ...prev, searching: true, queryError: result.error, loadError: null, loaded: true }));
          } else {
            setMeta((prev) => ({ ...prev, queryError: null, loadError: result.error, loaded: true }));
          }
        } else {
          const result = await api.list({ ...f, sort: s, offset, limit: PAGE_SIZE });
          if (gen !== generation.current) return;
          if (result.ok) {
            pages.current.set(page, result.value.items);
            setMeta({ total: result.value.total, searching: false, queryError: null, loadError: null, answers: '', loaded: true, ...NO_SEARCH_META });
          } else {
            setMeta((prev) => ({ ...prev, queryError: null, loadError: result.error, loaded: true }));
          }
        }
        setVersion((v) => v + 1);
      } finally {
        inFlight.current.delete(page);
      }
    },
    [api],
  );

  // A new query: start afresh from the first page.
  useEffect(() => {
    keyRef.current = key;
    generation.current += 1;
    const gen = generation.current;
    inFlight.current.clear();
    const keepShown = JSON.parse(key)[0] !== '';
    // While a search is being typed the last good hits stay until the new ones arrive.
    if (!keepShown) pages.current = new Map();
    void fetchPage(0, gen).then(() => {
      if (gen !== generation.current) return;
      if (keepShown) {
        const first = pages.current.get(0);
        pages.current = new Map(first ? [[0, first]] : []);
        setVersion((v) => v + 1);
      }
      const [start, end] = lastRange.current;
      for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor(end / PAGE_SIZE); page++) {
        if (!pages.current.has(page)) void fetchPage(page, gen);
      }
    });
  }, [key, fetchPage]);

  // The archive changed: fetch again the pages held, in place.
  const firstRevision = useRef(revision);
  useEffect(() => {
    if (revision === firstRevision.current) return;
    firstRevision.current = revision;
    generation.current += 1;
    const gen = generation.current;
    inFlight.current.clear();
    const held = [...pages.current.keys()];
    for (const page of held.length ? held : [0]) void fetchPage(page, gen);
  }, [revision, fetchPage]);

  const requestRange = useCallback(
    (start: number, end: number) => {
      lastRange.current = [start, end];
      const first = Math.floor(Math.max(0, start) / PAGE_SIZE);
      const last = Math.floor(Math.max(0, end) / PAGE_SIZE);
      for (let page = first; page <= last; page++) {
        if (!pages.current.has(page)) void fetchPage(page, generation.current);
      }
    },
    [fetchPage],
  );

  const itemAt = (index: number): ResultItem | undefined => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  const indexOf = (id: number): number => {
    for (const [page, items] of pages.current) {
      const i = items.findIndex((item) => item.id === id);
      if (i !== -1) return page * PAGE_SIZE + i;
    }
    return -1;
  };
  return { ...meta, itemAt, requestRange, indexOf, queryKey: key };
}
