/**
 * The keyboard's place in the list (the active row, which is not necessarily the open one):
 * arrows move it, fetching the page it lands on when not held yet; Shift+arrows extend the pick
 * from it.
 */
import { useState } from 'react';
import type { PagedList } from './usePagedList.ts';
import type { Selection } from './useSelection.ts';

export interface ListCursor {
  activeId: number | null;
  activeIndex: number;
  setActiveId(id: number | null): void;
  idAt(index: number): number | undefined;
  move(delta: 1 | -1): void;
  /** The active clipping, or the first one. */
  current(): number | undefined;
  extend(delta: 1 | -1, selection: Selection): void;
}

export function useListCursor(list: PagedList, initial: number | null): ListCursor {
  const [activeId, setActiveId] = useState<number | null>(initial);
  const idAt = (index: number): number | undefined => list.itemAt(index)?.id;
  const activeIndex = activeId === null ? -1 : list.indexOf(activeId);
  return {
    activeId,
    activeIndex,
    setActiveId,
    idAt,
    move: (delta) => {
      if (list.total === 0) return;
      const next = activeIndex === -1 ? (delta === 1 ? 0 : list.total - 1) : Math.min(list.total - 1, Math.max(0, activeIndex + delta));
      const id = idAt(next);
      if (id !== undefined) setActiveId(id);
      else list.requestRange(next, next);
    },
    current: () => activeId ?? idAt(0),
    extend: (delta, selection) => {
      const from = Math.max(0, activeIndex);
      const to = Math.min(list.total - 1, Math.max(0, from + delta));
      selection.extend(to, idAt, from);
      const id = idAt(to);
      if (id !== undefined) setActiveId(id);
    },
  };
}
