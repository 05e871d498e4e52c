/**
 * Brings index documents up to date after organising changes, a slice at a time. A bulk tag of
 * 10,000 clippings must answer at once, yet each index document has to be rebuilt (its tags are
 * searchable): so the ids are queued and fed to the index in slices, yielding to the event loop
 * between them. Each slice reads the store as it is then, so order does not matter and an id
 * queued twice is done once. The index is told the store revision only when the queue is empty,
 * so an index saved half-way reads as stale and is rebuilt at the next start.
 */
import type { ArchiveStore } from './store/store.ts';
import type { SearchIndex } from './search/index.ts';

/**
 * Clippings per slice. Each slice's index segment is built on the main thread: 250 took 150 to
 * 190 ms at 100,000 clippings (a visible stall of the window); 50 stay near 40 ms, and the
 * background merge folds the many small segments into the base in seconds.
 */
const SLICE = 50;

export class ReindexQueue {
  readonly #store: ArchiveStore;
  readonly #index: SearchIndex;
  readonly #pending = new Set<number>();
  #running: Promise<void> | null = null;
  #closed = false;

  constructor(store: ArchiveStore, index: SearchIndex) {
    this.#store = store;
    this.#index = index;
  }

  get pending(): number {
    return this.#pending.size;
  }

  /** Queues the clippings and returns at once; the index catches up in the background. */
  enqueue(ids: Iterable<number>): void {
    for (const id of ids) this.#pending.add(id);
    if (!this.#running && this.#pending.size > 0 && !this.#closed) this.#running = this.#drain();
  }

  /** Queues the clippings and resolves when they (and everything queued before) are searchable. */
  async now(ids: Iterable<number>): Promise<void> {
    this.enqueue(ids);
    await this.whenDrained();
  }

  async whenDrained(): Promise<void> {
    while (this.#running) await this.#running;
  }

  /** Stops feeding the index (it is closing); whatever is left is found stale at the next start. */
  close(): void {
    this.#closed = true;
  }

  async #drain(): Promise<void> {
    // Begin after the caller has its answer: a bulk change returns before any document is rebuilt.
    await new Promise<void>((resolve) => setImmediate(resolve));
    try {
      while (this.#pending.size > 0 && !this.#closed) {
        const slice: number[] = [];
        for (const id of this.#pending) {
          slice.push(id);
          if (slice.length === SLICE) break;
        }
        for (const id of slice) this.#pending.delete(id);
        const docs = this.#store.texts(slice);
        const live = new Set(docs.map((d) => d.id));
        // Trashed and deleted clippings have no text: they leave the index.
        const removed = slice.filter((id) => !live.has(id));
        const last = this.#pending.size === 0;
        const revision = last ? this.#store.revision() : this.#index.status().revision;
        await this.#index.update({ upsert: docs, remove: removed, revision });
        if (!last) await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      // The store stays right; the index is rebuilt from it when found stale at the next start.
      console.error('clipdesk: updating the search index failed:', error);
      this.#pending.clear();
    } finally {
      this.#running = null;
    }
  }
}
