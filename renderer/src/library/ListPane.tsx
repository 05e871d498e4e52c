import type { KeyboardEvent, MouseEvent, ReactNode, RefObject } from 'react';
import type { ClippingBridge, ListFilters, SortOrder } from '../../../preload/api/index.ts';
import { FacetPanel } from '../search/FacetPanel.tsx';
import { SearchBox } from '../search/SearchBox.tsx';
import { DateHistogram } from './DateHistogram.tsx';
import { FilterBar } from './FilterBar.tsx';
import { optionId, RESULT_LIST_ID, ResultList } from './ResultList.tsx';
import { SortSwitch } from './SortSwitch.tsx';
import type { PagedList } from './usePagedList.ts';
import { formatCount } from '../app/formatCount.ts';

interface Props {
  api: ClippingBridge;
  revision: number;
  searchRef: RefObject<HTMLInputElement | null>;
  filterRef: RefObject<HTMLInputElement | null>;
  query: string;
  onQuery(text: string): void;
  filters: ListFilters;
  onFilters(filters: ListFilters): void;
  knownTags: string[];
  sort: SortOrder;
  onSort(sort: SortOrder): void;
  list: PagedList;
  archiveEmpty: boolean;
  activeId: number | null;
  activeIndex: number;
  openId: number | null;
  selected: ReadonlySet<number>;
  /** The bulk actions bar, shown while clippings are selected. */
  selectionBar: ReactNode;
  onRowClick(id: number, index: number, event: MouseEvent): void;
  onActivate(id: number): void;
  /** Opens a clipping by id (a near-duplicate listed under a result). */
  onOpen(id: number): void;
  /** Keys in the search box: arrows move in the list, Enter opens, Escape clears the box. */
  onMove(delta: 1 | -1): void;
  onOpenActive(): void;
  /** Opens the Export dialog for the search results shown. */
  onExportResults?(): void;
}

function countLine(list: PagedList, query: string): string {
  if (list.queryError) return 'Finish the query to update the results';
  if (list.searching) {
    const n = list.total;
    // Near-duplicates fold into one result; the facets below count every clipping, so say both.
    const folded = list.clippings !== null && list.clippings !== n ? ` (${formatCount(list.clippings)} clippings)` : '';
    return `${formatCount(n)} ${n === 1 ? 'result' : 'results'}${folded} for “${query.trim()}”`;
  }
  return `${formatCount(list.total)} ${list.total === 1 ? 'clipping' : 'clippings'}`;
}

/** The middle pane: search box, filters and date histogram, what is shown (count, sort) and the results. */
export function ListPane(props: Props) {
  const { list, query, archiveEmpty } = props;
  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      props.onMove(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      props.onOpenActive();
    } else if (e.key === 'Escape' && query) {
      e.preventDefault();
      props.onQuery('');
    }
  };
  return (
    <section className="list-pane" aria-label="Clippings">
      <SearchBox
        inputRef={props.searchRef}
        value={query}
        onChange={props.onQuery}
        error={list.queryError}
        note={list.note}
        interpretedAs={list.interpretedAs}
        listId={RESULT_LIST_ID}
        activeOptionId={props.activeId !== null ? optionId(props.activeId) : undefined}
        onKeyDown={onSearchKey}
      />
      <FilterBar filters={props.filters} knownTags={props.knownTags} onChange={props.onFilters} inputRef={props.filterRef} />
      {!archiveEmpty && (
        <DateHistogram api={props.api} filters={props.filters} revision={props.revision} onRange={(from, to) => props.onFilters({ ...props.filters, from, to })} />
      )}
      <div className="list-toolbar">
        <span className="list-count" data-testid="list-count" data-query={list.answers} aria-live="polite">
          {list.loaded ? countLine(list, query) : ''}
        </span>
        {!list.searching && <SortSwitch sort={props.sort} onChange={props.onSort} />}
        {list.searching && <span className="sort-label">By relevance</span>}
        {list.searching && list.total > 0 && props.onExportResults && (
          <button type="button" className="link-button export-results" onClick={props.onExportResults} data-testid="export-results">
            {list.total === 1 ? 'Export this result…' : `Export these ${formatCount(list.total)} results…`}
          </button>
        )}
      </div>
      {list.searching && list.facets && list.total > 0 && <FacetPanel facets={list.facets} query={query} onQuery={props.onQuery} />}
      {props.selected.size > 0 && props.selectionBar}
      {list.loadError && (
        <p className="load-error" role="alert" data-testid="load-error">
          {list.loadError.message}
        </p>
      )}
      {list.loaded && list.total === 0 && !list.loadError && (
        <p className="list-empty" data-testid="list-empty">
          {archiveEmpty ? 'No clippings yet.' : list.searching ? 'Nothing matches. Try fewer words, or word* for prefixes.' : 'No clippings match these filters.'}
        </p>
      )}
      <ResultList
        list={list}
        stale={list.queryError !== null}
        activeId={props.activeId}
        activeIndex={props.activeIndex}
        openId={props.openId}
        selected={props.selected}
        sort={props.sort}
        onRowClick={props.onRowClick}
        onActivate={props.onActivate}
        onOpen={props.onOpen}
      />
    </section>
  );
}
