/**
 * The searchable state on the main thread: one large base index plus small segments, one per
 * change, so a new clipping is searchable as soon as its own tiny index is built (milliseconds),
 * whatever the archive's size. Indexes are immutable, so nothing is ever removed from one: a map
 * says, for every clipping changed since the base was built, which segment holds its live version
 * (or that it was deleted), and every other copy is marked dead and skipped at query time.
 *
 * Scores: compact-search.ts takes document counts, idf and average field lengths over the live
 * documents of all segments together, so base + segments score exactly as one Lunr index of the
 * live documents would (the differential test checks it).
 */
import lunr from 'lunr';
import { buildCompactIndex } from './compact-builder.ts';
import type { CompactIndex } from './compact-index.ts';
import { searchRanked } from './compact-search.ts';
import type { LiveSegment } from './compact-search.ts';
import type { MergePart } from './compact-merge.ts';
import { INDEX_FIELDS } from './lunr-index.ts';
import type { IndexDoc } from './lunr-index.ts';

import { RankedHits } from './ranked-hits.ts';
import type { SearchHitRef } from './ranked-hits.ts';

export type { SearchHitRef } from './ranked-hits.ts';
export type SearchOutcome = { ok: true; hits: SearchHitRef[] } | { ok: false; message: string };
export type RankedOutcome = { ok: true; ranked: RankedHits } | { ok: false; message: string };

interface Segment {
  index: CompactIndex;
  /** The latest change it holds. */
  seq: number;
  /** Kept so small segments can be compacted; only recent clippings, never the base's. */
  docs: IndexDoc[];
  live: LiveSegment;
}

/**
 * Recent segments are compacted like a binary counter: a new segment folds in the one before it
 * while that one is no larger, up to this many documents. One import at a time then leaves a few
 * segments (about log2 of this) instead of one per clipping, and no compaction blocks the event
 * loop for more than a build of this many clippings (a few milliseconds).
 */
const COMPACT_UP_TO_DOCS = 64;

/** Where a changed clipping lives now: in a segment, or nowhere (deleted). */
interface LiveVersion {
  segment: Segment | null;
  seq: number;
}

const F = INDEX_FIELDS.length;

function allLive(index: CompactIndex): LiveSegment {
  return { index, dead: null, liveCount: index.docCount, liveLengthSums: index.fieldLengthSums(null) };
}

export class SegmentedIndex {
  #base: LiveSegment;
  #segments: Segment[] = [];
  #changed = new Map<number, LiveVersion>();
  #seq = 0;

  constructor(base: CompactIndex) {
    this.#base = allLive(base);
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

  /** Live documents, base and segments together. */
  get liveCount(): number {
    return this.#base.liveCount + this.#segments.reduce((sum, segment) => sum + segment.live.liveCount, 0);
  }

  /**
   * What a merge folds together now: the base and every segment, each with a copy of its dead marks
   * (they change with later edits), and the change sequence the merged base will cover.
   */
  mergeParts(): { parts: MergePart[]; seq: number } {
    const parts = [this.#base, ...this.#segments.map((segment) => segment.live)].map((live) => ({ index: live.index, dead: live.dead ? live.dead.slice() : null }));
    return { parts, seq: this.#seq };
  }

  /** Applies one change synchronously. A clipping both upserted and removed in it ends up removed. */
  apply(upsert: readonly IndexDoc[], remove: readonly number[]): void {
    this.#seq += 1;
    const seq = this.#seq;
    const latest = new Map<number, IndexDoc>();
    for (const doc of upsert) latest.set(doc.id, doc);
    for (const id of remove) latest.delete(id);
    for (const id of remove) this.#changed.set(id, { segment: null, seq });
    for (const id of remove) this.#killInBase(id);
    if (latest.size > 0) {
      const docs = [...latest.values()];
      const segment = makeSegment(docs, seq);
      this.#segments.push(segment);
      for (const id of latest.keys()) {
        this.#changed.set(id, { segment, seq });
        this.#killInBase(id);
      }
      this.#compact();
    }
    this.#refreshSegments();
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
      const merged = makeSegment([...kept, ...last.docs], last.seq);
      this.#segments.splice(-2, 2, merged);
      // Each clipping keeps the seq of the change that made it, so a merge in flight still knows
      // which of them its new base already covers.
      for (const doc of merged.docs) {
        const live = this.#changed.get(doc.id);
        if (live) live.segment = merged;
      }
    }
  }

  /**
   * Swaps in a base built from the documents as they were at change `coveredSeq`; changes applied
   * after that (while the base was being built) stay as segments on top of it.
   */
  replaceBase(base: CompactIndex, coveredSeq: number): void {
    this.#base = allLive(base);
    this.#segments = this.#segments.filter((segment) => segment.seq > coveredSeq);
    for (const [id, live] of this.#changed) {
      if (live.seq <= coveredSeq) this.#changed.delete(id);
      else this.#killInBase(id);
    }
    this.#refreshSegments();
  }

  /** Lunr query syntax; every live hit, best first. Never throws. */
  search(query: string): SearchOutcome {
    const outcome = this.searchRanked(query);
    return outcome.ok ? { ok: true, hits: outcome.ranked.refs() } : outcome;
  }

  /** As search, without an object per hit (what a search box needs: counts, facets, one page). */
  searchRanked(query: string): RankedOutcome {
    // Lunr answers an empty query with every document at score 0: no use to a search box.
    if (query.trim() === '') return { ok: true, ranked: RankedHits.empty };
    try {
      return { ok: true, ranked: searchRanked([this.#base, ...this.#segments.map((segment) => segment.live)], query) };
    } catch (error) {
      if (error instanceof lunr.QueryParseError) return { ok: false, message: error.message };
      return { ok: false, message: `the search failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  /** Marks the base's copy of a changed clipping dead and takes it out of the live statistics. */
  #killInBase(id: number): void {
    const base = this.#base;
    const position = base.index.positionOf(id);
    if (position < 0) return;
    base.dead ??= new Uint8Array(base.index.docCount);
    if (base.dead[position]) return;
    base.dead[position] = 1;
    base.liveCount -= 1;
    for (let f = 0; f < F; f += 1) base.liveLengthSums[f] = (base.liveLengthSums[f] as number) - (base.index.fieldLengths[position * F + f] as number);
  }

  /** Segments are small: their dead marks are simply recomputed after every change. */
  #refreshSegments(): void {
    for (const segment of this.#segments) {
      const dead = new Uint8Array(segment.index.docCount);
      let anyDead = false;
      for (let d = 0; d < dead.length; d += 1) {
        if (this.#changed.get(segment.index.docIds[d] as number)?.segment !== segment) {
          dead[d] = 1;
          anyDead = true;
        }
      }
      const live = anyDead ? dead : null;
      segment.live = { index: segment.index, dead: live, liveCount: segment.index.docCount - dead.reduce((n, x) => n + x, 0), liveLengthSums: segment.index.fieldLengthSums(live) };
    }
  }
}

function makeSegment(docs: IndexDoc[], seq: number): Segment {
  const index = buildCompactIndex(docs);
  return { index, seq, docs, live: allLive(index) };
}
