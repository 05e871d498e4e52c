/**
 * What undo needs to put tags back exactly: for a set of tag names, every (clipping, tag) link
 * they had and their spelling and colour. A change touches only the names it involves (the
 * renamed subtree and its targets, the tags added or removed), so restoring those names' links
 * restores the archive as it was, however many clippings that is.
 */
import type { DatabaseSync } from 'node:sqlite';

export interface TagSnapshot {
  /** The tag names involved (compared without case, as tags are). */
  names: string[];
  /** [clipping id, tag name as spelt] for every link of those names. */
  links: [number, string][];
  /** [tag name as spelt, colour] for each of those tags that existed. */
  tags: [string, string | null][];
}

const json = (value: unknown): string => JSON.stringify(value);

export function captureTags(db: DatabaseSync, names: string[]): TagSnapshot {
  const tags = db
    .prepare('SELECT name, color FROM tags WHERE name IN (SELECT value FROM json_each(?))')
    .all(json(names)) as { name: string; color: string | null }[];
  const links = db
    .prepare(
      `SELECT ct.clipping_id AS id, t.name FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id
       WHERE t.name IN (SELECT value FROM json_each(?))`,
    )
    .all(json(names)) as { id: number; name: string }[];
  return { names, links: links.map((l) => [l.id, l.name]), tags: tags.map((t) => [t.name, t.color]) };
}

/** Clippings (trashed or not) linked to any of the names now. */
function clippingsWithNames(db: DatabaseSync, names: string[]): number[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT ct.clipping_id AS id FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id
       WHERE t.name IN (SELECT value FROM json_each(?))`,
    )
    .all(json(names)) as { id: number }[];
  return rows.map((r) => r.id);
}

/** Tags no clipping carries any more are dropped (their colour with them). */
export function dropUnusedTags(db: DatabaseSync): void {
  db.prepare('DELETE FROM tags WHERE NOT EXISTS (SELECT 1 FROM clipping_tags ct WHERE ct.tag_id = tags.id)').run();
}

/** Puts the snapshot's names back as they were; returns the clippings whose tags changed. Call inside a write. */
export function restoreTags(db: DatabaseSync, snapshot: TagSnapshot): number[] {
  const affected = new Set(clippingsWithNames(db, snapshot.names));
  for (const [id] of snapshot.links) affected.add(id);
  db.prepare(
    `DELETE FROM clipping_tags WHERE tag_id IN (SELECT id FROM tags WHERE name IN (SELECT value FROM json_each(?)))`,
  ).run(json(snapshot.names));
  db.prepare('DELETE FROM tags WHERE name IN (SELECT value FROM json_each(?))').run(json(snapshot.names));
  const insertTag = db.prepare('INSERT INTO tags (name, color) VALUES (?, ?)');
  for (const [name, color] of snapshot.tags) insertTag.run(name, color);
  // Links whose clipping was emptied from the Trash since are skipped (it is gone for good).
  db.prepare(
    `INSERT OR IGNORE INTO clipping_tags (clipping_id, tag_id)
     SELECT json_extract(j.value, '$[0]'), t.id FROM json_each(?) j
     JOIN tags t ON t.name = json_extract(j.value, '$[1]')
     WHERE EXISTS (SELECT 1 FROM clippings c WHERE c.id = json_extract(j.value, '$[0]'))`,
  ).run(json(snapshot.links));
  dropUnusedTags(db);
  return [...affected];
}
