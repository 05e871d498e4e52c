/**
 * The searchable state on the main thread: one large base index plus small segments, one per
 * change, so a new clipping is searchable as soon as its own tiny index is built (milliseconds),
 * whatever the archive's size. Lunr indexes are immutable, so nothing is ever removed from one:
 * a map says, for every clipping changed since the base was built, which segment holds its live
 * version (or that it was deleted), and every other copy is filtered out at query time.
 *
 * Scores: each Lunr index weighs terms by its own document frequencies, so a score from a small
 * segment is not strictly comparable with one from the base. Hits are merged by raw score anyway;
 * the difference is small for a handful of recent clippings and disappears when the segments are
 * merged into a new base in the background. Issue 4's compact index will share one vocabulary.
 */
import lunr from 'lunr';
import { buildLunrIndex, matchedTerms } from './lunr-index.ts';
import type { IndexDoc } from './lunr-index.ts';

export interface SearchHitRef {
  id: number;
  score: number;
  /** The stemmed index terms that matched, for snippets. */
  terms: string[];
}

export type SearchOutcome = { ok: true; hits: SearchHitRef[] } | { ok: false; message: string };

interface Segment {
  index: lunr.Index;
  /** The latest change it holds. */
  seq: number;
  /** Kept so small segments can be compacted; only recent clippings, never the base's. */
  docs: IndexDoc[];
}

/**
 * Recent segments are compacted like a binary counter: a new segment folds in the one before it
 * while that one is no larger, up to this many documents. One import at a time then leaves a few
 * segments (about log2 of this) instead of one per clipping, and no compaction blocks the event
 * loop for more than a build of this many clippings (tens of milliseconds).
 */
const COMPACT_UP_TO_DOCS = 32;

/** Where a changed clipping lives now: in a segment, or nowhere (deleted). */
interface LiveVersion {
  segment: Segment | null;
  seq: number;
}

export class SegmentedIndex {
  #base: lunr.Index;
  #segments: Segment[] = [];
  #changed = new Map<number, LiveVersion>();
  #seq = 0;

  constructor(base: lunr.Index) {
    this.#base = base;
  }

  /** Sequence number of the last applied change; a merge that starts now covers changes up to it. */
  get seq(): number {
    return this.#seq;
  }

  /** Documents held in segments (superseded copies included): what a merge would fold in. */
  get segmentDocCount(): number {
    return this.#segments.reduce((sum, segment) => sum + segment.docs.length, 0);
  }

  /** True while some clipping changed since the base was built. */
  get hasChanges(): boolean {
    return this.#changed.size > 0;
  }

  get segmentCount(): number {
    return this.#segments.length;
  }

  /** Applies one change synchronously. A clipping both upserted and removed in it ends up removed. */
  apply(upsert: readonly IndexDoc[], remove: readonly number[]): void {
    this.#seq += 1;
    const seq = this.#seq;
    const latest = new Map<number, IndexDoc>();
    for (const doc of upsert) latest.set(doc.id, doc);
    for (const id of remove) latest.delete(id);
    for (const id of remove) this.#changed.set(id, { segment: null, seq });
    if (latest.size === 0) return;
    const docs = [...latest.values()];
    const segment: Segment = { index: buildLunrIndex(docs), seq, docs };
    this.#segments.push(segment);
    for (const id of latest.keys()) this.#changed.set(id, { segment, seq });
    this.#compact();
  }

  #compact(): void {
    for (;;) {
      const last = this.#segments.at(-1);
      const previous = this.#segments.at(-2);
      if (!last || !previous) return;
      const kept = previous.docs.filter((doc) => this.#changed.get(doc.id)?.segment === previous);
      if (kept.length === 0) {
        // Everything in it was edited or deleted since: drop it without a rebuild.
        this.#segments.splice(-2, 1);
        continue;
      }
      if (kept.length > last.docs.length || kept.length + last.docs.length > COMPACT_UP_TO_DOCS) return;
      const docs = [...kept, ...last.docs];
      const merged: Segment = { index: buildLunrIndex(docs), seq: last.seq, docs };
      this.#segments.splice(-2, 2, merged);
      // Each clipping keeps the seq of the change that made it, so a merge in flight still knows
      // which of them its new base already covers.
      for (const doc of docs) {
        const live = this.#changed.get(doc.id);
        if (live) live.segment = merged;
      }
    }
  }

  /**
   * Swaps in a base built from the documents as they were at change `coveredSeq`; changes applied
   * after that (while the base was being built) stay as segments on top of it.
   */
  replaceBase(base: lunr.Index, coveredSeq: number): void {
    this.#base = base;
    this.#segments = this.#segments.filter((segment) => segment.seq > coveredSeq);
    for (const [id, live] of this.#changed) {
      if (live.seq <= coveredSeq) this.#changed.delete(id);
    }
  }

  /** Lunr query syntax; every live hit, best first. Never throws. */
  search(query: string): SearchOutcome {
    // Lunr answers an empty query with every document at score 0: no use to a search box.
    if (query.trim() === '') return { ok: true, hits: [] };
    const hits: SearchHitRef[] = [];
    try {
      for (const result of this.#base.search(query)) {
        const id = Number(result.ref);
        if (!this.#changed.has(id)) hits.push({ id, score: result.score, terms: matchedTerms(result) });
      }
      for (const segment of this.#segments) {
        for (const result of segment.index.search(query)) {
          const id = Number(result.ref);
          if (this.#changed.get(id)?.segment === segment) hits.push({ id, score: result.score, terms: matchedTerms(result) });
        }
      }
    } catch (error) {
      if (error instanceof lunr.QueryParseError) return { ok: false, message: error.message };
      return { ok: false, message: `the search failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    hits.sort((a, b) => b.score - a.score || a.id - b.id);
    return { ok: true, hits };
  }
}
