/**
 * Hierarchical tags: "korea/north" is a child of "korea". The hierarchy lives only in the names
 * (a parent need not be a tag anyone used), so renaming, filtering and counting work on a tag's
 * subtree: the tag itself and every tag whose name starts with it and a slash.
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { TagNode } from '../../../preload/api.ts';

export const TAG_SEPARATOR = '/';

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, '\\$&');

/** A condition on a tag-name column: the tag or any tag below it (case-insensitive, as tags compare). */
export function tagSubtreeCondition(column: string, tag: string): { where: string; params: SQLInputValue[] } {
  return {
    where: `(${column} = ? OR ${column} LIKE ? ESCAPE '\\')`,
    params: [tag, `${escapeLike(tag)}${TAG_SEPARATOR}%`],
  };
}

/** The stored tags in a subtree, as spelt in the archive, with their ids. */
export function subtreeTags(db: DatabaseSync, tag: string): { id: number; name: string; color: string | null }[] {
  const c = tagSubtreeCondition('name', tag);
  return db.prepare(`SELECT id, name, color FROM tags WHERE ${c.where} ORDER BY length(name)`).all(...c.params) as {
    id: number;
    name: string;
    color: string | null;
  }[];
}

/** Ids of the clippings (not in the Trash) carrying the tag or one of its children. */
export function idsWithTagTree(db: DatabaseSync, tag: string): Set<number> {
  const c = tagSubtreeCondition('t.name', tag);
  const rows = db
    .prepare(
      `SELECT DISTINCT ct.clipping_id AS id FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id
       JOIN clippings c ON c.id = ct.clipping_id WHERE c.trashed_at IS NULL AND ${c.where}`,
    )
    .all(...c.params) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

/** "a/b/c" → ["a", "a/b", "a/b/c"]; empty parts ("a//b", "/a") are skipped. */
export function tagPath(tag: string): string[] {
  const parts = tag.split(TAG_SEPARATOR).filter((p) => p.trim());
  return parts.map((_, i) => parts.slice(0, i + 1).join(TAG_SEPARATOR));
}

interface TagRow {
  id: number;
  name: string;
  color: string | null;
  count: number;
}

/** The whole tree with own counts and distinct subtree totals, children sorted by name. */
export function tagTree(db: DatabaseSync): TagNode[] {
  const rows = db
    .prepare(
      `SELECT t.id, t.name, t.color, count(c.id) AS count FROM tags t
       JOIN clipping_tags ct ON ct.tag_id = t.id JOIN clippings c ON c.id = ct.clipping_id AND c.trashed_at IS NULL
       GROUP BY t.id`,
    )
    .all() as unknown as TagRow[];
  const nodes = new Map<string, TagNode>();
  const roots: TagNode[] = [];
  const pairs: [number, string][] = [];
  for (const row of rows) {
    let parent: TagNode | null = null;
    for (const prefix of tagPath(row.name)) {
      const key = prefix.toLocaleLowerCase();
      let node = nodes.get(key);
      if (!node) {
        node = { tag: prefix, label: prefix.slice(prefix.lastIndexOf(TAG_SEPARATOR) + 1), count: 0, total: 0, color: null, children: [] };
        nodes.set(key, node);
        (parent ? parent.children : roots).push(node);
      }
      pairs.push([row.id, key]);
      parent = node;
    }
    if (parent) {
      // A tag someone used gives its node its spelling (an implicit parent took the first child's).
      parent.tag = row.name;
      parent.label = row.name.slice(row.name.lastIndexOf(TAG_SEPARATOR) + 1);
      parent.count += row.count;
      parent.color = row.color ?? parent.color;
    }
  }
  const totals = db
    .prepare(
      `SELECT json_extract(j.value, '$[1]') AS node_key, count(DISTINCT ct.clipping_id) AS total
       FROM json_each(?) j JOIN clipping_tags ct ON ct.tag_id = json_extract(j.value, '$[0]')
       JOIN clippings c ON c.id = ct.clipping_id AND c.trashed_at IS NULL GROUP BY node_key`,
    )
    .all(JSON.stringify(pairs)) as { node_key: string; total: number }[];
  for (const { node_key: key, total } of totals) {
    const node = nodes.get(key);
    if (node) node.total = total;
  }
  const sort = (list: TagNode[]): void => {
    list.sort((a, b) => a.label.localeCompare(b.label, undefined, { sensitivity: 'base' }));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}
