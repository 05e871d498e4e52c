/**
 * The archive's search index: loads index/index.bin at start (or rebuilds it when missing, stale
 * or unreadable), answers Lunr queries synchronously, takes changes at once as small segments and
 * folds them into a new base in the worker (by moving postings, compact-merge.ts) when they pile up,
 * the archive goes quiet, or it closes.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { IndexProgress } from '../../../preload/api/index.ts';
import { buildCompactIndex } from './compact-builder.ts';
import type { CompactIndex } from './compact-index.ts';
import { encodeIndex } from './index-format.ts';
import type { IndexDoc } from './lunr-index.ts';
import { indexFilePath, removeStaleTempFiles, writeIndexFile } from './index-file.ts';
import { SegmentedIndex } from './segments.ts';
import type { RankedOutcome, SearchOutcome } from './segments.ts';
import { IndexWorkerClient } from './worker-client.ts';
import type { BuildSource } from './worker-client.ts';

export interface SearchIndexOptions {
  /** `<archive>/index`; created if missing. */
  dir: string;
  /** The store revision the caller's data is at. */
  revision: number;
  /**
   * All live documents; called when a (re)build or merge is needed. It must already show every
   * change handed to update() (commit to the store first, then call update()), so that a saved
   * index never claims a revision whose changes it lacks.
   */
  loadDocs: () => IndexDoc[];
  /**
   * The archive's SQLite file. When given, full builds (at start, or when a merge failed) read the
   * documents in the worker (read-only), so the main thread neither runs the query nor copies the
   * text; loadDocs is then the fallback when the worker cannot run. Merges read no documents.
   */
  databaseFile?: string;
  onProgress?: (p: IndexProgress) => void;
  /** Documents in recent segments that start a background merge at once (default 200). */
  mergeThreshold?: number;
  /** Quiet time after the last change before a background merge (default 5 s). */
  idleMergeMs?: number;
  /** Problems that do not stop search (the index could not be saved); default console.warn. */
  onWarning?: (message: string) => void;
  /** The worker to use (tests); default the bundled or source index-worker. */
  workerUrl?: URL;
}

export interface IndexChange {
  upsert: IndexDoc[];
  remove: number[];
  revision: number;
}

const DEFAULT_MERGE_THRESHOLD = 200;
const DEFAULT_IDLE_MERGE_MS = 5_000;

export class SearchIndex {
  readonly #options: SearchIndexOptions;
  readonly #client: IndexWorkerClient;
  readonly #segments: SegmentedIndex;
  #revision: number;
  /** The revision index.json holds; a merge is due while it differs from #revision. */
  #savedRevision: number;
  #progress: IndexProgress;
  #merge: Promise<void> | null = null;
  #idleTimer: NodeJS.Timeout | null = null;
  #closed = false;
  /** Counts failed merges, so whenIdle() does not spin on one that keeps failing. */
  #mergeFailures = 0;

  private constructor(options: SearchIndexOptions, client: IndexWorkerClient, base: CompactIndex, savedRevision: number) {
    this.#options = options;
    this.#client = client;
    this.#segments = new SegmentedIndex(base);
    this.#revision = options.revision;
    this.#savedRevision = savedRevision;
    this.#progress = { state: 'ready', done: 0, total: 0, revision: options.revision };
  }

  /** Loads index/ if it is there, readable and at `revision`; otherwise rebuilds (off the main thread) and persists. */
  static async open(options: SearchIndexOptions): Promise<SearchIndex> {
    mkdirSync(options.dir, { recursive: true });
    removeStaleTempFiles(options.dir);
    // Schema 1 kept Lunr's JSON here; nothing reads it any more.
    rmSync(path.join(options.dir, 'index.json'), { force: true });
    const client = new IndexWorkerClient(options.workerUrl);
    try {
      const { base, savedRevision } = await loadOrBuild(options, client);
      const index = new SearchIndex(options, client, base, savedRevision);
      index.#emit({ state: 'ready', done: 0, total: 0, revision: options.revision });
      return index;
    } catch (error) {
      // loadDocs failed: the store's problem, for the caller; the worker must not outlive it.
      await client.close();
      throw error;
    }
  }

  /** Documents searchable now (base and recent changes, deletions excepted). */
  get docCount(): number {
    return this.#segments.liveCount;
  }

  /** Lunr query syntax; all hits, best first; a malformed query becomes {ok:false, message}. Never throws. */
  search(query: string): SearchOutcome {
    return this.#segments.search(query);
  }

  /** As search, the hits as typed arrays (no object per hit); the matched terms worked out on demand. */
  searchRanked(query: string): RankedOutcome {
    return this.#segments.searchRanked(query);
  }

  /** Resolves when the change is searchable; merging and saving happen in the background. */
  async update(change: IndexChange): Promise<void> {
    if (this.#closed) throw new Error('the search index is closed');
    this.#emit({ state: 'updating', done: 0, total: change.upsert.length + change.remove.length, revision: this.#revision });
    this.#segments.apply(change.upsert, change.remove);
    this.#revision = change.revision;
    if (this.#segments.segmentDocCount >= (this.#options.mergeThreshold ?? DEFAULT_MERGE_THRESHOLD)) this.#startMerge();
    else this.#scheduleIdleMerge();
    if (!this.#merge) this.#emit({ state: 'ready', done: 0, total: 0, revision: this.#revision });
  }

  status(): IndexProgress {
    return { ...this.#progress };
  }

  /** Resolves when background work is done: pending changes merged into the base and saved. */
  async whenIdle(): Promise<void> {
    // Changes that arrive while merging get another round; a failed merge is not retried here.
    const failuresBefore = this.#mergeFailures;
    while (!this.#closed && this.#mergeFailures === failuresBefore) {
      if (this.#idleTimer) this.#startMerge();
      if (!this.#merge) return;
      await this.#merge;
    }
  }

  /**
   * Ends the worker. Changes not yet merged are merged and saved first when no merge is running
   * (seconds at most: a merge moves postings), so the next start loads index.bin instead of
   * rebuilding; a save in progress finishes first; a rebuild in progress is dropped.
   */
  close(): Promise<void> {
    // A second close while the first is saving waits for the same end.
    this.#closing ??= this.#close();
    return this.#closing;
  }

  #closing: Promise<void> | null = null;

  async #close(): Promise<void> {
    if (this.#closed) return;
    this.#clearIdleTimer();
    if (!this.#merge && this.#mergeDue()) {
      const revision = this.#revision;
      const snapshot = this.#segments.mergeParts();
      try {
        const merged = await this.#client.merge(snapshot.parts, revision, indexFilePath(this.#options.dir));
        if (merged.persistError) this.#warn(merged.persistError);
      } catch (error) {
        // The store is the truth: the next start finds index.bin stale and rebuilds it.
        this.#warn(`the search index was not saved on closing (${(error as Error).message})`);
      }
    }
    this.#closed = true;
    this.#clearIdleTimer();
    await this.#client.close();
    await this.#merge;
  }

  #scheduleIdleMerge(): void {
    this.#clearIdleTimer();
    const timer = setTimeout(() => {
      this.#idleTimer = null;
      this.#startMerge();
    }, this.#options.idleMergeMs ?? DEFAULT_IDLE_MERGE_MS);
    // A pending merge must not keep a CLI process alive; the next start rebuilds instead.
    timer.unref();
    this.#idleTimer = timer;
  }

  #clearIdleTimer(): void {
    if (this.#idleTimer) clearTimeout(this.#idleTimer);
    this.#idleTimer = null;
  }

  #startMerge(): void {
    this.#clearIdleTimer();
    if (this.#merge || this.#closed || !this.#mergeDue()) return;
    this.#merge = this.#runMerge().finally(() => {
      this.#merge = null;
      if (this.#closed) return;
      // Changes that came in while merging wait for the next quiet moment.
      if (this.#mergeDue()) this.#scheduleIdleMerge();
      this.#emit({ state: 'ready', done: 0, total: 0, revision: this.#revision });
    });
  }

  #mergeDue(): boolean {
    return this.#segments.hasChanges || this.#savedRevision !== this.#revision;
  }

  async #runMerge(): Promise<void> {
    const revision = this.#revision;
    // Folding the segments into the base moves postings, no text: seconds at 100,000 clippings,
    // where a rebuild from the store takes minutes. A failed merge falls back to the rebuild.
    const snapshot = this.#segments.mergeParts();
    try {
      const merged = await this.#client.merge(snapshot.parts, revision, indexFilePath(this.#options.dir));
      if (this.#closed) return;
      this.#segments.replaceBase(merged.index, snapshot.seq);
      if (merged.persistError) this.#warn(merged.persistError);
      this.#savedRevision = revision;
      return;
    } catch (error) {
      if (this.#closed) return;
      this.#warn(`merging the search index failed, rebuilding it from the archive (${(error as Error).message})`);
    }
    const coveredSeq = this.#segments.seq;
    let source: BuildSource;
    try {
      source = this.#options.databaseFile ? { databaseFile: this.#options.databaseFile } : { docs: this.#options.loadDocs() };
    } catch (error) {
      this.#warn(`could not read the archive to merge the search index (${(error as Error).message})`);
      this.#mergeFailures += 1;
      return;
    }
    const report = (done: number, total: number): void => this.#emit({ state: 'updating', done, total, revision: this.#revision });
    if ('docs' in source) report(0, source.docs.length);
    try {
      const built = await this.#client.build(source, revision, indexFilePath(this.#options.dir), report);
      if (this.#closed) return;
      this.#segments.replaceBase(built.index, coveredSeq);
      if (built.persistError) this.#warn(built.persistError);
      // Even when saving failed: retrying at once would fail the same way; the next start rebuilds.
      this.#savedRevision = revision;
    } catch (error) {
      // Closing drops a build in progress; anything else leaves the segments in place, still correct.
      this.#mergeFailures += 1;
      if (!this.#closed) this.#warn(`the background merge of the search index failed (${(error as Error).message})`);
    }
  }

  #emit(progress: IndexProgress): void {
    this.#progress = progress;
    this.#options.onProgress?.({ ...progress });
  }

  #warn(message: string): void {
    (this.#options.onWarning ?? defaultWarn)(message);
  }
}

/**
 * The saved index when it is usable, else a fresh build. `savedRevision` is what index.bin now
 * holds (-1 when it could not be saved), so the index knows whether a save is still due.
 */
async function loadOrBuild(options: SearchIndexOptions, client: IndexWorkerClient): Promise<{ base: CompactIndex; savedRevision: number }> {
  const file = indexFilePath(options.dir);
  const warn = options.onWarning ?? defaultWarn;
  try {
    const outcome = await client.load(file, options.revision);
    // Not usable (missing, stale, another schema, damaged): rebuilt below, as DESIGN.md says.
    if (outcome.ok) return { base: outcome.index, savedRevision: options.revision };
  } catch (error) {
    warn(`the saved index could not be loaded, rebuilding it (${(error as Error).message})`);
  }
  const report = (done: number, total: number): void => options.onProgress?.({ state: 'building', done, total, revision: options.revision });
  let docs: IndexDoc[] | null = null;
  const source: BuildSource = options.databaseFile ? { databaseFile: options.databaseFile } : { docs: (docs = options.loadDocs()) };
  if (docs) report(0, docs.length);
  try {
    const built = await client.build(source, options.revision, file, report);
    if (built.persistError) warn(built.persistError);
    return { base: built.index, savedRevision: built.persistError ? -1 : options.revision };
  } catch (error) {
    warn(`the index worker could not build the index, building it here (${(error as Error).message})`);
    const here = docs ?? options.loadDocs();
    const base = buildCompactIndex(here);
    report(here.length, here.length);
    return { base, savedRevision: saveHere(file, options.revision, base, warn) };
  }
}

function defaultWarn(message: string): void {
  console.warn(`clipdesk search: ${message}`);
}

/** The fallback when the worker cannot run: save from this thread, or say why not. */
function saveHere(file: string, revision: number, index: CompactIndex, warn: (m: string) => void): number {
  try {
    writeIndexFile(file, encodeIndex(index, revision));
    return revision;
  } catch (error) {
    warn(`could not save the search index to ${file}: ${(error as Error).message}`);
    return -1;
  }
}
