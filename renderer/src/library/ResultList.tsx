import { useEffect, useRef } from 'react';
import type { SortOrder } from '../../../preload/api.ts';
import { formatAuthors, formatDate } from '../reader/formatDate.ts';
import { Snippet } from '../search/Snippet.tsx';
import type { ResultItem } from './useLibrary.ts';

export const RESULT_LIST_ID = 'result-list';
export const optionId = (id: number): string => `result-${id}`;

interface Props {
  items: ResultItem[];
  activeId: number | null;
  openId: number | null;
  searching: boolean;
  /** The query in the box cannot be read: these are the last good results, shown dimmed. */
  stale: boolean;
  sort: SortOrder;
  onActivate(id: number): void;
  onOpen(id: number): void;
}

function dateLine(item: ResultItem, sort: SortOrder, searching: boolean): string {
  const published = formatDate(item.publishedAt);
  const imported = formatDate(item.importedAt);
  if (!searching && sort === 'imported') return `Imported ${imported ?? ''}`;
  return published ?? `Imported ${imported ?? ''}`;
}

/** The results as a listbox: arrow keys move, Enter or a click opens. */
export function ResultList({ items, activeId, openId, searching, stale, sort, onActivate, onOpen }: Props) {
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (activeId === null) return;
    document.getElementById(optionId(activeId))?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  return (
    <ul
      ref={listRef}
      id={RESULT_LIST_ID}
      className={`result-list${stale ? ' is-stale' : ''}`}
      role="listbox"
      aria-label={searching ? 'Search results' : 'Clippings'}
      aria-activedescendant={activeId !== null ? optionId(activeId) : undefined}
      tabIndex={0}
      data-testid="result-list"
    >
      {items.map((item) => {
        const meta = [item.source, formatAuthors(item.authors)].filter(Boolean).join(' · ');
        return (
          <li
            key={item.id}
            id={optionId(item.id)}
            role="option"
            aria-selected={item.id === activeId}
            className={`result${item.id === openId ? ' is-open' : ''}${item.id === activeId ? ' is-active' : ''}`}
            onMouseDown={() => onActivate(item.id)}
            onClick={() => onOpen(item.id)}
            data-testid="result"
            data-id={item.id}
          >
            <h3 className="result-title" data-testid="result-title">{item.title || 'Untitled clipping'}</h3>
            <p className="result-meta">
              {meta && <span className="result-source">{meta}</span>}
              <span className="result-date">{dateLine(item, sort, searching)}</span>
            </p>
            {'snippet' in item && item.snippet.length > 0 ? (
              <Snippet parts={item.snippet} />
            ) : (
              <p className="result-snippet">{item.lead}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
