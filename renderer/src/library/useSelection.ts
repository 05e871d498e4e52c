/**
 * Clippings picked in the list for a bulk action. A plain click opens one clipping and clears
 * the pick; Ctrl/Cmd-click adds or removes one; Shift-click picks the range from the last click;
 * select all picks every clipping the view finds (ids from the host, not just the rows loaded).
 */
import { useCallback, useState } from 'react';

export interface Selection {
  selected: ReadonlySet<number>;
  /** Where a Shift-click range starts (a row index). */
  anchor: number | null;
  /** Handles a click on a row; returns true when it should open the clipping (a plain click). */
  click(id: number, index: number, mods: { shift: boolean; toggle: boolean }, idAt: (index: number) => number | undefined, currentId: number | null): boolean;
  toggle(id: number): void;
  /** Extends the pick to a row from the anchor (Shift+arrows). */
  extend(index: number, idAt: (index: number) => number | undefined, fromIndex: number): void;
  setAll(ids: number[]): void;
  clear(): void;
}

export function useSelection(): Selection {
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);

  const range = (from: number, to: number, idAt: (index: number) => number | undefined): number[] => {
    const ids: number[] = [];
    for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
      const id = idAt(i);
      if (id !== undefined) ids.push(id);
    }
    return ids;
  };

  const click: Selection['click'] = (id, index, mods, idAt, currentId) => {
    if (mods.shift) {
      const from = anchor ?? index;
      setSelected(new Set(range(from, index, idAt)));
      if (anchor === null) setAnchor(index);
      return false;
    }
    if (mods.toggle) {
      setSelected((prev) => {
        const next = new Set(prev);
        // The clipping already open joins the pick, as in a file manager.
        if (next.size === 0 && currentId !== null && currentId !== id) next.add(currentId);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      setAnchor(index);
      return false;
    }
    setSelected(new Set());
    setAnchor(index);
    return true;
  };

  const toggle = useCallback((id: number) => {
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const extend: Selection['extend'] = (index, idAt, fromIndex) => {
    const from = anchor ?? fromIndex;
    if (anchor === null) setAnchor(fromIndex);
    setSelected(new Set(range(from, index, idAt)));
  };

  const setAll = useCallback((ids: number[]) => setSelected(new Set(ids)), []);
  const clear = useCallback(() => {
    setSelected(new Set());
    setAnchor(null);
  }, []);

  return { selected, anchor, click, toggle, extend, setAll, clear };
}
