/** The contract. Search and the library list: queries, filters, facets, the date histogram, saved searches, index status. */
import type { ClippingSummary } from './clipping.ts';
import type { Result } from './result.ts';

/** A piece of a snippet: `mark` is true for words the query matched. Rendered as text, never as HTML. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

/** Another outlet's copy of the same story (a near-duplicate), folded under the hit shown. */
export interface DuplicateRef {
  id: number;
  title: string;
  source: string | null;
  publishedAt: string | null;
}

export interface SearchHit extends ClippingSummary {
  score: number;
  snippet: SnippetPart[];
  /** Near-duplicates of this hit that also matched: "also in N outlets". Absent when none. */
  duplicates?: DuplicateRef[];
}

/** Newest first for the dates; A to Z for title and source. */
export type SortOrder = 'imported' | 'published' | 'title' | 'source';

/** 'all': a clipping must carry every tag; 'any': one of them is enough. */
export type TagMatch = 'all' | 'any';

/** What the library is narrowed to. A tag includes its children ("korea" includes "korea/north"). */
export interface ListFilters {
  /** Only clippings carrying this tag (or one of its children). */
  tag?: string;
  /** Tags combined by `tagMatch` (default 'all'). */
  tags?: string[];
  tagMatch?: TagMatch;
  /** Exact source, author or language (ISO 639-1), case-insensitive. */
  source?: string;
  author?: string;
  language?: string;
  /** Published date range, inclusive, as a prefix of ISO 8601: "2014", "2014-11" or "2014-11-20". */
  from?: string;
  to?: string;
}

export interface ListQuery extends ListFilters {
  sort?: SortOrder;
  offset?: number;
  limit?: number;
}

export interface ListPage {
  total: number;
  items: ClippingSummary[];
}

export interface SearchQuery {
  /**
   * Lunr query syntax (`+must -not title:word word* word~1`) plus "exact phrases" and filters:
   * tag:, source:, author:, lang:, before:, after:, date: (each negated by a leading -).
   */
  text: string;
  tag?: string;
  offset?: number;
  limit?: number;
  /** Fold near-duplicates (the same story under several outlets) into one hit; default true. */
  group?: boolean;
}

export interface FacetCount {
  value: string;
  count: number;
}

/** How the whole result set (not only the page) spreads over tags, outlets, authors, years and languages. */
export interface SearchFacets {
  tags: FacetCount[];
  sources: FacetCount[];
  authors: FacetCount[];
  /** Newest year first. */
  years: FacetCount[];
  languages: FacetCount[];
}

export interface SearchResults {
  /** Results (a near-duplicate group counts once). */
  total: number;
  hits: SearchHit[];
  /** Clippings matched, duplicates included; absent when it equals total. */
  clippings?: number;
  facets?: SearchFacets;
  /** Said to the person when the query was read other than as typed (a slip, an unknown filter). */
  note?: string;
  /** The query as it was understood, in the query language. */
  interpretedAs?: string;
}

export interface MoreLikeThisQuery {
  offset?: number;
  limit?: number;
}

/** Clippings published in one month ("2014-11"), for the date histogram. */
export interface DateBucket {
  month: string;
  count: number;
}

/** A named view of the library: its search text and filters. */
export interface SavedView extends ListFilters {
  text?: string;
  sort?: SortOrder;
}

export interface SavedSearch {
  id: number;
  name: string;
  view: SavedView;
  /** How many clippings it finds now. */
  count: number;
}

export type IndexState = 'ready' | 'building' | 'updating';

export interface IndexProgress {
  state: IndexState;
  /** Documents processed in the current build, and how many it covers. */
  done: number;
  total: number;
  /** Store revision the searchable index covers. */
  revision: number;
}

export interface SearchApi {
  list(query: ListQuery): Promise<Result<ListPage>>;
  search(query: SearchQuery): Promise<Result<SearchResults>>;
  /** Clippings like this one (its title and most distinctive words), itself left out. */
  moreLikeThis(id: number, query?: MoreLikeThisQuery): Promise<Result<SearchResults>>;
  indexStatus(): Promise<Result<IndexProgress>>;
  /** The ids of every clipping a list query finds, in its order (select all): no page, so no offset or limit. */
  listIds(query: Omit<ListQuery, 'offset' | 'limit'>): Promise<Result<number[]>>;
  /** Clippings per month published, for the filters given (without their date range). */
  dateHistogram(query: ListFilters): Promise<Result<DateBucket[]>>;
  listSavedSearches(): Promise<Result<SavedSearch[]>>;
  saveSearch(name: string, view: SavedView): Promise<Result<SavedSearch>>;
  deleteSavedSearch(id: number): Promise<Result<{ id: number }>>;
}

/** The transports are generated from these lists (joined in index.ts): a new method is added here too. */
export const SEARCH_METHODS = [
  'list',
  'search',
  'moreLikeThis',
  'indexStatus',
  'listIds',
  'dateHistogram',
  'listSavedSearches',
  'saveSearch',
  'deleteSavedSearch',
] as const satisfies readonly (keyof SearchApi)[];

/** Fails to compile when a method of SearchApi is missing from SEARCH_METHODS. */
type Missing = Exclude<keyof SearchApi, (typeof SEARCH_METHODS)[number]>;
const _complete: [Missing] extends [never] ? true : Missing = true;
