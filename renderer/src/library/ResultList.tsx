import type { MouseEvent } from 'react';
import type { SortOrder } from '../../../preload/api/index.ts';
import { formatAuthors, formatDate } from '../reader/formatDate.ts';
import { AlsoIn } from '../search/AlsoIn.tsx';
import { Snippet } from '../search/Snippet.tsx';
import type { PagedList, ResultItem } from './usePagedList.ts';
import { VirtualList } from './VirtualList.tsx';
import { LeadThumbnail } from '../photos/LeadThumbnail.tsx';

export const RESULT_LIST_ID = 'result-list';
export const optionId = (id: number): string => `result-${id}`;
/** Every row is this tall (title, meta, two lines of lead), so the list can be windowed. */
const ROW_HEIGHT = 104;

interface Props {
  list: PagedList;
  activeId: number | null;
  openId: number | null;
  /** Clippings picked for a bulk action (shift/ctrl-click, Space, select all). */
  selected: ReadonlySet<number>;
  /** The query in the box cannot be read: these are the last good results, shown dimmed. */
  stale: boolean;
  sort: SortOrder;
  /** Position of the active row, to keep it in view. */
  activeIndex: number;
  onRowClick(id: number, index: number, event: MouseEvent): void;
  onActivate(id: number): void;
  /** Opens a clipping by id (a near-duplicate listed under a result). */
  onOpen?(id: number): void;
}

function dateLine(item: ResultItem, sort: SortOrder, searching: boolean): string {
  const published = formatDate(item.publishedAt);
  const imported = formatDate(item.importedAt);
  if (!searching && sort === 'imported') return `Imported ${imported ?? ''}`;
  return published ?? `Imported ${imported ?? ''}`;
}

/** The results as a windowed listbox: arrow keys move, Enter or a click opens, shift/ctrl-click select. */
export function ResultList({ list, activeId, openId, selected, stale, sort, activeIndex, onRowClick, onActivate, onOpen }: Props) {
  const renderRow = (index: number) => {
    const item = list.itemAt(index);
    if (!item) {
      return <div key={`loading-${index}`} className="result is-loading" style={{ height: ROW_HEIGHT }} aria-hidden="true" />;
    }
    const meta = [item.source, formatAuthors(item.authors)].filter(Boolean).join(' · ');
    const isSelected = selected.has(item.id);
    return (
      <div
        key={item.id}
        id={optionId(item.id)}
        role="option"
        aria-selected={item.id === activeId || isSelected}
        aria-posinset={index + 1}
        aria-setsize={list.total}
        className={`result${item.id === openId ? ' is-open' : ''}${item.id === activeId ? ' is-active' : ''}${isSelected ? ' is-selected' : ''}`}
        style={{ height: ROW_HEIGHT }}
        onMouseDown={(e) => {
          if (e.shiftKey) e.preventDefault(); // no text selection on shift-click
          onActivate(item.id);
        }}
        onClick={(e) => onRowClick(item.id, index, e)}
        data-testid="result"
        data-id={item.id}
        data-selected={isSelected ? 'true' : undefined}
      >
        {item.leadImage && <LeadThumbnail image={item.leadImage} />}
        <h3 className="result-title" data-testid="result-title">
          {item.title || 'Untitled clipping'}
        </h3>
        <p className="result-meta">
          {meta && <span className="result-source">{meta}</span>}
          {'duplicates' in item && item.duplicates && item.duplicates.length > 0 && (
            <AlsoIn source={item.source} duplicates={item.duplicates} onOpen={(id) => (onOpen ?? onActivate)(id)} />
          )}
          <span className="result-date">{dateLine(item, sort, list.searching)}</span>
          {item.tags.length > 0 && <span className="result-tags">{item.tags.map((t) => `#${t}`).join(' ')}</span>}
        </p>
        {'snippet' in item && item.snippet.length > 0 ? <Snippet parts={item.snippet} /> : <p className="result-snippet">{item.lead}</p>}
      </div>
    );
  };

  return (
    <VirtualList
      count={list.total}
      rowHeight={ROW_HEIGHT}
      renderRow={renderRow}
      onRangeChange={list.requestRange}
      resetKey={list.queryKey}
      scrollToIndex={activeIndex}
      className={`result-list${stale ? ' is-stale' : ''}`}
      listProps={{
        id: RESULT_LIST_ID,
        role: 'listbox',
        'aria-multiselectable': true,
        'aria-label': list.searching ? 'Search results' : 'Clippings',
        'aria-activedescendant': activeId !== null ? optionId(activeId) : undefined,
        tabIndex: 0,
        'data-testid': 'result-list',
      }}
    />
  );
}
