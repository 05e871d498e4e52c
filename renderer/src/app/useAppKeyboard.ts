/**
 * The app's keys: "/" or Ctrl/Cmd+F to search, arrows to move in the list, Enter to open,
 * Ctrl/Cmd+E to export the open clipping, Delete to delete it. Keys typed into a field stay
 * there (the search box handles its own arrows and Enter and marks them handled).
 */
import { useEffect, useRef } from 'react';
import { isEditable } from './isEditable.ts';

export interface KeyActions {
  focusSearch(): void;
  move(delta: 1 | -1): void;
  openActive(): void;
  exportOpen(): void;
  deleteOpen(): void;
}

export function useAppKeyboard(actions: KeyActions): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      const a = latest.current;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && !e.altKey && key === 'f') {
        e.preventDefault();
        a.focusSearch();
        return;
      }
      if (mod && !e.altKey && key === 'e') {
        e.preventDefault();
        a.exportOpen();
        return;
      }
      if (mod || e.altKey || isEditable(e.target)) return;
      const onButton = e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement;
      switch (e.key) {
        case '/':
          e.preventDefault();
          a.focusSearch();
          break;
        case 'ArrowDown':
        case 'ArrowUp':
          // Inside the reader the arrows scroll the article, as a reader expects.
          if (e.target instanceof Element && e.target.closest('[data-pane="reader"]')) return;
          e.preventDefault();
          a.move(e.key === 'ArrowDown' ? 1 : -1);
          break;
        case 'Enter':
          if (onButton) return; // Enter on a button presses it
          e.preventDefault();
          a.openActive();
          break;
        case 'Delete':
          e.preventDefault();
          a.deleteOpen();
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
