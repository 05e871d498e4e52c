import type { ReactNode } from 'react';
import { formatCount } from '../app/formatCount.ts';

interface Props {
  allCount: number | null;
  /** True when the library is unfiltered (All clippings is the current view). */
  showingAll: boolean;
  showingTrash: boolean;
  onShowAll(): void;
  onShowTrash(): void;
  /** Saved searches and the tag tree, placed by the app. */
  saved: ReactNode;
  tags: ReactNode;
  /** Import buttons and the index indicator, placed by the app. */
  top: ReactNode;
  bottom: ReactNode;
}

/** The library's navigation: all clippings, the Trash, saved searches and the tag tree. */
export function Sidebar({ allCount, showingAll, showingTrash, onShowAll, onShowTrash, saved, tags, top, bottom }: Props) {
  return (
    <aside className="sidebar" aria-label="Library" data-testid="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">¶</span> Clipdesk
      </div>
      {top}
      <nav aria-label="Library views">
        <ul className="nav-list">
          <li>
            <button type="button" className="nav-item" aria-current={showingAll ? 'true' : undefined} onClick={onShowAll} data-testid="nav-all">
              <span>All clippings</span>
              <span className="count" data-testid="all-count">{allCount === null ? '' : formatCount(allCount)}</span>
            </button>
          </li>
          <li>
            <button type="button" className="nav-item" aria-current={showingTrash ? 'true' : undefined} onClick={onShowTrash} data-testid="nav-trash" title="Trash (Shift+T)">
              <span>Trash</span>
            </button>
          </li>
        </ul>
        {saved}
        <h2 className="nav-heading">Tags</h2>
        {tags}
      </nav>
      <div className="sidebar-bottom">{bottom}</div>
    </aside>
  );
}
