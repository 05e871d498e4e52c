import type { ReactNode } from 'react';
import type { TagCount } from '../../../preload/api.ts';

interface Props {
  allCount: number | null;
  tags: TagCount[];
  selectedTag: string | null;
  onSelectTag(tag: string | null): void;
  /** Import buttons and the index indicator, placed by the app. */
  top: ReactNode;
  bottom: ReactNode;
}

/** The library's navigation: all clippings and every tag, each with its count. */
export function Sidebar({ allCount, tags, selectedTag, onSelectTag, top, bottom }: Props) {
  return (
    <aside className="sidebar" aria-label="Library" data-testid="sidebar">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">¶</span> Clipdesk
      </div>
      {top}
      <nav aria-label="Library views">
        <ul className="nav-list">
          <li>
            <button
              type="button"
              className="nav-item"
              aria-current={selectedTag === null ? 'true' : undefined}
              onClick={() => onSelectTag(null)}
              data-testid="nav-all"
            >
              <span>All clippings</span>
              <span className="count" data-testid="all-count">{allCount ?? ''}</span>
            </button>
          </li>
        </ul>
        <h2 className="nav-heading">Tags</h2>
        {tags.length === 0 ? (
          <p className="nav-empty">No tags yet. Add one in the reader.</p>
        ) : (
          <ul className="nav-list" data-testid="tag-list">
            {tags.map(({ tag, count }) => (
              <li key={tag}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={selectedTag === tag ? 'true' : undefined}
                  onClick={() => onSelectTag(selectedTag === tag ? null : tag)}
                  data-testid="nav-tag"
                  data-tag={tag}
                >
                  <span className="nav-tag-name">
                    <span aria-hidden="true" className="hash">#</span>
                    {tag}
                  </span>
                  <span className="count">{count}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </nav>
      <div className="sidebar-bottom">{bottom}</div>
    </aside>
  );
}
