/**
 * Saved searches in the sidebar: each a name for a view (search text and filters) with how many
 * clippings it finds now. Click to show it; × to forget it; "Save this view" names the current one.
 */
import { useEffect, useState } from 'react';
import type { ClippingBridge, SavedSearch, SavedView } from '../../../preload/api/index.ts';
import type { Toasts } from '../app/useToasts.ts';
import { formatCount } from '../app/formatCount.ts';

interface Props {
  api: ClippingBridge;
  toasts: Toasts;
  revision: number;
  /** The view shown now; null when there is nothing to save (no query, no filter). */
  current: SavedView | null;
  /** Opened by Shift+S: the name box of "Save this view". */
  naming: boolean;
  onNaming(naming: boolean): void;
  onApply(view: SavedView): void;
  /** Opens the Export dialog for what the saved search finds. */
  onExport?(saved: SavedSearch): void;
}

export function SavedSearches({ api, toasts, revision, current, naming, onNaming, onApply, onExport }: Props) {
  const [saved, setSaved] = useState<SavedSearch[]>([]);
  const [name, setName] = useState('');
  const [bump, setBump] = useState(0);

  useEffect(() => {
    let current = true;
    void api.listSavedSearches().then((r) => {
      if (current && r.ok) setSaved(r.value);
    });
    return () => {
      current = false;
    };
  }, [api, revision, bump]);

  const save = async (): Promise<void> => {
    if (!current || !name.trim()) return;
    const r = await api.saveSearch(name.trim(), current);
    if (r.ok) {
      setName('');
      onNaming(false);
      setBump((b) => b + 1);
    } else {
      toasts.show({ title: 'Could not save the search', tone: 'error', lines: [{ text: r.error.message, tone: 'error' }] });
    }
  };
  const forget = async (id: number): Promise<void> => {
    const r = await api.deleteSavedSearch(id);
    if (r.ok) setBump((b) => b + 1);
  };

  return (
    <>
      <h2 className="nav-heading">Saved searches</h2>
      {saved.length > 0 && (
        <ul className="nav-list" data-testid="saved-searches">
          {saved.map((s) => (
            <li key={s.id} className="saved-row">
              <button type="button" className="nav-item" onClick={() => onApply(s.view)} data-testid="saved-search" data-name={s.name}>
                <span className="nav-tag-name">{s.name}</span>
                <span className="count">{formatCount(s.count)}</span>
              </button>
              {onExport && (
                <button type="button" className="tag-menu-button" aria-label={`Export saved search ${s.name}`} title="Export…" onClick={() => onExport(s)} data-testid="saved-search-export">
                  ⤓
                </button>
              )}
              <button type="button" className="tag-menu-button" aria-label={`Forget saved search ${s.name}`} onClick={() => void forget(s.id)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {naming && current ? (
        <form
          className="save-search-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <input
            autoFocus
            className="filter-input"
            aria-label="Name of the saved search"
            placeholder="Name this view"
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                onNaming(false);
              }
            }}
            data-testid="saved-search-name"
          />
        </form>
      ) : (
        <button type="button" className="link-button save-search" disabled={!current} onClick={() => onNaming(true)} data-testid="save-search" title="Save this view (Shift+S)">
          + Save this view
        </button>
      )}
    </>
  );
}
