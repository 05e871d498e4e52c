/**
 * Deleting from the library: the picked clippings, or else the open (or active) one, go to the
 * Trash after one confirmation; the reader then moves on to the next clipping in the list.
 */
import { useState } from 'react';
import type { ClippingBridge } from '../../../preload/api/index.ts';
import type { Toasts } from '../app/useToasts.ts';

export interface TrashFlow {
  /** What the confirmation names ("“Title”", "3 selected clippings"); null when not asking. */
  pending: { ids: number[]; title: string } | null;
  ask(): void;
  confirm(): Promise<void>;
  cancel(): void;
}

interface Context {
  api: ClippingBridge;
  toasts: Toasts;
  selected: ReadonlySet<number>;
  /** The clipping open or active, and its title when known. */
  current(): { id: number; title: string | undefined } | null;
  trashSelection(): Promise<void>;
  /** After one clipping went: the reader moves on from it. */
  onTrashed(id: number): void;
}

export function useTrashFlow(context: Context): TrashFlow {
  const [pending, setPending] = useState<TrashFlow['pending']>(null);
  const ask = (): void => {
    const n = context.selected.size;
    if (n > 0) {
      setPending({ ids: [...context.selected], title: `${n} selected ${n === 1 ? 'clipping' : 'clippings'}` });
      return;
    }
    const current = context.current();
    if (current) setPending({ ids: [current.id], title: `“${current.title ?? 'this clipping'}”` });
  };
  const confirm = async (): Promise<void> => {
    if (!pending) return;
    setPending(null);
    if (context.selected.size > 0) {
      await context.trashSelection();
      return;
    }
    const id = pending.ids[0]!;
    const result = await context.api.deleteClipping(id);
    if (result.ok) {
      context.onTrashed(id);
      context.toasts.show({ title: 'Moved to the Trash', tone: 'info', lines: [{ text: `${pending.title} · Undo with Ctrl+Z`, tone: 'info' }] });
    } else {
      context.toasts.show({ title: 'Could not delete', tone: 'error', lines: [{ text: result.error.message, tone: 'error' }] });
    }
  };
  return { pending, ask, confirm, cancel: () => setPending(null) };
}
