/** Edits to the clipping open in the reader: its tags, its note, taking it out of the Trash. */
import type { ClippingBridge } from '../../../preload/api/index.ts';
import type { Toasts } from '../app/useToasts.ts';
import type { OpenClipping } from '../reader/useClipping.ts';

export interface ClippingEdits {
  setTags(tags: string[]): Promise<void>;
  /** Resolves true when saved. */
  saveNote(note: string): Promise<boolean>;
  restore(): Promise<void>;
}

export function useClippingEdits(api: ClippingBridge, toasts: Toasts, open: OpenClipping, onChanged: () => void): ClippingEdits {
  const failed = (title: string, message: string): void => toasts.show({ title, tone: 'error', lines: [{ text: message, tone: 'error' }] });
  return {
    setTags: async (tags) => {
      if (!open.clipping) return;
      const result = await api.setTags(open.clipping.id, tags);
      if (!result.ok) return failed('Could not change the tags', result.error.message);
      open.replace(result.value);
      onChanged();
    },
    saveNote: async (note) => {
      if (!open.clipping) return false;
      const result = await api.setNote(open.clipping.id, note);
      if (result.ok) open.replace(result.value);
      else failed('Could not save the note', result.error.message);
      return result.ok;
    },
    restore: async () => {
      if (!open.clipping) return;
      const result = await api.restoreClipping(open.clipping.id);
      if (result.ok) onChanged();
      else failed('Could not restore', result.error.message);
    },
  };
}
