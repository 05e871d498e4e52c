/**
 * The library's list as SQL: the filters of a ListQuery as one WHERE clause over `clippings c`,
 * and each sort order as an ORDER BY that an index of migration 2 serves (so a page deep in
 * 100,000 clippings is not a sort of all of them). Trashed clippings are never listed here.
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { DateBucket, ListFilters, SortOrder } from '../../../preload/api.ts';
import { tagSubtreeCondition } from './tag-tree.ts';

export interface SqlFilter {
  where: string;
  params: SQLInputValue[];
}

const ORDERS: Record<SortOrder, string> = {
  imported: 'c.imported_at DESC, c.id DESC',
  published: 'c.published_at IS NULL, c.published_at DESC, c.id DESC',
  title: 'c.title COLLATE NOCASE, c.id',
  source: 'c.source IS NULL, c.source COLLATE NOCASE, c.id DESC',
};

export function orderBy(sort: SortOrder | undefined): string {
  return ORDERS[sort ?? 'imported'];
}

/** Above this many clippings a tag filter is checked while walking the sort order's index, not looked up row by row and sorted. */
const PROBE_FROM = 2_000;

/** The tag names condition (over `t.name`) for clippings with any of the tags or a tag below one. */
function anyTagCondition(tags: string[]): SqlFilter {
  const subtrees = tags.map((tag) => tagSubtreeCondition('t.name', tag));
  return { where: subtrees.map((s) => s.where).join(' OR '), params: subtrees.flatMap((s) => s.params) };
}

/**
 * Clippings carrying any of the tags or a tag below one: one `IN (...)` subquery. `probe` writes
 * `+c.id` so SQLite walks the order index and probes the set (a large tag: "korea" on 44,000 of
 * 100,000), instead of looking up every member and sorting them all.
 */
function withAnyTag(tags: string[], probe = false): SqlFilter {
  const subtrees = tags.map((tag) => tagSubtreeCondition('t.name', tag));
  return {
    where: `${probe ? '+' : ''}c.id IN (SELECT ct.clipping_id FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ${subtrees.map((s) => s.where).join(' OR ')})`,
    params: subtrees.flatMap((s) => s.params),
  };
}

/** The WHERE clause (with "WHERE") for the filters; `dates: false` leaves the date range out (the histogram). */
export function listFilter(filters: ListFilters, options: { dates?: boolean; probe?: boolean } = {}): SqlFilter {
  const clauses: string[] = ['c.trashed_at IS NULL'];
  const params: SQLInputValue[] = [];
  const add = (f: SqlFilter): void => {
    clauses.push(f.where);
    params.push(...f.params);
  };
  const probe = options.probe === true;
  if (filters.tag) add(withAnyTag([filters.tag], probe));
  const tags = (filters.tags ?? []).filter((t) => t.trim());
  if (tags.length > 0 && filters.tagMatch === 'any') add(withAnyTag(tags, probe));
  else for (const tag of tags) add(withAnyTag([tag], probe));
  if (filters.source) add({ where: 'c.source = ? COLLATE NOCASE', params: [filters.source] });
  if (filters.language) add({ where: 'c.language = ? COLLATE NOCASE', params: [filters.language] });
  if (filters.author) {
    add({ where: 'EXISTS (SELECT 1 FROM authors a WHERE a.clipping_id = c.id AND a.name = ? COLLATE NOCASE)', params: [filters.author] });
  }
  if (options.dates !== false) {
    // With a source, author or language the planner should start from that (a few thousand rows),
    // not from a date range that may span most of the archive: '+' keeps the date index out.
    const date = filters.source || filters.author || filters.language ? '+c.published_at' : 'c.published_at';
    if (filters.from) add({ where: `${date} >= ?`, params: [filters.from] });
    // "2014-11" as an upper bound includes every day of November: '~' sorts after any ISO character.
    if (filters.to) add({ where: `${date} <= ?`, params: [`${filters.to}~`] });
  }
  return { where: `WHERE ${clauses.join(' AND ')}`, params };
}

/** The tags of a filter that is tags alone, as one "any of" set; null when anything else narrows it. */
function tagsOnly(filters: ListFilters): string[] | null {
  if (filters.source || filters.author || filters.language || filters.from || filters.to) return null;
  const tags = [...(filters.tag ? [filters.tag] : []), ...(filters.tags ?? []).filter((t) => t.trim())];
  if (tags.length === 0) return null;
  return tags.length === 1 || (!filters.tag && filters.tagMatch === 'any') ? tags : null;
}

export function countListed(db: DatabaseSync, filters: ListFilters): number {
  const f = listFilter(filters);
  if (f.params.length === 0) {
    // No filter but the Trash: two index counts, not a scan of every row.
    const row = db.prepare('SELECT (SELECT count(*) FROM clippings) - (SELECT count(*) FROM clippings WHERE trashed_at IS NOT NULL) AS n').get() as { n: number };
    return row.n;
  }
  const tags = tagsOnly(filters);
  if (tags) {
    // Tags alone: count their links on the (tag, clipping) index, less the few in the Trash.
    const c = anyTagCondition(tags);
    const sql = `SELECT count(DISTINCT ct.clipping_id) AS n FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id WHERE (${c.where})
      AND ct.clipping_id NOT IN (SELECT id FROM clippings WHERE trashed_at IS NOT NULL)`;
    return (db.prepare(sql).get(...c.params) as { n: number }).n;
  }
  return (db.prepare(`SELECT count(*) AS n FROM clippings c ${f.where}`).get(...f.params) as { n: number }).n;
}

/** `total` (how many the filters find, when known) chooses how a tag filter is checked. */
export function listedIds(db: DatabaseSync, filters: ListFilters, sort: SortOrder | undefined, limit: number, offset: number, total?: number): number[] {
  const hasTags = Boolean(filters.tag || filters.tags?.length);
  const f = listFilter(filters, { probe: hasTags && (total ?? countListed(db, filters)) > PROBE_FROM });
  const rows = db
    .prepare(`SELECT c.id FROM clippings c ${f.where} ORDER BY ${orderBy(sort)} LIMIT ? OFFSET ?`)
    .all(...f.params, limit, offset) as { id: number }[];
  return rows.map((r) => r.id);
}

/** Clippings per month published, for the filters without their date range. */
export function monthHistogram(db: DatabaseSync, filters: ListFilters): DateBucket[] {
  const f = listFilter(filters, { dates: false });
  // Unfiltered, the index of live clippings by date holds every date: no row is read.
  const from = f.params.length === 0 ? 'clippings c INDEXED BY clippings_live_published' : 'clippings c';
  return db
    .prepare(
      `SELECT substr(c.published_at, 1, 7) AS month, count(*) AS count FROM ${from} ${f.where}
       AND c.published_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' GROUP BY month ORDER BY month`,
    )
    .all(...f.params) as unknown as DateBucket[];
}

/**
 * Counts of recent filters at one store revision: scrolling asks for page after page of the same
 * view, and the count (a set of 44,000 for a large tag) need not be made again for each.
 */
export class CountCache {
  #revision = -1;
  readonly #counts = new Map<string, number>();

  get(revision: number, filters: ListFilters, compute: () => number): number {
    if (revision !== this.#revision) {
      this.#revision = revision;
      this.#counts.clear();
    }
    const { tag, tags, tagMatch, source, author, language, from, to } = filters;
    const key = JSON.stringify([tag, tags, tagMatch, source, author, language, from, to]);
    let count = this.#counts.get(key);
    if (count === undefined) {
      count = compute();
      if (this.#counts.size >= 64) this.#counts.clear();
      this.#counts.set(key, count);
    }
    return count;
  }
}
