/**
 * Organising the archive as a service: tag management with one undo step per change, the Trash,
 * notes, the list's ids and date histogram, saved searches with live counts, tag suggestions.
 * Every change is one store transaction; its clippings' index documents are brought up to date
 * through the ReindexQueue (at once for a few, queued for many).
 */
import type { DatabaseSync } from 'node:sqlite';
import type {
  Clipping,
  ClippingEvents,
  DateBucket,
  ListFilters,
  ListPage,
  ListQuery,
  Result,
  SavedSearch,
  SavedView,
  TagChange,
  TagNode,
  UndoOutcome,
} from '../../preload/api/index.ts';
import type { EventHub } from './events.ts';
import { fail, ok } from './result.ts';
import { ReindexQueue } from './reindex-queue.ts';
import type { SearchIndex } from './search/index.ts';
import { listFilter, monthHistogram } from './store/list-query.ts';
import { countListed } from './store/list-set.ts';
import { replaceClippingTags, restoreClippingTags } from './store/clipping-tags.ts';
import { setNote } from './store/notes.ts';
import { deleteSavedSearch, listSavedSearches, saveSearch } from './store/saved-searches.ts';
import type { ArchiveStore } from './store/store.ts';
import { bulkTag, deleteTag, mergeTags, renameTag, setTagColor, TagOpError, type TagOpResult } from './store/tag-ops.ts';
import { restoreTags } from './store/tag-snapshot.ts';
import { tagTree } from './store/tag-tree.ts';
import { emptyTrash, moveToTrash, restoreFromTrash, trashedIds } from './store/trash.ts';
import { suggestTags } from './tag-suggestions.ts';

/** Undo remembers this many steps. */
const UNDO_DEPTH = 50;
/** Changes to at most this many clippings are searchable before the call returns; larger ones are queued. */
const WAIT_FOR_INDEX_UP_TO = 500;
const MAX_IDS = 1_000_000;

/** How many results a search finds (the archive's search, with its query language). */
export type SearchTotal = (text: string) => number;

const quoted = (value: string): string => (/[\s,"]/.test(value) ? `"${value.replaceAll('"', '')}"` : value);

/** A saved view's search text with its filters written in the search language, as the library sends it. */
function savedViewQuery(view: SavedView): string {
  const parts = [view.text?.trim() ?? ''];
  const tags = [...(view.tag ? [view.tag] : []), ...(view.tags ?? [])];
  if (view.tagMatch === 'any' && tags.length > 1) parts.push(`tag:"${tags.map((t) => t.replaceAll('"', '')).join(',')}"`);
  else for (const tag of tags) parts.push(`tag:${quoted(tag)}`);
  if (view.source) parts.push(`source:${quoted(view.source)}`);
  if (view.author) parts.push(`author:${quoted(view.author)}`);
  if (view.language) parts.push(`lang:${quoted(view.language)}`);
  if (view.from) parts.push(`after:${view.from}`);
  if (view.to) parts.push(`before:${view.to}`);
  return parts.filter(Boolean).join(' ');
}

/** A clipping's title in an undo label, cut short. */
const titled = (title: string): string => `“${title.length > 60 ? `${title.slice(0, 59).trimEnd()}…` : title}”`;

/** What a change of one clipping's tags did, for the Undo label; null when it changed nothing. */
export function clippingTagsLabel(before: string[], after: string[], title: string): string | null {
  const had = new Set(before);
  const has = new Set(after);
  const added = after.filter((t) => !had.has(t));
  const removed = before.filter((t) => !has.has(t));
  if (added.length === 0 && removed.length === 0) return null;
  if (added.length === 1 && removed.length === 0) return `Add tag “${added[0]}” to ${titled(title)}`;
  if (removed.length === 1 && added.length === 0) return `Remove tag “${removed[0]}” from ${titled(title)}`;
  return `Change the tags of ${titled(title)}`;
}

interface UndoStep {
  label: string;
  /** Puts the archive back; returns the clippings whose index documents changed. Runs inside a write. */
  revert(db: DatabaseSync): number[];
}

export class Organizer {
  readonly #store: ArchiveStore;
  readonly #index: SearchIndex;
  readonly #events: EventHub<ClippingEvents>;
  readonly #queue: ReindexQueue;
  readonly #undo: UndoStep[] = [];
  readonly #searchTotal: SearchTotal | null;
  #tree: { revision: number; tree: TagNode[] } | null = null;

  constructor(store: ArchiveStore, index: SearchIndex, events: EventHub<ClippingEvents>, searchTotal: SearchTotal | null = null) {
    this.#store = store;
    this.#searchTotal = searchTotal;
    this.#index = index;
    this.#events = events;
    this.#queue = new ReindexQueue(store, index);
  }

  /** Resolves when every queued index update has been handed to the index. */
  whenIndexed(): Promise<void> {
    return this.#queue.whenDrained();
  }

  close(): void {
    this.#queue.close();
  }

  /** Index documents for these clippings are rebuilt: awaited for a few, queued for many. */
  async reindex(ids: number[]): Promise<void> {
    if (ids.length <= WAIT_FOR_INDEX_UP_TO) await this.#queue.now(ids);
    else this.#queue.enqueue(ids);
  }

  listIds(query: ListQuery): Result<number[]> {
    return ok(this.#store.listIds(query, MAX_IDS));
  }

  /** The tree is counted once per store revision (the renderer asks again after every index update). */
  tagTree(): Result<TagNode[]> {
    const revision = this.#store.revision();
    if (this.#tree?.revision !== revision) this.#tree = { revision, tree: this.#store.read(tagTree) };
    return ok(this.#tree.tree);
  }

  renameTag(from: string, to: string): Promise<Result<TagChange>> {
    return this.#tagChange(`Rename “${from}” to “${to}”`, (db) => renameTag(db, from, to));
  }

  mergeTags(tags: string[], into: string): Promise<Result<TagChange>> {
    return this.#tagChange(`Merge ${tags.map((t) => `“${t}”`).join(', ')} into “${into}”`, (db) => mergeTags(db, tags, into));
  }

  deleteTag(tag: string): Promise<Result<TagChange>> {
    return this.#tagChange(`Delete tag “${tag}”`, (db) => deleteTag(db, tag));
  }

  setTagColor(tag: string, color: string | null): Promise<Result<TagChange>> {
    return this.#tagChange(color ? `Colour “${tag}”` : `Clear the colour of “${tag}”`, (db) => setTagColor(db, tag, color));
  }

  bulkTag(ids: number[], add: string[], remove: string[]): Promise<Result<TagChange>> {
    const what = [add.length ? `add ${add.join(', ')}` : '', remove.length ? `remove ${remove.join(', ')}` : ''].filter(Boolean).join(' and ');
    const label = `Tags: ${what} on ${ids.length} ${ids.length === 1 ? 'clipping' : 'clippings'}`;
    return this.#tagChange(label, (db) => bulkTag(db, ids, add, remove));
  }

  async undo(): Promise<Result<UndoOutcome>> {
    const step = this.#undo.pop();
    if (!step) return ok({ undone: null, next: null });
    const affected = this.#store.transaction((db) => step.revert(db));
    await this.reindex(affected);
    this.#changed();
    return ok({ undone: step.label, next: this.#undo.at(-1)?.label ?? null });
  }

  async trash(ids: number[]): Promise<Result<TagChange>> {
    const moved = this.#store.transaction((db) => moveToTrash(db, ids, new Date().toISOString()));
    if (moved.length === 0) return fail('not-found', ids.length === 1 ? `There is no clipping ${ids[0]} outside the Trash.` : 'None of these clippings is outside the Trash.');
    const label = moved.length === 1 ? 'Move a clipping to the Trash' : `Move ${moved.length} clippings to the Trash`;
    this.#remember({ label, revert: (db) => restoreFromTrash(db, moved) });
    await this.reindex(moved);
    this.#changed();
    return ok({ label, affected: moved.length });
  }

  async restore(id: number): Promise<Result<{ id: number }>> {
    const restored = this.#store.transaction((db) => restoreFromTrash(db, [id]));
    if (restored.length === 0) return fail('not-found', `Clipping ${id} is not in the Trash.`);
    await this.reindex(restored);
    this.#changed();
    return ok({ id });
  }

  listTrash(query: { offset?: number; limit?: number }): Result<ListPage> {
    const { total, ids } = this.#store.read((db) => trashedIds(db, query.limit ?? 100, query.offset ?? 0));
    const byId = this.#store.summaries(ids);
    return ok({ total, items: ids.map((id) => byId.get(id)!).filter(Boolean) });
  }

  async emptyTrash(): Promise<Result<{ removed: number }>> {
    const removed = this.#store.transaction(emptyTrash);
    // Trashed clippings already left the index; this only records the new revision.
    await this.reindex(removed.slice(0, 1));
    this.#changed();
    return ok({ removed: removed.length });
  }

  /** One clipping's tags from the reader: one undo step when they changed. */
  async setTags(id: number, tags: string[]): Promise<Result<Clipping>> {
    const before = this.#store.transaction((db) => replaceClippingTags(db, id, tags));
    if (!before) return fail('not-found', `There is no clipping ${id} in this archive.`);
    const clipping = this.#store.get(id)!;
    const label = clippingTagsLabel(before.tags, clipping.tags, clipping.title);
    if (label) this.#remember({ label, revert: (db) => (restoreClippingTags(db, before) ? [id] : []) });
    await this.reindex([id]);
    return ok(clipping);
  }

  /** One clipping's note from the reader: one undo step when it changed. */
  async setNote(id: number, note: string): Promise<Result<Clipping>> {
    const before = this.#store.transaction((db) => {
      const old = db.prepare('SELECT note FROM clippings WHERE id = ?').get(id) as { note: string } | undefined;
      return old && setNote(db, id, note) ? old.note : null;
    });
    if (before === null) return fail('not-found', `There is no clipping ${id} in this archive.`);
    const clipping = this.#store.get(id)!;
    if (clipping.note !== before) {
      this.#remember({ label: `Edit the note on ${titled(clipping.title)}`, revert: (db) => (setNote(db, id, before) ? [id] : []) });
    }
    await this.reindex([id]);
    return ok(clipping);
  }

  suggestTags(id: number): Result<string[]> {
    const tags = suggestTags(this.#store, this.#index, id);
    return tags ? ok(tags) : fail('not-found', `There is no clipping ${id} in this archive.`);
  }

  dateHistogram(filters: ListFilters): Result<DateBucket[]> {
    return ok(this.#store.read((db) => monthHistogram(db, filters)));
  }

  listSavedSearches(): Result<SavedSearch[]> {
    const rows = this.#store.read(listSavedSearches);
    return ok(rows.map((row) => ({ ...row, count: this.#countView(row.view) })));
  }

  saveSearch(name: string, view: SavedView): Result<SavedSearch> {
    if (!name.trim()) return fail('invalid-argument', 'Give the saved search a name.');
    const row = this.#store.transaction((db) => saveSearch(db, name, view, new Date().toISOString()));
    return ok({ ...row, count: this.#countView(row.view) });
  }

  deleteSavedSearch(id: number): Result<{ id: number }> {
    if (!this.#store.transaction((db) => deleteSavedSearch(db, id))) return fail('not-found', `There is no saved search ${id}.`);
    return ok({ id });
  }

  /** How many clippings a saved view finds now: the list's count, or its search hits that pass the filters. */
  #countView(view: SavedView): number {
    const text = view.text?.trim();
    if (!text) return this.#store.read((db) => countListed(db, view));
    if (this.#searchTotal) return this.#searchTotal(savedViewQuery(view));
    const outcome = this.#index.search(text);
    if (!outcome.ok) return 0;
    const f = listFilter(view);
    return this.#store.read(
      (db) =>
        (db.prepare(`SELECT count(*) AS n FROM clippings c ${f.where} AND c.id IN (SELECT value FROM json_each(?))`).get(
          ...f.params,
          JSON.stringify(outcome.hits.map((h) => h.id)),
        ) as { n: number }).n,
    );
  }

  async #tagChange(label: string, op: (db: DatabaseSync) => TagOpResult): Promise<Result<TagChange>> {
    let result: TagOpResult;
    try {
      result = this.#store.transaction(op);
    } catch (error) {
      if (error instanceof TagOpError) return fail(error.code, error.message);
      throw error;
    }
    const { snapshot, affected } = result;
    this.#remember({ label, revert: (db) => restoreTags(db, snapshot) });
    await this.reindex(affected);
    this.#changed();
    return ok({ label, affected: affected.length });
  }

  #remember(step: UndoStep): void {
    this.#undo.push(step);
    if (this.#undo.length > UNDO_DEPTH) this.#undo.shift();
  }

  #changed(): void {
    this.#events.emit('archiveChanged', { revision: this.#store.revision() });
  }
}
