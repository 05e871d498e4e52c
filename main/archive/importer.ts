/**
 * Importing, for the archive service: one file (a paste, the sample) through importOne, many (a
 * drop, a folder) through importMany with files parsed on worker threads. The parsing code (jsdom,
 * Readability, compromise) loads on the first import, not when the archive opens.
 */
import type { ClippingEvents, ImportFile, ImportOutcome, ImportReport } from '../../preload/api/index.ts';
import type { PathItem } from './importing.ts';
import type { EventHub } from './events.ts';
import type { ClippingParser } from './ingest/parse-pool.ts';
import type { SearchIndex } from './search/index.ts';
import type { ArchiveStore } from './store/store.ts';

const importing = () => import('./importing.ts');
const importingMany = () => Promise.all([import('./import-many.ts'), import('./ingest/parse-pool.ts')]);
/** Up to this many files are parsed on the calling thread; a worker would take longer to start. */
const INLINE_FILES = 2;

export class Importer {
  readonly #store: ArchiveStore;
  readonly #index: SearchIndex;
  readonly #events: EventHub<ClippingEvents>;
  #pool: ClippingParser | null = null;

  constructor(store: ArchiveStore, index: SearchIndex, events: EventHub<ClippingEvents>) {
    this.#store = store;
    this.#index = index;
    this.#events = events;
  }

  /** Loads the parsing modules ahead of the first import (the archive does it once searching pauses). */
  static warm(): Promise<unknown> {
    return Promise.all([importing(), importingMany()]);
  }

  /** Files handed over (a drop, the Import button). */
  async importFiles(files: ImportFile[]): Promise<ImportReport> {
    // Images dropped with pages are the pages' photos (a page saved complete with its folder), not clippings.
    const { splitBatch } = await importing();
    const { pages, failures } = splitBatch(files);
    const report = await this.#importMany(
      pages.map(({ file, resources }) => ({ ...file, resources })),
      [],
    );
    return { outcomes: [...failures, ...report.outcomes] };
  }

  /** Files and folders (recursively) from disk: the desktop menu and the CLI. */
  async importPaths(paths: string[], tags: string[] = []): Promise<ImportReport> {
    const { readImportPaths } = await importing();
    return this.#importMany(readImportPaths(paths), tags);
  }

  /** One file: a paste, the sample. Searchable when this resolves. */
  async importOne(file: ImportFile): Promise<ImportOutcome> {
    const { importOne } = await importing();
    const outcome = await importOne(this.#store, this.#index, file);
    this.#announce([outcome]);
    return outcome;
  }

  async close(): Promise<void> {
    await this.#pool?.close();
    this.#pool = null;
  }

  async #importMany(items: Iterable<PathItem> | AsyncIterable<PathItem>, tags: string[]): Promise<ImportReport> {
    const [{ importMany }, { createParsePool, inlineParser }] = await importingMany();
    let parsed = 0;
    const parser: ClippingParser = {
      parse: (file) => (++parsed <= INLINE_FILES ? inlineParser : (this.#pool ??= createParsePool())).parse(file),
      close: async () => undefined,
    };
    const outcomes = await importMany(this.#store, this.#index, items, { tags, parser });
    this.#announce(outcomes);
    return { outcomes };
  }

  #announce(outcomes: ImportOutcome[]): void {
    if (outcomes.some((o) => o.status === 'imported')) this.#events.emit('archiveChanged', { revision: this.#store.revision() });
  }
}
