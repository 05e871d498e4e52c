/**
 * What search asks of the store beyond the clippings themselves: the ids a set of structured
 * filters lets through (one SQL statement on indexed columns), the compact per-clipping rows that
 * facets and near-duplicate grouping count in memory, and the stored text phrases are checked in.
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';

export type StoreFilter =
  | { kind: 'tag' | 'source' | 'author' | 'lang'; values: string[]; negated: boolean }
  | { kind: 'date'; from: string | null; to: string | null; negated: boolean };

/** Every live clipping's facet values, as parallel arrays (row i is one clipping). */
export interface FacetRows {
  ids: Int32Array;
  source: (string | null)[];
  language: (string | null)[];
  publishedAt: (string | null)[];
  nearKey: string[];
  /** [clipping id, tag name] pairs. */
  tags: [number, string][];
  /** [clipping id, author name] pairs. */
  authors: [number, string][];
}

export interface FacetFingerprint {
  clippings: number;
  maxId: number;
  tagLinks: number;
  maxTagRow: number;
  authors: number;
  /** Changes when a tag is renamed in place (a few hundred rows: cheap to sum). */
  tagNames: number;
  /** Changes when a clipping's source, language, date or near-duplicate key is corrected in place. */
  columns: number;
}

/** Candidate id lists at most this long are filtered in SQL by joining them; longer ones by a set. */
const JOIN_CANDIDATES_UP_TO = 5_000;

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, '\\$&');

function condition(filter: StoreFilter): { sql: string; params: SQLInputValue[] } {
  let sql: string;
  let params: SQLInputValue[];
  const marks = (n: number): string => Array.from({ length: n }, () => '?').join(', ');
  switch (filter.kind) {
    case 'tag': {
      // The tag or any tag below it: tag:korea finds korea/north.
      const each = filter.values.map(() => "(t.name = ? OR t.name LIKE ? ESCAPE '\\')").join(' OR ');
      sql = `c.id IN (SELECT ct.clipping_id FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ${each})`;
      params = filter.values.flatMap((v) => [v, `${escapeLike(v)}/%`]);
      break;
    }
    case 'source':
      sql = `c.source COLLATE NOCASE IN (${marks(filter.values.length)})`;
      params = filter.values;
      break;
    case 'author':
      sql = `c.id IN (SELECT a.clipping_id FROM authors a WHERE a.name COLLATE NOCASE IN (${marks(filter.values.length)}))`;
      params = filter.values;
      break;
    case 'lang':
      sql = `c.language IN (${marks(filter.values.length)})`;
      params = filter.values;
      break;
    case 'date': {
      const parts: string[] = [];
      params = [];
      if (filter.from) {
        parts.push('c.published_at >= ?');
        params.push(filter.from);
      }
      // An upper bound of "2020-06" takes every day of June: '~' sorts after any ISO character.
      if (filter.to) {
        parts.push('c.published_at <= ?');
        params.push(`${filter.to}~`);
      }
      sql = parts.length ? parts.join(' AND ') : '1';
      break;
    }
  }
  // A negated condition keeps the clippings it says nothing about (no date, no source).
  return filter.negated ? { sql: `NOT coalesce((${sql}), 0)`, params } : { sql: `(${sql})`, params };
}

export class SearchTables {
  readonly #db: DatabaseSync;
  readonly #live: string;

  constructor(db: DatabaseSync) {
    this.#db = db;
    const columns = db.prepare('PRAGMA table_info(clippings)').all() as { name: string }[];
    // The Trash (issue 5) keeps clippings on disk; search never shows them.
    this.#live = columns.some((c) => c.name === 'trashed_at') ? 'c.trashed_at IS NULL' : '1';
  }

  #where(filters: readonly StoreFilter[]): { sql: string; params: SQLInputValue[] } {
    const parts = [this.#live];
    const params: SQLInputValue[] = [];
    for (const filter of filters) {
      const c = condition(filter);
      parts.push(c.sql);
      params.push(...c.params);
    }
    return { sql: parts.join(' AND '), params };
  }

  #ids(sql: string, params: SQLInputValue[]): number[] {
    const statement = this.#db.prepare(sql);
    statement.setReturnArrays(true);
    return (statement.all(...params) as unknown as [number][]).map((r) => r[0]);
  }

  /**
   * The live clippings the filters let through, in no particular order (the caller sorts, in
   * memory). Each query is one an index answers: the wanted filters together (no ORDER BY, so
   * the planner starts from the most selective index), and each unwanted one as what it names,
   * taken away afterwards: a NOT would make SQLite read every clipping (half a second at 100,000
   * on a busy machine). When every filter is unwanted they are taken from `start` (the live
   * clippings, or the candidates at hand), if given.
   */
  filteredIds(filters: readonly StoreFilter[], start?: () => Iterable<number>): number[] {
    const wanted = filters.filter((f) => !f.negated);
    const unwanted = filters.filter((f) => f.negated);
    let ids: Iterable<number>;
    if (wanted.length > 0 || !start) {
      const where = this.#where(wanted);
      ids = this.#ids(`SELECT c.id FROM clippings c WHERE ${where.sql}`, where.params);
    } else {
      ids = start();
    }
    if (unwanted.length === 0) return [...ids];
    const excluded = new Set<number>();
    for (const filter of unwanted) {
      const named = condition({ ...filter, negated: false });
      for (const id of this.#ids(`SELECT c.id FROM clippings c WHERE ${named.sql}`, named.params)) excluded.add(id);
    }
    return [...ids].filter((id) => !excluded.has(id));
  }

  /** The candidates (in their order) that the filters let through. */
  filterCandidates(candidates: readonly number[], filters: readonly StoreFilter[]): number[] {
    if (filters.length === 0 || candidates.length === 0) return candidates.slice();
    const where = this.#where(filters);
    let allowed: Set<number>;
    if (candidates.length <= JOIN_CANDIDATES_UP_TO) {
      const rows = this.#db
        // CROSS JOIN keeps the candidates as the outer loop; SQLite otherwise may scan them once per clipping.
        .prepare(`SELECT c.id FROM json_each(?) j CROSS JOIN clippings c ON c.id = j.value WHERE ${where.sql}`)
        .all(JSON.stringify(candidates), ...where.params) as { id: number }[];
      allowed = new Set(rows.map((r) => r.id));
    } else {
      allowed = new Set(this.filteredIds(filters, () => candidates));
    }
    return candidates.filter((id) => allowed.has(id));
  }

  /** Distinct stored sources or author names, to match what a person typed against. */
  distinctNames(kind: 'source' | 'author'): string[] {
    const sql = kind === 'source' ? 'SELECT DISTINCT source AS name FROM clippings WHERE source IS NOT NULL' : 'SELECT DISTINCT name FROM authors';
    return (this.#db.prepare(sql).all() as { name: string }[]).map((r) => r.name);
  }

  /**
   * The texts (title, subtitle, each paragraph, caption and bio) of the given clippings in which a
   * phrase could be, for checking it: with `word` (letters and digits of the phrase's first word,
   * in ASCII) only those holding it, found by SQLite's LIKE (case-insensitive for ASCII), so the
   * thousands of paragraphs without it are never copied out of the database.
   */
  phraseTexts(ids: readonly number[], word: string | null): Map<number, string[]> {
    const out = new Map<number, string[]>();
    if (ids.length === 0) return out;
    const json = JSON.stringify(ids);
    const like = word && /^[A-Za-z0-9]+$/.test(word) ? `%${word}%` : null;
    const add = (id: number, text: string | null): void => {
      if (!text) return;
      const list = out.get(id);
      if (list) list.push(text);
      else out.set(id, [text]);
    };
    const heads = this.#db.prepare(
      `SELECT c.id, c.title, c.subtitle FROM json_each(?) j CROSS JOIN clippings c ON c.id = j.value ${like ? 'WHERE c.title LIKE ?2 OR c.subtitle LIKE ?2' : ''}`,
    );
    heads.setReturnArrays(true);
    for (const [id, title, subtitle] of heads.all(...(like ? [json, like] : [json])) as unknown as [number, string, string | null][]) {
      add(id, title);
      add(id, subtitle);
    }
    const parts = this.#db.prepare(
      `SELECT p.clipping_id, p.label, p.text FROM json_each(?) j CROSS JOIN parts p ON p.clipping_id = j.value ${like ? "WHERE p.text LIKE ?2 OR coalesce(p.label, '') LIKE ?2" : ''}`,
    );
    parts.setReturnArrays(true);
    for (const [id, label, text] of parts.all(...(like ? [json, like] : [json])) as unknown as [number, string | null, string][]) {
      add(id, label ? `${label} ${text}` : text);
    }
    return out;
  }

  /** Counts that change whenever facet rows change other than by clippings added at the end. */
  fingerprint(): FacetFingerprint {
    const one = (sql: string): number[] => {
      const statement = this.#db.prepare(sql);
      statement.setReturnArrays(true);
      return (statement.get() as unknown as (number | null)[]).map((v) => Number(v ?? 0));
    };
    const [clippings, maxId] = one(`SELECT count(*), max(c.id) FROM clippings c WHERE ${this.#live}`);
    const [tagLinks, maxTagRow] = one('SELECT count(*), max(rowid) FROM clipping_tags');
    const [authors] = one('SELECT count(*) FROM authors');
    const [tagNames] = one("SELECT total(id * (length(name) + unicode(name) + unicode(substr(name, -1)))) FROM tags");
    // Moved by a trigger (migration 7) whenever one of those columns is updated in place.
    const [columns] = one("SELECT coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'facet_columns'), 0)");
    return { clippings: clippings!, maxId: maxId!, tagLinks: tagLinks!, maxTagRow: maxTagRow!, authors: authors!, tagNames: tagNames!, columns: columns! };
  }

  /** True when every tag link added after `maxTagRow` belongs to a clipping after `maxId` (nothing older was re-tagged). */
  onlyNewClippingsTagged(maxTagRow: number, maxId: number): boolean {
    return (this.#db.prepare('SELECT count(*) AS n FROM clipping_tags WHERE rowid > ? AND clipping_id <= ?').get(maxTagRow, maxId) as { n: number }).n === 0;
  }

  /** The store revision, so cached rows know when they are stale. */
  revision(): number {
    return Number((this.#db.prepare("SELECT value FROM meta WHERE key = 'revision'").get() as { value: string }).value);
  }

  /** Every (clipping id, tag name) pair, for the facet table's tag column alone. */
  facetTags(): [number, string][] {
    const tagNames = new Map((this.#db.prepare('SELECT id, name FROM tags').all() as { id: number; name: string }[]).map((t) => [t.id, t.name]));
    const links = this.#db.prepare('SELECT clipping_id, tag_id FROM clipping_tags');
    links.setReturnArrays(true);
    return (links.all() as unknown as [number, number][]).map(([id, tag]) => [id, tagNames.get(tag) ?? ''] as [number, string]);
  }

  /** The facet rows of every live clipping, or of those after `afterId` only. */
  facetRows(afterId = 0): FacetRows {
    const db = this.#db;
    // Only what facets count and sort by (the day of the date), and tag ids rather than a join for names: at
    // 100,000 clippings every column and row here is paid for at the first search after a start.
    const clippings = db.prepare(`SELECT c.id, c.source, c.language, substr(c.published_at, 1, 10), c.near_key FROM clippings c WHERE c.id > ? AND ${this.#live} ORDER BY c.id`);
    clippings.setReturnArrays(true);
    const rows = clippings.all(afterId) as unknown as [number, string | null, string | null, string | null, string | null][];
    const tagNames = new Map((db.prepare('SELECT id, name FROM tags').all() as { id: number; name: string }[]).map((t) => [t.id, t.name]));
    const tags = db.prepare('SELECT clipping_id, tag_id FROM clipping_tags WHERE clipping_id > ?');
    tags.setReturnArrays(true);
    const authors = db.prepare('SELECT clipping_id, name FROM authors WHERE clipping_id > ?');
    authors.setReturnArrays(true);
    return {
      ids: Int32Array.from(rows, (r) => r[0]),
      source: rows.map((r) => r[1]),
      language: rows.map((r) => r[2]),
      publishedAt: rows.map((r) => r[3]),
      nearKey: rows.map((r) => r[4] ?? ''),
      tags: (tags.all(afterId) as unknown as [number, number][]).map(([id, tag]) => [id, tagNames.get(tag) ?? ''] as [number, string]),
      authors: authors.all(afterId) as unknown as [number, string][],
    };
  }
}
