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

/** Clippings carrying the tag or one below it: an `IN (...)` subquery and its parameters. */
function withTag(tag: string): SqlFilter {
  const subtree = tagSubtreeCondition('t.name', tag);
  return {
    where: `c.id IN (SELECT ct.clipping_id FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ${subtree.where})`,
    params: subtree.params,
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
  if (filters.tag) add(withTag(filters.tag));
  const tags = (filters.tags ?? []).filter((t) => t.trim());
  if (tags.length > 0 && filters.tagMatch === 'any') {
    const parts = tags.map(withTag);
    add({ where: `(${parts.map((p) => p.where).join(' OR ')})`, params: parts.flatMap((p) => p.params) });
  } else {
    for (const tag of tags) add(withTag(tag));
  }
  if (filters.source) add({ where: 'c.source = ? COLLATE NOCASE', params: [filters.source] });
  if (filters.language) add({ where: 'c.language = ? COLLATE NOCASE', params: [filters.language] });
  if (filters.author) {
    add({ where: 'EXISTS (SELECT 1 FROM authors a WHERE a.clipping_id = c.id AND a.name = ? COLLATE NOCASE)', params: [filters.author] });
  }
  if (options.dates !== false) {
    if (filters.from) add({ where: 'c.published_at >= ?', params: [filters.from] });
    // "2014-11" as an upper bound includes every day of November: '~' sorts after any ISO character.
    if (filters.to) add({ where: 'c.published_at <= ?', params: [`${filters.to}~`] });
  }
  return { where: `WHERE ${clauses.join(' AND ')}`, params };
}

export function countListed(db: DatabaseSync, filters: ListFilters): number {
  const f = listFilter(filters);
  return (db.prepare(`SELECT count(*) AS n FROM clippings c ${f.where}`).get(...f.params) as { n: number }).n;
}

export function listedIds(db: DatabaseSync, filters: ListFilters, sort: SortOrder | undefined, limit: number, offset: number): number[] {
  const f = listFilter(filters);
  const rows = db
    .prepare(`SELECT c.id FROM clippings c ${f.where} ORDER BY ${orderBy(sort)} LIMIT ? OFFSET ?`)
    .all(...f.params, limit, offset) as { id: number }[];
  return rows.map((r) => r.id);
}

/** Clippings per month published, for the filters without their date range. */
export function monthHistogram(db: DatabaseSync, filters: ListFilters): DateBucket[] {
  const f = listFilter(filters, { dates: false });
  return db
    .prepare(
      `SELECT substr(c.published_at, 1, 7) AS month, count(*) AS count FROM clippings c ${f.where}
       AND c.published_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' GROUP BY month ORDER BY month`,
    )
    .all(...f.params) as unknown as DateBucket[];
}
