/**
 * Parsing (jsdom, Readability, compromise) and export (Playwright, pdf.js) take over a second to
 * load: they are loaded on first use, so that opening an archive and answering the first search do
 * not wait for them, and loaded in the background once searching pauses. Loading holds the main
 * thread for about a second, which must not land in the middle of someone's searching.
 */
const WARM_UP_AFTER_MS = 1500;

export class WarmUp {
  #timer: NodeJS.Timeout | null = null;
  #lastSearchAt = 0;
  readonly #load: () => Promise<unknown>;

  /** Starts waiting for a pause of WARM_UP_AFTER_MS without a search, then calls `load` once. */
  constructor(load: () => Promise<unknown>) {
    this.#load = load;
    this.#schedule();
  }

  /** A search now: the loading waits for the next pause. */
  searched(): void {
    this.#lastSearchAt = Date.now();
  }

  cancel(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #schedule(): void {
    this.#timer = setTimeout(() => {
      if (Date.now() - this.#lastSearchAt < WARM_UP_AFTER_MS) return this.#schedule();
      this.#timer = null;
      void this.#load().catch(() => undefined);
    }, WARM_UP_AFTER_MS);
    this.#timer.unref();
  }
}
