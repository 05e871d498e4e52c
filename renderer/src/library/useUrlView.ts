/**
 * The library view, read from and written to the URL hash. A change of what is shown (filters,
 * sort, search, the open clipping) pushes a history entry so Back returns to the view before;
 * typing in the search box replaces the entry instead, so Back does not replay every keystroke.
 */
import { useCallback, useEffect, useState } from 'react';
import { formatView, parseView, type LibraryViewState } from './viewState.ts';

export interface UrlView {
  view: LibraryViewState;
  /** Changes the view; `replace` keeps the current history entry. */
  update(patch: Partial<LibraryViewState>, options?: { replace?: boolean }): void;
  /** Counts Back/Forward moves, so fields that mirror the URL (the search box) can follow them. */
  navigations: number;
}

export function useUrlView(): UrlView {
  const [view, setView] = useState<LibraryViewState>(() => parseView(window.location.hash));
  const [navigations, setNavigations] = useState(0);

  useEffect(() => {
    const onPop = (): void => {
      setView(parseView(window.location.hash));
      setNavigations((n) => n + 1);
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('hashchange', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('hashchange', onPop);
    };
  }, []);

  const update = useCallback((patch: Partial<LibraryViewState>, options: { replace?: boolean } = {}) => {
    setView((prev) => {
      const next = { ...prev, ...patch };
      const hash = formatView(next);
      if (hash !== window.location.hash && !(hash === '#/' && window.location.hash === '')) {
        const url = `${window.location.pathname}${window.location.search}${hash}`;
        if (options.replace) window.history.replaceState(null, '', url);
        else window.history.pushState(null, '', url);
      }
      return next;
    });
  }, []);

  return { view, update, navigations };
}
