/**
 * The library's view as URL state: search text, sort, filters, the open clipping and whether the
 * Trash is shown, kept in the hash ("#/?q=envoy&tags=korea&sort=title&open=12") so Back and
 * Forward move between views and a view can be reloaded. Parsing never throws: anything it cannot
 * read is left out.
 */
import type { ListFilters, SavedView, SortOrder, TagMatch } from '../../../preload/api/index.ts';

export interface LibraryViewState {
  text: string;
  sort: SortOrder;
  filters: ListFilters;
  open: number | null;
  trash: boolean;
}

export const DEFAULT_VIEW: LibraryViewState = { text: '', sort: 'imported', filters: {}, open: null, trash: false };

const SORTS: readonly SortOrder[] = ['imported', 'published', 'title', 'source'];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function parseView(hash: string): LibraryViewState {
  const query = hash.replace(/^#\/?\??/, '');
  const p = new URLSearchParams(query);
  const filters: ListFilters = {};
  const tags = p.getAll('tag').filter(Boolean);
  if (tags.length > 0) filters.tags = tags;
  const match = p.get('match');
  if (match === 'any' || match === 'all') filters.tagMatch = match as TagMatch;
  for (const key of ['source', 'author', 'language'] as const) {
    const value = p.get(key);
    if (value) filters[key] = value;
  }
  const from = p.get('from');
  const to = p.get('to');
  if (from && DATE.test(from)) filters.from = from;
  if (to && DATE.test(to)) filters.to = to;
  const sort = p.get('sort') as SortOrder | null;
  const open = Number(p.get('open'));
  return {
    text: p.get('q') ?? '',
    sort: sort && SORTS.includes(sort) ? sort : 'imported',
    filters,
    open: Number.isInteger(open) && open > 0 ? open : null,
    trash: p.get('view') === 'trash',
  };
}

export function formatView(view: LibraryViewState): string {
  const p = new URLSearchParams();
  if (view.trash) p.set('view', 'trash');
  if (view.text) p.set('q', view.text);
  if (view.sort !== 'imported') p.set('sort', view.sort);
  for (const tag of view.filters.tags ?? []) p.append('tag', tag);
  if (view.filters.tagMatch === 'any' && (view.filters.tags?.length ?? 0) > 1) p.set('match', 'any');
  for (const key of ['source', 'author', 'language', 'from', 'to'] as const) {
    const value = view.filters[key];
    if (value) p.set(key, value);
  }
  if (view.open !== null) p.set('open', String(view.open));
  const query = p.toString();
  return query ? `#/?${query}` : '#/';
}

/** The view a saved search names (its text, sort and filters, in the library, not the Trash). */
export function viewOfSaved(saved: SavedView): Partial<LibraryViewState> {
  const { text = '', sort = 'imported', ...filters } = saved;
  return { text, sort, filters: filterFields(filters), trash: false };
}

/** True when any filter narrows the list. */
export function hasFilters(filters: ListFilters): boolean {
  return Boolean(filters.tags?.length || filters.source || filters.author || filters.language || filters.from || filters.to);
}

/** The filters as a ListQuery's fields, without empty ones (the contract's schema is strict). */
export function filterFields(filters: ListFilters): ListFilters {
  const out: ListFilters = {};
  if (filters.tags?.length) out.tags = filters.tags;
  if (filters.tagMatch && (filters.tags?.length ?? 0) > 1) out.tagMatch = filters.tagMatch;
  for (const key of ['source', 'author', 'language', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) out[key] = value;
  }
  return out;
}
