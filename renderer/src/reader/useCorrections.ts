/** Corrections of the open clipping (title, authors, date, source) and "restore original". */
import type { ClippingBridge, ClippingCorrection, CorrectableField } from '../../../preload/api.ts';
import type { Toasts } from '../app/useToasts.ts';
import type { OpenClipping } from './useClipping.ts';

export interface Corrections {
  /** Resolves true when saved. */
  correct(correction: ClippingCorrection): Promise<boolean>;
  restore(field: CorrectableField): Promise<void>;
}

export function useCorrections(api: ClippingBridge, toasts: Toasts, open: OpenClipping, onChanged: () => void): Corrections {
  const failed = (title: string, message: string): void => toasts.show({ title, tone: 'error', lines: [{ text: message, tone: 'error' }] });
  return {
    correct: async (correction) => {
      if (!open.clipping) return false;
      const result = await api.correctClipping(open.clipping.id, correction);
      if (!result.ok) {
        failed('Could not save the correction', result.error.message);
        return false;
      }
      open.replace(result.value);
      onChanged();
      return true;
    },
    restore: async (field) => {
      if (!open.clipping) return;
      const result = await api.clearCorrection(open.clipping.id, field);
      if (!result.ok) return failed('Could not restore the original', result.error.message);
      open.replace(result.value);
      onChanged();
    },
  };
}
