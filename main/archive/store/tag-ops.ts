/**
 * Tag management over the whole archive: rename (a parent carries its children), merge, delete,
 * colour, and bulk add/remove on a selection. Each works set-wise in SQL (a rename of a tag on
 * 20,000 clippings is a handful of statements) and returns the snapshot that undoes it exactly
 * and the clippings whose index documents must be brought up to date. Call inside a store write.
 */
import type { DatabaseSync } from 'node:sqlite';
import { captureTags, dropUnusedTags, type TagSnapshot } from './tag-snapshot.ts';
import { subtreeTags } from './tag-tree.ts';
import { normalizeTag, normalizeTags } from './tags.ts';

export interface TagOpResult {
  /** Clippings whose tags changed (trashed ones included: they keep their tags in the Trash). */
  affected: number[];
  snapshot: TagSnapshot;
}

/** A mistake the person can correct (an unknown tag, an empty name): becomes 'invalid-argument' or 'not-found'. */
export class TagOpError extends Error {
  readonly code: 'invalid-argument' | 'not-found';
  constructor(code: 'invalid-argument' | 'not-found', message: string) {
    super(message);
    this.code = code;
  }
}

const json = (value: unknown): string => JSON.stringify(value);

function requireTag(raw: string, what: string): string {
  const tag = normalizeTag(raw);
  if (!tag) throw new TagOpError('invalid-argument', `The ${what} is empty: give a tag name such as "korea" or "korea/north".`);
  return tag;
}

function requireSubtree(db: DatabaseSync, tag: string): { id: number; name: string; color: string | null }[] {
  const tags = subtreeTags(db, tag);
  if (tags.length === 0) throw new TagOpError('not-found', `No clipping carries the tag "${tag}" or a tag below it.`);
  return tags;
}

interface Move {
  sourceId: number;
  sourceColor: string | null;
  /** null removes the tag. */
  target: string | null;
}

/** Moves every link of each source tag to its target name (or drops it), all sources at once. */
function retag(db: DatabaseSync, moves: Move[]): number[] {
  const sources = moves.map((m) => m.sourceId);
  const affected = db
    .prepare('SELECT DISTINCT clipping_id AS id FROM clipping_tags WHERE tag_id IN (SELECT value FROM json_each(?))')
    .all(json(sources)) as { id: number }[];
  const moved = db
    .prepare(
      `SELECT ct.clipping_id AS id, json_extract(j.value, '$[1]') AS target FROM json_each(?) j
       JOIN clipping_tags ct ON ct.tag_id = json_extract(j.value, '$[0]')`,
    )
    .all(json(moves.filter((m) => m.target !== null).map((m) => [m.sourceId, m.target]))) as { id: number; target: string }[];
  db.prepare('DELETE FROM clipping_tags WHERE tag_id IN (SELECT value FROM json_each(?))').run(json(sources));
  const upsert = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = excluded.name RETURNING id');
  const keepColor = db.prepare('UPDATE tags SET color = coalesce(color, ?) WHERE id = ?');
  const targetIds = new Map<string, number>();
  for (const move of moves) {
    if (move.target === null) continue;
    const key = move.target.toLocaleLowerCase();
    let id = targetIds.get(key);
    if (id === undefined) {
      id = (upsert.get(move.target) as { id: number }).id;
      targetIds.set(key, id);
    }
    if (move.sourceColor) keepColor.run(move.sourceColor, id);
  }
  db.prepare(
    `INSERT OR IGNORE INTO clipping_tags (clipping_id, tag_id)
     SELECT json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]') FROM json_each(?) j`,
  ).run(json(moved.map((m) => [m.id, targetIds.get(m.target.toLocaleLowerCase())])));
  dropUnusedTags(db);
  return affected.map((r) => r.id);
}

/** Where each tag of `from`'s subtree goes when `from` becomes `to`. */
function subtreeMoves(db: DatabaseSync, from: string, to: string): Move[] {
  return requireSubtree(db, from).map((t) => ({ sourceId: t.id, sourceColor: t.color, target: to + t.name.slice(from.length) }));
}

function namesOf(moves: Move[], db: DatabaseSync): string[] {
  const rows = db.prepare('SELECT name FROM tags WHERE id IN (SELECT value FROM json_each(?))').all(json(moves.map((m) => m.sourceId))) as {
    name: string;
  }[];
  return [...rows.map((r) => r.name), ...moves.flatMap((m) => (m.target === null ? [] : [m.target]))];
}

export function renameTag(db: DatabaseSync, rawFrom: string, rawTo: string): TagOpResult {
  const from = requireTag(rawFrom, 'tag to rename');
  const to = requireTag(rawTo, 'new name');
  const moves = subtreeMoves(db, from, to);
  const snapshot = captureTags(db, namesOf(moves, db));
  return { affected: retag(db, moves), snapshot };
}

export function mergeTags(db: DatabaseSync, rawTags: string[], rawInto: string): TagOpResult {
  const into = requireTag(rawInto, 'tag to merge into');
  const tags = normalizeTags(rawTags).filter((t) => t.toLocaleLowerCase() !== into.toLocaleLowerCase());
  if (tags.length === 0) throw new TagOpError('invalid-argument', `Choose at least one tag other than "${into}" to merge into it.`);
  // A tag inside two merged subtrees follows the closest one ("korea/north" named itself wins over "korea").
  const bySource = new Map<number, Move>();
  for (const tag of [...tags].sort((a, b) => a.length - b.length)) {
    for (const move of subtreeMoves(db, tag, into)) bySource.set(move.sourceId, move);
  }
  const moves = [...bySource.values()];
  const snapshot = captureTags(db, namesOf(moves, db));
  return { affected: retag(db, moves), snapshot };
}

export function deleteTag(db: DatabaseSync, rawTag: string): TagOpResult {
  const tag = requireTag(rawTag, 'tag to delete');
  const moves = requireSubtree(db, tag).map((t) => ({ sourceId: t.id, sourceColor: t.color, target: null }));
  const snapshot = captureTags(db, namesOf(moves, db));
  return { affected: retag(db, moves), snapshot };
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

export function setTagColor(db: DatabaseSync, rawTag: string, color: string | null): TagOpResult {
  const tag = requireTag(rawTag, 'tag to colour');
  if (color !== null && !HEX_COLOR.test(color)) throw new TagOpError('invalid-argument', `"${color}" is not a colour: use #rrggbb.`);
  const snapshot = captureTags(db, [tag]);
  const res = db.prepare('UPDATE tags SET color = ? WHERE name = ?').run(color, tag);
  if (res.changes === 0) throw new TagOpError('not-found', `No clipping carries the tag "${tag}" itself, so it cannot hold a colour.`);
  return { affected: [], snapshot };
}

export function bulkTag(db: DatabaseSync, ids: number[], rawAdd: string[], rawRemove: string[]): TagOpResult {
  const add = normalizeTags(rawAdd);
  const remove = normalizeTags(rawRemove).filter((t) => !add.some((a) => a.toLocaleLowerCase() === t.toLocaleLowerCase()));
  if (add.length + remove.length === 0) throw new TagOpError('invalid-argument', 'Give at least one tag to add or remove.');
  const existing = (db.prepare('SELECT id FROM clippings WHERE id IN (SELECT value FROM json_each(?))').all(json(ids)) as { id: number }[]).map(
    (r) => r.id,
  );
  const snapshot = captureTags(db, [...add, ...remove]);
  const upsert = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = name RETURNING id');
  const link = db.prepare('INSERT OR IGNORE INTO clipping_tags (clipping_id, tag_id) SELECT value, ? FROM json_each(?)');
  for (const tag of add) link.run((upsert.get(tag) as { id: number }).id, json(existing));
  if (remove.length > 0) {
    db.prepare(
      `DELETE FROM clipping_tags WHERE clipping_id IN (SELECT value FROM json_each(?))
       AND tag_id IN (SELECT id FROM tags WHERE name IN (SELECT value FROM json_each(?)))`,
    ).run(json(existing), json(remove));
    dropUnusedTags(db);
  }
  return { affected: existing, snapshot };
}

