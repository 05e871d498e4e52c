/**
 * Acting on the clippings picked in the list: add or remove a tag on all of them, move them to
 * the Trash, or pick every clipping the view finds. Each change is one undoable step.
 */
import { useState } from 'react';
import type { ClippingBridge, ListFilters, SortOrder } from '../../../preload/api/index.ts';
import type { Toasts } from '../app/useToasts.ts';
import type { Selection } from './useSelection.ts';
import { filtersAsQuery } from '../search/queryEdit.ts';
import { filterFields } from './viewState.ts';

export interface BulkActions {
  busy: boolean;
  addTag(tag: string): Promise<void>;
  removeTag(tag: string): Promise<void>;
  trash(): Promise<void>;
  selectAll(): Promise<void>;
}

interface View {
  text: string;
  sort: SortOrder;
  filters: ListFilters;
}

const SEARCH_SELECT_LIMIT = 1000;

export function useBulkActions(api: ClippingBridge, toasts: Toasts, selection: Selection, view: View, onChanged: () => void): BulkActions {
  const [busy, setBusy] = useState(false);
  const ids = (): number[] => [...selection.selected];

  const run = async (work: () => Promise<{ ok: true; label: string } | { ok: false; message: string }>, failTitle: string, clear: boolean): Promise<void> => {
    setBusy(true);
    try {
      const outcome = await work();
      if (outcome.ok) {
        if (clear) selection.clear();
        onChanged();
        toasts.show({ title: outcome.label, tone: 'success', lines: [{ text: 'Undo with Ctrl+Z', tone: 'info' }], testId: 'bulk-toast' });
      } else {
        toasts.show({ title: failTitle, tone: 'error', lines: [{ text: outcome.message, tone: 'error' }] });
      }
    } finally {
      setBusy(false);
    }
  };
  const tagChange = (add: string[], remove: string[]) => async () => {
    const r = await api.bulkTag(ids(), add, remove);
    return r.ok ? { ok: true as const, label: r.value.label } : { ok: false as const, message: r.error.message };
  };

  return {
    busy,
    addTag: (tag) => run(tagChange([tag], []), 'Could not tag the clippings', false),
    removeTag: (tag) => run(tagChange([], [tag]), 'Could not untag the clippings', false),
    trash: () =>
      run(
        async () => {
          const r = await api.trashClippings(ids());
          return r.ok ? { ok: true as const, label: r.value.label } : { ok: false as const, message: r.error.message };
        },
        'Could not move to the Trash',
        true,
      ),
    selectAll: async () => {
      const text = view.text.trim();
      if (text) {
        const r = await api.search({ text: [text, filtersAsQuery(view.filters)].filter(Boolean).join(' '), limit: SEARCH_SELECT_LIMIT });
        if (r.ok) selection.setAll(r.value.hits.map((h) => h.id));
        return;
      }
      const r = await api.listIds({ ...filterFields(view.filters), sort: view.sort });
      if (r.ok) selection.setAll(r.value);
    },
  };
}
