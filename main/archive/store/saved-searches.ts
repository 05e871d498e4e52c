/** Saved searches: a name and a library view (search text, filters, sort), kept in the archive. */
import type { DatabaseSync } from 'node:sqlite';
import type { SavedView } from '../../../preload/api/index.ts';

export interface SavedSearchRow {
  id: number;
  name: string;
  view: SavedView;
}

export function listSavedSearches(db: DatabaseSync): SavedSearchRow[] {
  const rows = db.prepare('SELECT id, name, view FROM saved_searches ORDER BY name COLLATE NOCASE, id').all() as {
    id: number;
    name: string;
    view: string;
  }[];
  return rows.map((r) => ({ id: r.id, name: r.name, view: JSON.parse(r.view) as SavedView }));
}

/** Saves a view under a name; a second save under the same name (any case) replaces the first. */
export function saveSearch(db: DatabaseSync, name: string, view: SavedView, at: string): SavedSearchRow {
  const clean = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  db.prepare('DELETE FROM saved_searches WHERE name = ? COLLATE NOCASE').run(clean);
  const res = db.prepare('INSERT INTO saved_searches (name, view, created_at) VALUES (?, ?, ?)').run(clean, JSON.stringify(view), at);
  return { id: Number(res.lastInsertRowid), name: clean, view };
}

export function deleteSavedSearch(db: DatabaseSync, id: number): boolean {
  return db.prepare('DELETE FROM saved_searches WHERE id = ?').run(id).changes > 0;
}
