import type { KeyboardEvent, RefObject } from 'react';
import type { SortOrder } from '../../../preload/api.ts';
import { SearchBox } from '../search/SearchBox.tsx';
import { optionId, RESULT_LIST_ID, ResultList } from './ResultList.tsx';
import { SortSwitch } from './SortSwitch.tsx';
import type { LibraryView } from './useLibrary.ts';

interface Props {
  searchRef: RefObject<HTMLInputElement | null>;
  query: string;
  onQuery(text: string): void;
  tag: string | null;
  onClearTag(): void;
  sort: SortOrder;
  onSort(sort: SortOrder): void;
  library: LibraryView;
  archiveEmpty: boolean;
  activeId: number | null;
  openId: number | null;
  onActivate(id: number): void;
  onOpen(id: number): void;
  onSearchKey(event: KeyboardEvent<HTMLInputElement>): void;
}

function countLine(library: LibraryView, query: string): string {
  if (library.queryError) return 'Finish the query to update the results';
  if (library.searching) {
    const n = library.total;
    return `${n} ${n === 1 ? 'result' : 'results'} for “${query.trim()}”`;
  }
  return `${library.total} ${library.total === 1 ? 'clipping' : 'clippings'}`;
}

/** The middle pane: search box, what is shown (count, tag filter, sort) and the results. */
export function ListPane(props: Props) {
  const { library, query, tag, archiveEmpty } = props;
  return (
    <section className="list-pane" aria-label="Clippings">
      <SearchBox
        inputRef={props.searchRef}
        value={query}
        onChange={props.onQuery}
        error={library.queryError}
        listId={RESULT_LIST_ID}
        activeOptionId={props.activeId !== null ? optionId(props.activeId) : undefined}
        onKeyDown={props.onSearchKey}
      />
      <div className="list-toolbar">
        <span className="list-count" data-testid="list-count" data-query={library.answers} aria-live="polite">
          {library.loaded ? countLine(library, query) : ''}
        </span>
        {tag && (
          <span className="filter-chip" data-testid="tag-filter">
            #{tag}
            <button type="button" className="icon-button" aria-label={`Stop filtering by ${tag}`} onClick={props.onClearTag}>
              ×
            </button>
          </span>
        )}
        {!library.searching && <SortSwitch sort={props.sort} onChange={props.onSort} />}
        {library.searching && <span className="sort-label">By relevance</span>}
      </div>
      {library.loadError && (
        <p className="load-error" role="alert" data-testid="load-error">
          {library.loadError.message}
        </p>
      )}
      {library.loaded && library.items.length === 0 && !library.loadError && (
        <p className="list-empty" data-testid="list-empty">
          {archiveEmpty ? 'No clippings yet.' : library.searching ? 'Nothing matches. Try fewer words, or word* for prefixes.' : 'No clippings with this tag.'}
        </p>
      )}
      <ResultList
        stale={library.queryError !== null}
        items={library.items}
        activeId={props.activeId}
        openId={props.openId}
        searching={library.searching}
        sort={props.sort}
        onActivate={props.onActivate}
        onOpen={props.onOpen}
      />
    </section>
  );
}
