/**
 * The organising keys (listed in shortcuts.ts): "?" for the sheet, Ctrl/Cmd+Z to undo, selection
 * keys in the list (Space, Shift+arrows, Ctrl/Cmd+A, Esc), T to tag, N for the note, S to sort,
 * F to filter, Shift+S to save the view, Shift+T for the Trash. Registered before the app's own
 * keys (useAppKeyboard), so a key handled here (default prevented) is not handled twice. Keys
 * typed into a field stay there.
 */
import { useEffect, useRef } from 'react';
import { isEditable } from '../app/isEditable.ts';

export interface OrganizeActions {
  showShortcuts(): void;
  undo(): void;
  toggleActive(): void;
  extendSelection(delta: 1 | -1): void;
  selectAll(): void;
  /** Returns false when there was no selection to clear (Esc then does what it did before). */
  clearSelection(): boolean;
  tag(): void;
  note(): void;
  nextSort(): void;
  filter(): void;
  saveView(): void;
  toggleTrash(): void;
}

export function useOrganizeKeys(actions: OrganizeActions): void {
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
      const editable = isEditable(e.target);
      const inTree = e.target instanceof Element && e.target.closest('[role="tree"]') !== null;
      const handled = (): void => e.preventDefault();
      if (mod && !e.altKey && !e.shiftKey && key === 'z') {
        if (editable) return; // the field's own undo
        handled();
        a.undo();
        return;
      }
      if (mod && !e.altKey && key === 'a' && !editable) {
        handled();
        a.selectAll();
        return;
      }
      if (mod || e.altKey || editable) return;
      if (e.shiftKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp') && !inTree) {
        if (e.target instanceof Element && e.target.closest('[data-pane="reader"]')) return;
        handled();
        a.extendSelection(e.key === 'ArrowDown' ? 1 : -1);
        return;
      }
      const onButton = e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement;
      switch (e.key) {
        case '?':
          handled();
          a.showShortcuts();
          break;
        case ' ':
          if (onButton || inTree) return;
          handled();
          a.toggleActive();
          break;
        case 'Escape':
          if (a.clearSelection()) handled();
          break;
        case 't':
          handled();
          a.tag();
          break;
        case 'n':
          handled();
          a.note();
          break;
        case 's':
          handled();
          a.nextSort();
          break;
        case 'f':
          handled();
          a.filter();
          break;
        case 'S':
          handled();
          a.saveView();
          break;
        case 'T':
          handled();
          a.toggleTrash();
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
