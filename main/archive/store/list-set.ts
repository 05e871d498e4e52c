/**
 * A filtered view of the library as a set of clipping ids, made once per filters and store
 * revision into a temp table: the count is its size, and every page (the first included) reads
 * from it instead of finding the clippings again (before, a view of 44,000 under one tag built
 * the same set twice for its first page: once to count, once to page).
 *
 * The view is read off covering indexes (a tag's links, an author, a source), less the Trash,
 * checked against the clipping's row for a language or date range (viewParts).
 */
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { ListFilters, SortOrder } from '../../../preload/api/index.ts';
import { orderBy, type SqlFilter } from './list-query.ts';
import { tagSubtreeCondition } from './tag-tree.ts';

/** The views kept at once: the current one, the one Back returns to, and a few more. */
const KEPT_SETS = 4;
/** Temp table names are unique in the process, so two ListSets on one connection never meet. */
let tablesMade = 0;
/** Index steps of a walk along the sort order that cost what looking up and sorting one member does. */
const WALK_STEPS_PER_MEMBER = 4;

/** Ids (as `id`) of clippings carrying any of the tags or a tag below one, trashed or not. */
function tagMembers(tags: string[]): SqlFilter {
  const subtrees = tags.map((tag) => tagSubtreeCondition('t.name', tag));
  return {
    where: `SELECT ct.clipping_id AS id FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ${subtrees.map((s) => s.where).join(' OR ')}`,
    params: subtrees.flatMap((s) => s.params),
  };
}

/** The clipping `c` carries any of the tags or a tag below one: its own few links looked at. */
function tagCheck(tags: string[]): SqlFilter {
  const subtrees = tags.map((tag) => tagSubtreeCondition('t.name', tag));
  return {
    where: `EXISTS (SELECT 1 FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.clipping_id = c.id AND (${subtrees.map((s) => s.where).join(' OR ')}))`,
    params: subtrees.flatMap((s) => s.params),
  };
}

/**
 * What narrows a view: sets of ids read off an index (an author's, a source's, a tag's, a
 * language's, a date range's), and checks of a clipping's own row and links. Under an author or
 * a source (a few thousand at most) a tag, language or date range is checked clipping by clipping,
 * not read whole (it may span most of the archive); under a large tag (44,000) reading their
 * indexes is the cheaper.
 */
export interface ViewParts {
  /** SELECTs of `id`, trashed clippings included, the likely smallest first. */
  sets: SqlFilter[];
  /** Conditions over the clipping's row, `c`. */
  checks: SqlFilter[];
}

function viewParts(filters: ListFilters): ViewParts {
  const sets: SqlFilter[] = [];
  const checks: SqlFilter[] = [];
  if (filters.author) sets.push({ where: 'SELECT clipping_id AS id FROM authors WHERE name = ? COLLATE NOCASE', params: [filters.author] });
  if (filters.source) sets.push({ where: 'SELECT id FROM clippings WHERE source = ? COLLATE NOCASE', params: [filters.source] });
  const checkRows = sets.length > 0;
  const byTags = (group: string[]): void => {
    if (checkRows) checks.push(tagCheck(group));
    else sets.push(tagMembers(group));
  };
  if (filters.tag) byTags([filters.tag]);
  const tags = (filters.tags ?? []).filter((t) => t.trim());
  if (tags.length > 0 && filters.tagMatch === 'any') byTags(tags);
  else for (const tag of tags) byTags([tag]);
  if (filters.language) {
    if (checkRows) checks.push({ where: 'c.language = ? COLLATE NOCASE', params: [filters.language] });
    else sets.push({ where: 'SELECT id FROM clippings WHERE language = ? COLLATE NOCASE', params: [filters.language] });
  }
  // "2014-11" as an upper bound includes every day of November: '~' sorts after any ISO character.
  const bounds: [string, string][] = [];
  if (filters.from) bounds.push(['published_at >= ?', filters.from]);
  if (filters.to) bounds.push(['published_at <= ?', `${filters.to}~`]);
  if (bounds.length > 0) {
    const params = bounds.map(([, p]) => p);
    if (checkRows) checks.push({ where: bounds.map(([w]) => `c.${w}`).join(' AND '), params });
    else sets.push({ where: `SELECT id FROM clippings WHERE ${bounds.map(([w]) => w).join(' AND ')}`, params });
  }
  return { sets, checks };
}

/** The clippings in every set that pass every check, outside the Trash unless `trashed: 'included'`, as `SELECT m.id ...` (duplicates possible: a clipping under two child tags). */
function viewMembers({ sets, checks }: ViewParts, options: { trashed?: 'excluded' | 'included' } = {}): SqlFilter {
  const [first, ...rest] = sets;
  if (!first) throw new Error('A view needs at least one filter to be a set.');
  const join = checks.length > 0 ? ' JOIN clippings c ON c.id = m.id' : '';
  const conditions = [
    ...(options.trashed === 'included' ? [] : ['m.id NOT IN (SELECT id FROM clippings WHERE trashed_at IS NOT NULL)']),
    ...rest.map((s) => `m.id IN (${s.where})`),
    ...checks.map((c) => c.where),
  ];
  return {
    where: `SELECT m.id FROM (${first.where}) AS m${join}${conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : ''}`,
    params: [...sets.flatMap((s) => s.params), ...checks.flatMap((c) => c.params)],
  };
}

/** How many clippings are outside the Trash: two index counts, not a scan of every row. */
function liveCount(db: DatabaseSync): number {
  const row = db.prepare('SELECT (SELECT count(*) FROM clippings) - (SELECT count(*) FROM clippings WHERE trashed_at IS NOT NULL) AS n').get() as { n: number };
  return row.n;
}

/** How many live clippings the filters find, without keeping the set (saved searches' counts). */
export function countListed(db: DatabaseSync, filters: ListFilters): number {
  const parts = viewParts(filters);
  if (parts.sets.length === 0) return liveCount(db);
  const members = viewMembers(parts);
  return (db.prepare(`SELECT count(DISTINCT id) AS n FROM (${members.where})`).get(...members.params) as { n: number }).n;
}

interface KeptSet {
  table: string;
  size: number;
}

export interface ListedPage {
  total: number;
  ids: number[];
}

/** The sets of recent views at one store revision, each a temp table of ids; all dropped when the revision moves. */
export class ListSets {
  readonly #db: DatabaseSync;
  #revision = -1;
  #live = -1;
  /** Most recently used last. */
  readonly #sets = new Map<string, KeptSet>();

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  /** A page of the view, and how many clippings it holds; `how` forces a way to page a set (tests). */
  page(revision: number, filters: ListFilters, sort: SortOrder | undefined, limit: number, offset: number, how?: 'walk' | 'sort'): ListedPage {
    const set = this.#set(revision, filters);
    if (!set) {
      const ids = this.#db
        .prepare(`SELECT c.id FROM clippings c WHERE c.trashed_at IS NULL ORDER BY ${orderBy(sort)} LIMIT ? OFFSET ?`)
        .all(limit, offset) as { id: number }[];
      return { total: this.#liveCount(), ids: ids.map((r) => r.id) };
    }
    if (offset >= set.size || limit <= 0) return { total: set.size, ids: [] };
    // Walking the sort order's index finds the page after about (offset + limit) * live / size
    // steps (at most all live ones); looking up and sorting the set costs about four steps a
    // member (measured at 100,000). Take the cheaper: a large tag walks, an author sorts.
    const live = this.#liveCount();
    const walk = how ? how === 'walk' : Math.min(live, ((offset + limit) * live) / set.size) < WALK_STEPS_PER_MEMBER * set.size;
    const sql = walk
      ? `SELECT c.id FROM clippings c WHERE c.trashed_at IS NULL AND +c.id IN (SELECT id FROM temp.${set.table}) ORDER BY ${orderBy(sort)} LIMIT ? OFFSET ?`
      : `SELECT c.id FROM temp.${set.table} s CROSS JOIN clippings c ON c.id = s.id ORDER BY ${orderBy(sort)} LIMIT ? OFFSET ?`;
    const rows = this.#db.prepare(sql).all(limit, offset) as { id: number }[];
    return { total: set.size, ids: rows.map((r) => r.id) };
  }

  #forget(revision: number): void {
    if (revision === this.#revision) return;
    for (const set of this.#sets.values()) this.#db.exec(`DROP TABLE IF EXISTS temp.${set.table}`);
    this.#sets.clear();
    this.#revision = revision;
    this.#live = -1;
  }

  #liveCount(): number {
    if (this.#live < 0) this.#live = liveCount(this.#db);
    return this.#live;
  }

  #set(revision: number, filters: ListFilters): KeptSet | null {
    this.#forget(revision);
    const parts = viewParts(filters);
    if (parts.sets.length === 0) return null;
    const members = viewMembers(parts, { trashed: 'included' });
    const key = JSON.stringify([members.where, members.params]);
    const kept = this.#sets.get(key);
    if (kept) {
      this.#sets.delete(key);
      this.#sets.set(key, kept);
      return kept;
    }
    if (this.#sets.size >= KEPT_SETS) {
      const [oldestKey, oldest] = this.#sets.entries().next().value as [string, KeptSet];
      this.#db.exec(`DROP TABLE IF EXISTS temp.${oldest.table}`);
      this.#sets.delete(oldestKey);
    }
    const table = `list_set_${tablesMade++}`;
    this.#db.exec(`CREATE TEMP TABLE ${table} (id INTEGER PRIMARY KEY)`);
    const params: SQLInputValue[] = members.params;
    const inserted = Number(this.#db.prepare(`INSERT OR IGNORE INTO temp.${table} (id) ${members.where}`).run(...params).changes);
    // The Trash taken out afterwards: a few deletes, not a check of each of 44,000 members.
    const trashed = Number(this.#db.prepare(`DELETE FROM temp.${table} WHERE id IN (SELECT id FROM clippings WHERE trashed_at IS NOT NULL)`).run().changes);
    const size = inserted - trashed;
    const set = { table, size };
    this.#sets.set(key, set);
    return set;
  }
}
