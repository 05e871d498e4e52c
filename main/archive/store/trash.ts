/**
 * The Trash: deleting a clipping only marks it (trashed_at), so a slip costs nothing; it leaves
 * the list, the tag counts and the index, and comes back whole with restore. Only emptying the
 * Trash deletes rows (and the original file, when no other clipping shares it). Call inside a write.
 */
import type { DatabaseSync } from 'node:sqlite';
import { dropUnusedTags } from './tag-snapshot.ts';
import { dropUnusedImages, linkedImageIds } from './images.ts';

const json = (value: unknown): string => JSON.stringify(value);

/** Marks the clippings as trashed; returns those that were not trashed before. */
export function moveToTrash(db: DatabaseSync, ids: number[], at: string): number[] {
  const rows = db
    .prepare('UPDATE clippings SET trashed_at = ? WHERE id IN (SELECT value FROM json_each(?)) AND trashed_at IS NULL RETURNING id')
    .all(at, json(ids)) as { id: number }[];
  return rows.map((r) => r.id);
}

/** Takes the clippings out of the Trash; returns those that were in it. */
export function restoreFromTrash(db: DatabaseSync, ids: number[]): number[] {
  const rows = db
    .prepare('UPDATE clippings SET trashed_at = NULL WHERE id IN (SELECT value FROM json_each(?)) AND trashed_at IS NOT NULL RETURNING id')
    .all(json(ids)) as { id: number }[];
  return rows.map((r) => r.id);
}

export function trashedIds(db: DatabaseSync, limit: number, offset: number): { total: number; ids: number[] } {
  const total = (db.prepare('SELECT count(*) AS n FROM clippings WHERE trashed_at IS NOT NULL').get() as { n: number }).n;
  const rows = db
    .prepare('SELECT id FROM clippings WHERE trashed_at IS NOT NULL ORDER BY trashed_at DESC, id DESC LIMIT ? OFFSET ?')
    .all(limit, offset) as { id: number }[];
  return { total, ids: rows.map((r) => r.id) };
}

/** Deletes every trashed clipping for good, with originals and photos no other clipping uses; returns their ids. */
export function emptyTrash(db: DatabaseSync): number[] {
  const trashed = db.prepare('SELECT id FROM clippings WHERE trashed_at IS NOT NULL').all() as { id: number }[];
  const photos = linkedImageIds(db, trashed.map((r) => r.id));
  const rows = db.prepare('DELETE FROM clippings WHERE trashed_at IS NOT NULL RETURNING id, original_id').all() as {
    id: number;
    original_id: number;
  }[];
  db.prepare(
    'DELETE FROM originals WHERE id IN (SELECT value FROM json_each(?)) AND NOT EXISTS (SELECT 1 FROM clippings c WHERE c.original_id = originals.id)',
  ).run(json(rows.map((r) => r.original_id)));
  dropUnusedImages(db, photos);
  dropUnusedTags(db);
  return rows.map((r) => r.id);
}
