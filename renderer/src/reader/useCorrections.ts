/**
 * Corrections of the open clipping (title, authors, date, source), "restore original", and
 * re-parsing the stored original (the corrections outlive it: the core applies them again).
 */
import type { Clipping, ClippingBridge, ClippingCorrection, CorrectableField } from '../../../preload/api/index.ts';
import type { Toasts } from '../app/useToasts.ts';
import type { OpenClipping } from './useClipping.ts';

export interface Corrections {
  /** Resolves true when saved. */
  correct(correction: ClippingCorrection): Promise<boolean>;
  restore(field: CorrectableField): Promise<void>;
  /** Reads the stored original again with the current parser; resolves with a line saying what happened. */
  reparse(): Promise<ReparseOutcome>;
}

export interface ReparseOutcome {
  ok: boolean;
  message: string;
}

/** The fields a re-parse may change, to tell "updated" from "nothing changed". */
function parsedFields(c: Clipping): string {
  return JSON.stringify([c.title, c.subtitle, c.authors, c.source, c.url, c.publishedAt, c.updatedAt, c.language, c.body, c.images, c.pullQuotes, c.quotes, c.entities, c.authorBio]);
}

/** "Re-parsed: 3 fields updated; 1 correction kept." in a few words. */
export function describeReparse(before: Clipping, after: Clipping): string {
  const changed = parsedFields(before) !== parsedFields(after);
  const kept = after.corrections?.length ?? 0;
  const corrections = kept === 0 ? '' : kept === 1 ? ' 1 correction kept.' : ` ${kept} corrections kept.`;
  return `Re-parsed from ${after.original.name}: ${changed ? 'updated' : 'nothing changed'}.${corrections}`;
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
    reparse: async () => {
      const before = open.clipping;
      if (!before) return { ok: false, message: 'No clipping is open.' };
      const result = await api.reparseClipping(before.id);
      if (!result.ok) {
        failed('Could not re-parse the clipping', result.error.message);
        return { ok: false, message: `Re-parse failed: ${result.error.message}` };
      }
      open.replace(result.value);
      onChanged();
      return { ok: true, message: describeReparse(before, result.value) };
    },
  };
}
