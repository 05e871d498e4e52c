/**
 * The library's list as SQL: the filters of a ListQuery as one WHERE clause over `clippings c`
 * (the date histogram, saved searches with text), and each sort order as an ORDER BY that an
 * index of migration 4 serves (so a page deep in 100,000 clippings is not a sort of all of them).
 * The list's pages and counts come from list-set.ts. Trashed clippings are never listed here.
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { DateBucket, ListFilters, SortOrder } from '../../../preload/api/index.ts';
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

/** Clippings carrying any of the tags or a tag below one: one `IN (...)` subquery. */
function withAnyTag(tags: string[]): SqlFilter {
  const subtrees = tags.map((tag) => tagSubtreeCondition('t.name', tag));
  return {
    where: `c.id IN (SELECT ct.clipping_id FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ${subtrees.map((s) => s.where).join(' OR ')})`,
    params: subtrees.flatMap((s) => s.params),
  };
}

/** The WHERE clause (with "WHERE") for the filters; `dates: false` leaves the date range out (the histogram). */
export function listFilter(filters: ListFilters, options: { dates?: boolean } = {}): SqlFilter {
  const clauses: string[] = ['c.trashed_at IS NULL'];
  const params: SQLInputValue[] = [];
  const add = (f: SqlFilter): void => {
    clauses.push(f.where);
    params.push(...f.params);
  };
  if (filters.tag) add(withAnyTag([filters.tag]));
  const tags = (filters.tags ?? []).filter((t) => t.trim());
  if (tags.length > 0 && filters.tagMatch === 'any') add(withAnyTag(tags));
  else for (const tag of tags) add(withAnyTag([tag]));
  if (filters.source) add({ where: 'c.source = ? COLLATE NOCASE', params: [filters.source] });
  if (filters.language) add({ where: 'c.language = ? COLLATE NOCASE', params: [filters.language] });
  if (filters.author) {
    // An IN set, not a correlated EXISTS: the planner ran that over the author's name index once
    // per clipping (13 s for one author at 100,000).
    add({ where: 'c.id IN (SELECT a.clipping_id FROM authors a WHERE a.name = ? COLLATE NOCASE)', params: [filters.author] });
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
