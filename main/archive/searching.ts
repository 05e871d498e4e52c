/**
 * Search as the archive answers it: the query language read (search/query/), free text answered
 * by Lunr, structured filters by SQLite, the two intersected, phrases checked in the stored text;
 * then facets for the whole result set, near-duplicates folded into one hit, and snippets only
 * for the page shown.
 */
import type { DuplicateRef, MoreLikeThisQuery, Result, SearchHit, SearchQuery, SearchResults, SnippetPart } from '../../preload/api/index.ts';
import type { ArchiveStore } from './store/store.ts';
import type { SearchTables, StoreFilter } from './store/search-tables.ts';
import { makeSnippet, RankedHits, type SearchHitRef, type SearchIndex } from './search/index.ts';
import { firstPhraseWord, textHasPhrase } from './search/query/phrases.ts';
import { matchNames } from './search/query/names.ts';
import { parseSearchQuery, type QueryFilter, type QueryPhrase } from './search/query/parse.ts';
import { plainWords } from './search/query/lunr-syntax.ts';
import { FacetCache } from './facet-cache.ts';
import { moreLikeThisText } from './more-like-this.ts';
import { fail, ok } from './result.ts';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 500;
/** Phrase candidates read from the store at a time. */
const PHRASE_CHUNK = 2_000;

interface Page {
  offset?: number | undefined;
  limit?: number | undefined;
  group?: boolean | undefined;
}

/** Hits folded into stories, without an object per hit (a broad query matches 100,000). */
export interface Grouped {
  /** Positions in the ranked hits of each story's best copy, in rank order; `count` of them are used. */
  heads: Int32Array;
  count: number;
  /** By head position: the ids of the other copies that matched, best first (only stories with copies). */
  members: Map<number, number[]>;
}

export class ArchiveSearch {
  readonly #store: ArchiveStore;
  readonly #index: SearchIndex;
  readonly #tables: SearchTables;
  readonly #facets: FacetCache;
  #names: { revision: number; source: string[]; author: string[] } | null = null;

  /** `facets`: a cache already loaded (the archive loads it while the index opens); made here otherwise. */
  constructor(store: ArchiveStore, index: SearchIndex, facets?: FacetCache) {
    this.#store = store;
    this.#index = index;
    this.#tables = store.searchTables();
    this.#facets = facets ?? new FacetCache(this.#tables);
  }

  search(query: SearchQuery): Result<SearchResults> {
    const matched = this.#ranked(query.text, query.tag);
    return ok({ ...this.#results(matched.ranked, query), ...matched.said });
  }

  /**
   * Every clipping the query finds, best first, with the index terms each matched (for
   * highlighting), ungrouped and without facets or snippets: what a dossier made from a search
   * needs. `said` holds the note and interpretation to pass on.
   */
  matches(text: string, tag?: string): { hits: SearchHitRef[]; said: Pick<SearchResults, 'note' | 'interpretedAs'> } {
    const matched = this.#ranked(text, tag);
    return { hits: matched.ranked.refs(), said: matched.said };
  }

  #ranked(text: string, tag?: string): { ranked: RankedHits; said: Pick<SearchResults, 'note' | 'interpretedAs'> } {
    const parsed = parseSearchQuery(text);
    if (tag) parsed.filters.push({ kind: 'tag', value: tag, negated: false });
    const notes = [...parsed.notes];
    const answer = (ranked: RankedHits) => ({
      ranked,
      said: { ...(parsed.interpretedAs ? { interpretedAs: parsed.interpretedAs } : {}), ...(notes.length ? { note: notes.join(' ') } : {}) },
    });
    let exclude: number | null = null;
    if (parsed.like !== null) {
      const like = this.#likeText(parsed.like);
      if (like === null) {
        notes.push(`There is no clipping ${parsed.like} to find others like.`);
        return answer(RankedHits.empty);
      }
      exclude = parsed.like;
      parsed.lunr = [like, parsed.lunr].filter(Boolean).join(' ');
    }
    if (!parsed.lunr && parsed.filters.length === 0) {
      if (parsed.phrases.length > 0) notes.push('A phrase of only common words (or one to leave out) needs another word or a filter to search with.');
      return answer(RankedHits.empty);
    }
    const filters = this.#storeFilters(parsed.filters, notes);
    if (filters === null) return answer(RankedHits.empty);
    let ranked: RankedHits;
    if (parsed.lunr) {
      ranked = this.#lunr(parsed.lunr, notes);
      if (exclude !== null) ranked = ranked.keep((id) => id !== exclude);
      if (filters.length > 0) {
        const kept = new Set(this.#tables.filterCandidates(Array.from(ranked.ids), filters));
        ranked = ranked.keep((id) => kept.has(id));
      }
    } else {
      // Only filters: the matching clippings, newest first.
      const table = this.#facets.current();
      ranked = RankedHits.unscored(table.newestFirst(this.#tables.filteredIds(filters, () => table.allIds())));
    }
    if (parsed.phrases.length > 0) ranked = this.#withPhrases(ranked, parsed.phrases);
    return answer(ranked);
  }

  moreLikeThis(id: number, query: MoreLikeThisQuery = {}): Result<SearchResults> {
    const lunrText = this.#likeText(id);
    if (lunrText === null) return fail('not-found', `There is no clipping ${id} in this archive.`);
    if (!lunrText) return ok({ total: 0, hits: [], note: 'This clipping has too few words to find others like it.' });
    const ranked = this.#lunr(lunrText, []).keep((hit) => hit !== id);
    return ok({ ...this.#results(ranked, query), interpretedAs: lunrText });
  }

  /** The Lunr query for "more like" a clipping ('' when it has no usable words), or null when there is no such clipping. */
  #likeText(id: number): string | null {
    const [text] = this.#store.texts([id]);
    if (!text) return null;
    return moreLikeThisText(text, (term) => this.#lunr(`+${term}`, []).length, this.#facets.current().size);
  }

  /** Lunr's hits, best first; text Lunr still rejects is searched as plain words, with a note. */
  #lunr(text: string, notes: string[]): RankedHits {
    const outcome = this.#index.searchRanked(text);
    if (outcome.ok) return outcome.ranked;
    const plain = plainWords(text).join(' ');
    notes.push(`The search engine could not read the query (${outcome.message}), so it was searched as plain words.`);
    const retry = plain ? this.#index.searchRanked(plain) : null;
    return retry?.ok ? retry.ranked : RankedHits.empty;
  }

  /** Filters in the store's terms: names resolved to those the archive holds. Null when one can match nothing. */
  #storeFilters(filters: readonly QueryFilter[], notes: string[]): StoreFilter[] | null {
    const out: StoreFilter[] = [];
    for (const filter of filters) {
      if (filter.kind === 'date') {
        out.push(filter);
        continue;
      }
      const alternatives = filter.values ?? [filter.value];
      if (filter.kind === 'source' || filter.kind === 'author') {
        const known = this.#knownNames(filter.kind);
        const values = [...new Set(alternatives.flatMap((v) => matchNames(v, known)))];
        if (values.length === 0) {
          if (filter.negated) continue;
          notes.push(`No ${filter.kind === 'source' ? 'source' : 'author'} in this archive is called “${filter.value}”.`);
          return null;
        }
        out.push({ kind: filter.kind, values, negated: filter.negated });
        continue;
      }
      out.push({ kind: filter.kind, values: alternatives, negated: filter.negated });
    }
    return out;
  }

  #knownNames(kind: 'source' | 'author'): string[] {
    const revision = this.#tables.revision();
    if (this.#names?.revision !== revision) {
      this.#names = { revision, source: this.#tables.distinctNames('source'), author: this.#tables.distinctNames('author') };
    }
    return this.#names[kind];
  }

  /**
   * Keeps the candidates whose stored text has every wanted phrase and none of the unwanted ones.
   * A phrase is looked for within one text (title, a paragraph, a caption), read only where its
   * first word occurs.
   */
  #withPhrases(ranked: RankedHits, phrases: readonly QueryPhrase[]): RankedHits {
    const kept = new Set<number>();
    for (let i = 0; i < ranked.length; i += PHRASE_CHUNK) {
      const ids = Array.from(ranked.ids.subarray(i, i + PHRASE_CHUNK));
      const holding = phrases.map((phrase) => {
        const found = new Set<number>();
        for (const [id, texts] of this.#tables.phraseTexts(ids, firstPhraseWord(phrase.text))) {
          if (texts.some((text) => textHasPhrase(text, phrase.text))) found.add(id);
        }
        return found;
      });
      for (const id of ids) if (phrases.every((p, k) => holding[k]!.has(id) !== p.negated)) kept.add(id);
    }
    return ranked.keep((id) => kept.has(id));
  }

  #results(ranked: RankedHits, page: Page): SearchResults {
    const table = this.#facets.current();
    const facets = table.count(ranked.ids);
    const grouped = page.group === false ? ungrouped(ranked.length) : groupNearDuplicates(ranked.ids, table.groupsById(), table.groupCount);
    const offset = Math.max(0, page.offset ?? 0);
    const limit = Math.min(MAX_PAGE, Math.max(1, page.limit ?? DEFAULT_PAGE));
    const shown = Array.from(grouped.heads.subarray(Math.min(offset, grouped.count), Math.min(offset + limit, grouped.count)), (at) => ({
      hit: ranked.refAt(at),
      members: grouped.members.get(at) ?? null,
    }));
    const ids = shown.flatMap((g) => [g.hit.id, ...(g.members ?? [])]);
    const summaries = this.#store.summaries(ids);
    const texts = new Map(this.#store.texts(shown.map((g) => g.hit.id)).map((t) => [t.id, t]));
    const hits: SearchHit[] = [];
    for (const { hit: ref, members } of shown) {
      const summary = summaries.get(ref.id);
      const fields = texts.get(ref.id);
      if (!summary || !fields) continue; // removed since the index was read
      const snippet = ref.terms.length ? snippetOf([fields.body, fields.captions, fields.bio, fields.title], ref.terms) : [];
      const duplicates: DuplicateRef[] = (members ?? []).flatMap((id) => {
        const s = summaries.get(id);
        return s ? [{ id, title: s.title, source: s.source, publishedAt: s.publishedAt }] : [];
      });
      hits.push({ ...summary, score: ref.score, snippet, ...(duplicates.length ? { duplicates } : {}) });
    }
    return { total: grouped.count, hits, facets, ...(ranked.length !== grouped.count ? { clippings: ranked.length } : {}) };
  }
}

/** Characters kept around the first likely match: a snippet needs a window, not 600 words to stem. */
const SNIPPET_REACH = 600;

/**
 * The part of a long text around the first place one of the (stemmed) terms appears as a word
 * start; the whole text when none does (a stem need not be a prefix of its word: "happi").
 */
function nearFirstMatch(text: string, terms: readonly string[]): string {
  if (text.length <= SNIPPET_REACH * 2) return text;
  const lower = text.toLowerCase();
  let first = -1;
  for (const term of terms) {
    for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) {
      if (at === 0 || /[^\p{L}\p{N}]/u.test(lower[at - 1]!)) {
        if (first === -1 || at < first) first = at;
        break;
      }
    }
  }
  if (first === -1) return text;
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, first - SNIPPET_REACH / 2)));
  return text.slice(start, start + SNIPPET_REACH * 2);
}

/** The snippet of the first field (body, captions, bio, title) where a matched word shows; else the body's opening. */
function snippetOf(fields: readonly string[], terms: readonly string[]): SnippetPart[] {
  for (const field of fields) {
    if (!field) continue;
    const parts = makeSnippet(nearFirstMatch(field, terms), terms);
    if (parts.some((p) => p.mark)) return parts;
  }
  return makeSnippet(fields[0] ?? '', terms);
}

function ungrouped(n: number): Grouped {
  const heads = new Int32Array(n);
  for (let i = 0; i < n; i++) heads[i] = i;
  return { heads, count: n, members: new Map() };
}

/**
 * One hit per story: the best-ranked copy stands for the rest of its near-duplicates. `groupById`:
 * group numbers below `groupCount` by clipping id, -1 for none (ids beyond it have none).
 */
function groupNearDuplicates(ranked: ArrayLike<number>, groupById: Int32Array, groupCount: number): Grouped {
  const heads = new Int32Array(ranked.length);
  const members = new Map<number, number[]>();
  const headOf = new Int32Array(groupCount).fill(-1);
  let count = 0;
  for (let i = 0; i < ranked.length; i++) {
    const id = ranked[i]!;
    const key = id >= 0 && id < groupById.length ? groupById[id]! : -1;
    if (key >= 0) {
      const head = headOf[key]!;
      if (head >= 0) {
        const list = members.get(head);
        if (list) list.push(id);
        else members.set(head, [id]);
        continue;
      }
      headOf[key] = i;
    }
    heads[count++] = i;
  }
  return { heads, count, members };
}
