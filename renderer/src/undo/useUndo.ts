/**
 * Undo of organising changes (tag renames, merges, deletes, colours, bulk tags, moves to the
 * Trash, one clipping's tags or note edited in the reader), kept by the host. Ctrl/Cmd+Z outside a text field, the Edit menu's Undo (the 'undo'
 * command) and the toast's button all come here; inside a text field Ctrl+Z stays the field's
 * own. A keypress that the menu also reports arrives twice within a moment, once from each: once is
 * enough. Two presses from the same source are two undos, however quick (a test caught the second of
 * two quick Ctrl+Z presses being dropped).
 */
import { useCallback, useRef } from 'react';
import type { ClippingBridge } from '../../../preload/api/index.ts';
import type { Toasts } from '../app/useToasts.ts';

const SAME_PRESS_MS = 400;

/** Where an undo request came from: the keyboard, or the host's Edit menu (which also sees the key). */
export type UndoSource = 'key' | 'menu';

export function useUndo(api: ClippingBridge, toasts: Toasts, onUndone: () => void): (source: UndoSource) => Promise<void> {
  const last = useRef<{ at: number; source: UndoSource | null }>({ at: 0, source: null });
  return useCallback(
    async (source: UndoSource) => {
      const now = Date.now();
      if (now - last.current.at < SAME_PRESS_MS && last.current.source !== source) return;
      last.current = { at: now, source };
      const result = await api.undo();
      if (!result.ok) {
        toasts.show({ title: 'Could not undo', tone: 'error', lines: [{ text: result.error.message, tone: 'error' }] });
        return;
      }
      if (result.value.undone === null) {
        toasts.show({ title: 'Nothing to undo', tone: 'info', lines: [], testId: 'undo-toast' });
        return;
      }
      onUndone();
      toasts.show({ title: 'Undone', tone: 'info', lines: [{ text: result.value.undone, tone: 'info' }], testId: 'undo-toast' });
    },
    [api, toasts, onUndone],
  );
}
