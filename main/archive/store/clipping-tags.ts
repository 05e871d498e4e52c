/**
 * One clipping's tags replaced, remembering what undo needs to put them back: the tags it had, as
 * spelt, and the colours of those tags (a tag no clipping carries any more is dropped with its
 * colour, and undo brings both back). Only this clipping's links are touched, so undoing a tag
 * on one clipping never rewrites the 20,000 links of a popular tag. Call inside a store write.
 */
import type { DatabaseSync } from 'node:sqlite';
import { dropUnusedTags } from './tag-snapshot.ts';
import { normalizeTags } from './tags.ts';

export interface ClippingTagsBefore {
  id: number;
  /** The tags it carried, as spelt. */
  tags: string[];
  /** [tag as spelt, colour] of the coloured tags the change dropped (no clipping carried them any more). */
  colors: [string, string][];
}

function linkTags(db: DatabaseSync, id: number, tags: string[]): void {
  db.prepare('DELETE FROM clipping_tags WHERE clipping_id = ?').run(id);
  const upsert = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = name RETURNING id');
  const link = db.prepare('INSERT OR IGNORE INTO clipping_tags (clipping_id, tag_id) VALUES (?, ?)');
  for (const tag of tags) link.run(id, (upsert.get(tag) as { id: number }).id);
  dropUnusedTags(db);
}

/** Gives the clipping exactly these tags (normalised); null when there is no such clipping. */
export function replaceClippingTags(db: DatabaseSync, id: number, tags: string[]): ClippingTagsBefore | null {
  if (db.prepare('SELECT 1 FROM clippings WHERE id = ?').get(id) === undefined) return null;
  const rows = db
    .prepare('SELECT t.name, t.color FROM tags t JOIN clipping_tags ct ON ct.tag_id = t.id WHERE ct.clipping_id = ? ORDER BY t.name COLLATE NOCASE')
    .all(id) as { name: string; color: string | null }[];
  linkTags(db, id, normalizeTags(tags));
  const exists = db.prepare('SELECT 1 FROM tags WHERE name = ?');
  const dropped = rows.filter((r) => r.color !== null && exists.get(r.name) === undefined);
  return { id, tags: rows.map((r) => r.name), colors: dropped.map((r) => [r.name, r.color!]) };
}

/** Puts the clipping's tags (and the colours of tags dropped since) back; false when the clipping is gone for good. */
export function restoreClippingTags(db: DatabaseSync, before: ClippingTagsBefore): boolean {
  if (db.prepare('SELECT 1 FROM clippings WHERE id = ?').get(before.id) === undefined) return false;
  linkTags(db, before.id, before.tags);
  // A colour lost with its tag comes back, unless the tag was made again and coloured since.
  const color = db.prepare('UPDATE tags SET color = ? WHERE name = ? AND color IS NULL');
  for (const [name, value] of before.colors) color.run(value, name);
  return true;
}
