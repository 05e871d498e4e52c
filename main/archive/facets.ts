/**
 * Facet counts and near-duplicate keys for whole result sets, counted in memory. A GROUP BY over
 * 100,000 matched ids costs SQLite about a second (measured: 0.5 s for tags alone); the same
 * counts over compact columns take a few milliseconds. The table is loaded from the store once;
 * when the store's revision moves it takes in only the clippings added at the end if that is all
 * that changed (an import), and reloads otherwise (facet-cache.ts).
 */
import type { FacetCount, SearchFacets } from '../../preload/api/index.ts';
import type { FacetRows } from './store/search-tables.ts';

/** Values listed per facet (years and languages are all listed). */
const FACET_SIZE = 12;

class Dictionary {
  readonly values: string[] = [];
  readonly #index = new Map<string, number>();

  id(value: string | null): number {
    if (value === null || value === '') return -1;
    let id = this.#index.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.#index.set(value, id);
    }
    return id;
  }
}

/** Many values per row (tags, authors) as one flat list with row offsets; rows are only appended. */
class MultiColumn {
  readonly dictionary = new Dictionary();
  readonly start: number[] = [0];
  readonly values: number[] = [];

  /** Adds rows `firstRow`.. (`rowCount` of them) from (clipping id, value) pairs in any order. */
  append(firstRow: number, rowCount: number, pairs: readonly [number, string][], rowOf: (id: number) => number): void {
    // A counting sort into the flat list: no array per row (100,000 of them would feed the GC).
    const rows = new Int32Array(pairs.length);
    const perRow = new Int32Array(rowCount + 1);
    pairs.forEach(([id], i) => {
      const row = rowOf(id) - firstRow;
      rows[i] = row >= 0 && row < rowCount ? row : -1;
      if (rows[i]! >= 0) perRow[row + 1]! += 1;
    });
    for (let r = 1; r <= rowCount; r++) perRow[r]! += perRow[r - 1]!;
    const base = this.values.length;
    const added = new Int32Array(perRow[rowCount]!);
    const fill = perRow.slice(0, rowCount);
    pairs.forEach(([, name], i) => {
      const row = rows[i]!;
      if (row >= 0) added[fill[row]!++] = this.dictionary.id(name);
    });
    for (const v of added) this.values.push(v);
    for (let r = 1; r <= rowCount; r++) this.start.push(base + perRow[r]!);
  }
}

/** The `size` values counted most often, ties by name: one pass, a name compared only on a tie. */
function top(counts: Int32Array, values: readonly string[], size: number): FacetCount[] {
  const before = (a: number, b: number): boolean => counts[a]! > counts[b]! || (counts[a] === counts[b] && values[a]!.localeCompare(values[b]!) < 0);
  const best: number[] = [];
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    if (c === 0) continue;
    if (best.length >= size) {
      const last = best[best.length - 1]!;
      if (c < counts[last]! || !before(i, last)) continue;
      best.pop();
    }
    let at = best.length;
    while (at > 0 && before(i, best[at - 1]!)) at--;
    best.splice(at, 0, i);
  }
  return best.map((i) => ({ value: values[i]!, count: counts[i]! }));
}

export class FacetTable {
  #rowOf = new Int32Array(0);
  readonly #sources = new Dictionary();
  readonly #languages = new Dictionary();
  readonly #years = new Dictionary();
  readonly #source: number[] = [];
  readonly #language: number[] = [];
  readonly #year: number[] = [];
  /** The published day as yyyymmdd (0 when undated), for newest-first lists without SQL sorting. */
  readonly #day: number[] = [];
  /** Near-duplicate keys as small numbers (-1: none), so grouping 100,000 hits needs no Map. */
  readonly #nearKeys = new Dictionary();
  readonly #group: number[] = [];
  #tags = new MultiColumn();
  readonly #authors = new MultiColumn();

  constructor(rows: FacetRows) {
    this.append(rows);
  }

  get size(): number {
    return this.#source.length;
  }

  /** Takes in clippings whose ids are all above those already held. */
  append(rows: FacetRows): void {
    const first = this.size;
    const n = rows.ids.length;
    if (n === 0) return;
    const maxId = rows.ids[n - 1]!;
    if (maxId >= this.#rowOf.length) {
      const grown = new Int32Array(Math.max(maxId + 1, Math.ceil(this.#rowOf.length * 1.5))).fill(-1);
      grown.set(this.#rowOf);
      this.#rowOf = grown;
    }
    for (let i = 0; i < n; i++) {
      this.#rowOf[rows.ids[i]!] = first + i;
      this.#source.push(this.#sources.id(rows.source[i]!));
      this.#language.push(this.#languages.id(rows.language[i]!));
      const published = rows.publishedAt[i];
      this.#year.push(this.#years.id(published && /^\d{4}/.test(published) ? published.slice(0, 4) : null));
      const day = published ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(published) : null;
      this.#day.push(day ? Number(day[1]) * 10_000 + Number(day[2] ?? 0) * 100 + Number(day[3] ?? 0) : 0);
      this.#group.push(this.#nearKeys.id(rows.nearKey[i] ?? ''));
    }
    const rowOf = (id: number): number => this.#row(id);
    this.#tags.append(first, n, rows.tags, rowOf);
    this.#authors.append(first, n, rows.authors, rowOf);
  }

  #row(id: number): number {
    return id >= 0 && id < this.#rowOf.length ? this.#rowOf[id]! : -1;
  }

  /** Takes in every clipping's tags again, the other columns unchanged (tags were edited, nothing else). */
  replaceTags(pairs: readonly [number, string][]): void {
    this.#tags = new MultiColumn();
    this.#tags.append(0, this.size, pairs, (id) => this.#row(id));
    this.#packed = null;
  }

  /** The near-duplicate group of each clipping by id, below groupCount; -1 when it has none or is unknown. */
  groupsById(): Int32Array {
    return this.#packedColumns().groupById;
  }

  get groupCount(): number {
    return this.#nearKeys.values.length;
  }

  /** Every clipping the table holds (the live ones), by id. */
  allIds(): number[] {
    const out: number[] = [];
    for (let id = 0; id < this.#rowOf.length; id++) if (this.#rowOf[id]! >= 0) out.push(id);
    return out;
  }

  /** The clippings newest published first (undated last), the later id first on the same day. */
  newestFirst(ids: readonly number[]): number[] {
    const day = (id: number): number => {
      const row = this.#row(id);
      return row < 0 ? 0 : this.#day[row]!;
    };
    const keyed = new Float64Array(ids.length);
    // One exact number per clipping (day, then id, below 2^53 for ids under 10^8) sorts as a typed array.
    for (let i = 0; i < ids.length; i++) keyed[i] = day(ids[i]!) * 1e8 + ids[i]!;
    keyed.sort();
    const out = new Array<number>(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = keyed[ids.length - 1 - i]! % 1e8;
    return out;
  }

  /** Counts over the given clippings: each clipping counted once per value it has. */
  count(ids: ArrayLike<number>): SearchFacets {
    const packed = this.#packedColumns();
    const sources = new Int32Array(this.#sources.values.length);
    const languages = new Int32Array(this.#languages.values.length);
    const years = new Int32Array(this.#years.values.length);
    const tags = new Int32Array(this.#tags.dictionary.values.length);
    const authors = new Int32Array(this.#authors.dictionary.values.length);
    const { byId, tagValues, authorValues, idLimit } = packed;
    const countId = (id: number): void => {
      const at = id * STRIDE;
      const s = byId[at]!;
      if (s === ABSENT) return;
      if (s >= 0) sources[s]! += 1;
      const l = byId[at + 1]!;
      if (l >= 0) languages[l]! += 1;
      const y = byId[at + 2]!;
      if (y >= 0) years[y]! += 1;
      for (let k = byId[at + 3]!, stop = byId[at + 4]!; k < stop; k++) tags[tagValues[k]!]! += 1;
      for (let k = byId[at + 5]!, stop = byId[at + 6]!; k < stop; k++) authors[authorValues[k]!]! += 1;
    };
    if (ids.length * 16 < idLimit) {
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (id >= 0 && id < idLimit) countId(id);
      }
    } else {
      // Hits come best first, in no order of id: reading the columns at random missed the cache
      // for every hit. Marking them and reading the columns in id order is three times faster.
      const marked = this.#marks.length >= idLimit ? this.#marks : (this.#marks = new Uint8Array(idLimit));
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (id >= 0 && id < idLimit) marked[id] = 1;
      }
      for (let id = 0; id < idLimit; id++) {
        if (!marked[id]) continue;
        marked[id] = 0;
        countId(id);
      }
    }
    return {
      tags: top(tags, this.#tags.dictionary.values, FACET_SIZE),
      sources: top(sources, this.#sources.values, FACET_SIZE),
      authors: top(authors, this.#authors.dictionary.values, FACET_SIZE),
      years: top(years, this.#years.values, Infinity).sort((a, b) => b.value.localeCompare(a.value)),
      languages: top(languages, this.#languages.values, Infinity),
    };
  }

  #packed: PackedColumns | null = null;
  /** Scratch marks by id for count (left all zero after each use). */
  #marks = new Uint8Array(0);

  /** The columns as one typed array by id, made again after an append. */
  #packedColumns(): PackedColumns {
    if (this.#packed && this.#packed.size === this.size) return this.#packed;
    const idLimit = this.#rowOf.length;
    const byId = new Int32Array(idLimit * STRIDE).fill(ABSENT);
    const groupById = new Int32Array(idLimit).fill(-1);
    for (let id = 0; id < idLimit; id++) {
      const row = this.#rowOf[id]!;
      if (row < 0) continue;
      groupById[id] = this.#group[row]!;
      const at = id * STRIDE;
      byId[at] = this.#source[row]!;
      byId[at + 1] = this.#language[row]!;
      byId[at + 2] = this.#year[row]!;
      byId[at + 3] = this.#tags.start[row]!;
      byId[at + 4] = this.#tags.start[row + 1]!;
      byId[at + 5] = this.#authors.start[row]!;
      byId[at + 6] = this.#authors.start[row + 1]!;
    }
    this.#packed = { size: this.size, idLimit, byId, groupById, tagValues: Int32Array.from(this.#tags.values), authorValues: Int32Array.from(this.#authors.values) };
    return this.#packed;
  }
}

/** Per id: source, language, year, tags start and end, authors start and end. */
const STRIDE = 7;
/** In the source slot of an id the table does not hold (-1 means "no source"). */
const ABSENT = -2;

interface PackedColumns {
  size: number;
  idLimit: number;
  byId: Int32Array;
  groupById: Int32Array;
  tagValues: Int32Array;
  authorValues: Int32Array;
}
