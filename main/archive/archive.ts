import path from 'node:path';
import type {
  AppInfo,
  CaptureStatus,
  Clipping,
  ClippingCorrection,
  CorrectableField,
  ClippingApi,
  ClippingEvents,
  DossierRequest,
  EventName,
  ExportedFile,
  ExportMarkdownOptions,
  ExportPdfOptions,
  ImageBytes,
  ImageVariant,
  ImportFile,
  ImportOutcome,
  ImportReport,
  IndexProgress,
  ListPage,
  ListQuery,
  MoreLikeThisQuery,
  PairingCode,
  Result,
  SearchQuery,
  SearchResults,
  TagCount,
  DateBucket,
  ListFilters,
  SavedSearch,
  SavedView,
  Settings,
  TagChange,
  TagNode,
  UndoOutcome,
} from '../../preload/api/index.ts';
import { Organizer } from './organizing.ts';
import { ArchiveStore } from './store/store.ts';
import { SearchIndex } from './search/index.ts';
import type { PdfEngine } from './export/index.ts';
import { EventHub } from './events.ts';
import { guardArchiveFolder } from './safety/paths.ts';
import { fail, ok, attempt } from './result.ts';
import { ArchiveSearch } from './searching.ts';
import { FacetCache } from './facets.ts';
import { readSettings, writeSettings } from './settings.ts';
import type { ExportContext, ExportJobs } from './exporting.ts';
import { ArchiveCapture } from './capture/archive-capture.ts';

// Parsing (jsdom, Readability, compromise) and export (Playwright, pdf.js) take over a second to
// load: they are loaded on first use, so that opening an archive and answering the first search do
// not wait for them, and warmed in the background soon after (see warmUp).
const importing = () => import('./importing.ts');
const correcting = () => import('./correcting.ts');
const exporting = () => import('./exporting.ts');
/**
 * How long after opening, and after the last search, the parsing modules are loaded in the
 * background: loading them holds the main thread for about a second, which must not land in the
 * middle of someone's searching.
 */
const WARM_UP_AFTER_MS = 1500;

export const INDEX_FOLDER = 'index';
const APP_VERSION = '0.1.0';

export interface ArchiveOptions {
  pdfEngine: PdfEngine;
  host: AppInfo['host'];
  /** The bundled sample clipping, offered by an empty archive. */
  sampleFile: string;
}

/**
 * The archive service: the store, the index and the exporter composed into the ClippingApi.
 * It knows nothing of Electron or HTTP; the shells bind it to their transport.
 */
export class Archive implements ClippingApi {
  readonly dir: string;
  private readonly store: ArchiveStore;
  private readonly index: SearchIndex;
  private readonly options: ArchiveOptions;
  private readonly events: EventHub<ClippingEvents>;
  private exportJobs: ExportJobs | null = null;
  /** Loads the parsing and export modules once the archive is open and answering (see importing). */
  private warmUp: NodeJS.Timeout | null = null;
  private readonly organizer: Organizer;

  private readonly facets: FacetCache;
  /** Browser capture: the narrow service the capture endpoint is given (capture/archive-capture.ts). */
  readonly capture: ArchiveCapture;

  private constructor(dir: string, store: ArchiveStore, index: SearchIndex, options: ArchiveOptions, events: EventHub<ClippingEvents>, facets: FacetCache) {
    this.facets = facets;
    this.dir = dir;
    this.store = store;
    this.index = index;
    this.options = options;
    this.events = events;
    this.capture = new ArchiveCapture(store, index, events, async () => (await importing()).importOne);
    this.organizer = new Organizer(store, index, events, (text) => {
      const found = this.searcher().search({ text, limit: 1 });
      return found.ok ? found.value.total : 0;
    });
  }

  static async open(dir: string, options: ArchiveOptions): Promise<Archive> {
    // The index must be written inside the archive, not wherever a link in it points (issue 7).
    guardArchiveFolder(dir, [INDEX_FOLDER]);
    const store = ArchiveStore.open(dir);
    const events = new EventHub<ClippingEvents>();
    try {
      const opening = SearchIndex.open({
        dir: path.join(dir, INDEX_FOLDER),
        revision: store.revision(),
        databaseFile: store.file,
        loadDocs: () => store.texts(),
        onProgress: (p) => events.emit('indexProgress', p),
      });
      // The index loads in its worker meanwhile: the facet columns (half a second at 100,000
      // clippings) are read now rather than by the first search.
      const facets = new FacetCache(store.searchTables());
      try {
        facets.current();
      } catch (error) {
        await opening.then((index) => index.close(), () => undefined);
        throw error;
      }
      const index = await opening;
      const archive = new Archive(dir, store, index, options, events, facets);
      archive.scheduleWarmUp();
      return archive;
    } catch (error) {
      store.close();
      throw error;
    }
  }

  on<E extends EventName>(event: E, listener: (payload: ClippingEvents[E]) => void): () => void {
    return this.events.on(event, listener);
  }

  async close(): Promise<void> {
    if (this.warmUp) clearTimeout(this.warmUp);
    this.exportJobs?.cancelAll();
    this.organizer.close();
    await this.index.close();
    this.store.close();
  }

  /** Resolves when the index has caught up with the store and finished background work. */
  async whenIndexIdle(): Promise<void> {
    await this.organizer.whenIndexed();
    await this.index.whenIdle();
  }

  async appInfo(): Promise<Result<AppInfo>> {
    return ok({ host: this.options.host, version: APP_VERSION, archivePath: this.dir });
  }

  importFiles(files: ImportFile[]): Promise<Result<ImportReport>> {
    return attempt(async () => {
      const { importOne, splitBatch } = await importing();
      const { pages, failures } = splitBatch(files);
      const outcomes: ImportOutcome[] = [...failures];
      for (const { file, resources } of pages) outcomes.push(await importOne(this.store, this.index, file, [], resources));
      this.announce(outcomes);
      return ok({ outcomes });
    });
  }

  /** Imports files and folders (recursively) from disk: the desktop menu and the CLI. */
  async importPaths(paths: string[], tags: string[] = []): Promise<ImportReport> {
    const outcomes: ImportOutcome[] = [];
    const { importOne, readImportPaths } = await importing();
    for await (const item of readImportPaths(paths)) {
      outcomes.push('failure' in item ? item.failure : await importOne(this.store, this.index, item, tags));
    }
    this.announce(outcomes);
    return { outcomes };
  }

  importText(text: string, name?: string): Promise<Result<ImportOutcome>> {
    return attempt(async () => {
      const fileName = name?.trim() || `Pasted text ${new Date().toISOString().slice(0, 19).replace('T', ' ')}.txt`;
      const { importOne } = await importing();
      const outcome = await importOne(this.store, this.index, { name: fileName, data: new TextEncoder().encode(text) });
      this.announce([outcome]);
      return ok(outcome);
    });
  }

  importSample(): Promise<Result<ImportOutcome>> {
    return attempt(async () => {
      const { importOne, sampleImportFile } = await importing();
      const file = await sampleImportFile(this.options.sampleFile);
      const outcome = await importOne(this.store, this.index, file);
      this.announce([outcome]);
      return ok(outcome);
    });
  }

  async list(query: ListQuery): Promise<Result<ListPage>> {
    return attempt(async () => ok(this.store.list(query)));
  }

  async search(query: SearchQuery): Promise<Result<SearchResults>> {
    this.lastSearchAt = Date.now();
    return attempt(async () => this.searcher().search(query));
  }

  private lastSearchAt = 0;

  private scheduleWarmUp(): void {
    this.warmUp = setTimeout(() => {
      if (Date.now() - this.lastSearchAt < WARM_UP_AFTER_MS) return this.scheduleWarmUp();
      this.warmUp = null;
      void Promise.all([importing(), correcting(), exporting()]).catch(() => undefined);
    }, WARM_UP_AFTER_MS);
    this.warmUp.unref();
  }

  async moreLikeThis(id: number, query: MoreLikeThisQuery = {}): Promise<Result<SearchResults>> {
    return attempt(async () => this.searcher().moreLikeThis(id, query));
  }

  #search: ArchiveSearch | null = null;
  /** The query language, facets and grouping over this store and index (searching.ts). */
  private searcher(): ArchiveSearch {
    return (this.#search ??= new ArchiveSearch(this.store, this.index, this.facets));
  }

  async get(id: number): Promise<Result<Clipping>> {
    return attempt(async () => {
      const clipping = this.store.get(id);
      return clipping ? ok(clipping) : fail('not-found', `There is no clipping ${id} in this archive.`);
    });
  }

  async getImage(id: number, variant: ImageVariant = 'full'): Promise<Result<ImageBytes>> {
    return attempt(async () => {
      const image = this.store.image(id, variant);
      return image ? ok(image) : fail('not-found', `There is no image ${id} in this archive.`);
    });
  }

  /** One undo step (organizing.ts), as a tag change from the library is. */
  async setTags(id: number, tags: string[]): Promise<Result<Clipping>> {
    return attempt(() => this.organizer.setTags(id, tags));
  }

  async listTags(): Promise<Result<TagCount[]>> {
    return attempt(async () => ok(this.store.listTags()));
  }

  /** Moves the clipping to the Trash: nothing leaves the disk until the Trash is emptied. */
  async deleteClipping(id: number): Promise<Result<{ id: number }>> {
    return attempt(async () => {
      const moved = await this.organizer.trash([id]);
      return moved.ok ? ok({ id }) : moved;
    });
  }

  async exportPdf(id: number, options: ExportPdfOptions = {}): Promise<Result<ExportedFile>> {
    return attempt(async () => (await exporting()).exportClippingPdf(this.exportContext(), id, options));
  }

  async exportDossier(request: DossierRequest): Promise<Result<ExportedFile>> {
    return attempt(async () => {
      const { ExportJobs, exportDossier } = await exporting();
      return exportDossier(this.exportContext(), (this.exportJobs ??= new ExportJobs()), request);
    });
  }

  async cancelExport(jobId: string): Promise<Result<{ jobId: string; cancelled: boolean }>> {
    return ok({ jobId, cancelled: this.exportJobs?.cancel(jobId) ?? false });
  }

  async exportMarkdown(ids: number[], options: ExportMarkdownOptions): Promise<Result<ExportedFile[]>> {
    return attempt(async () => (await exporting()).exportMarkdown(this.exportContext(), ids, options));
  }

  async exportJson(ids: number[]): Promise<Result<ExportedFile>> {
    return attempt(async () => (await exporting()).exportJson(this.exportContext(), ids));
  }

  async indexStatus(): Promise<Result<IndexProgress>> {
    return ok(this.index.status());
  }

  // Organising (organizing.ts): tags, undo, Trash, notes, saved searches, suggestions.
  async listIds(query: ListQuery): Promise<Result<number[]>> {
    return attempt(async () => this.organizer.listIds(query));
  }

  async tagTree(): Promise<Result<TagNode[]>> {
    return attempt(async () => this.organizer.tagTree());
  }

  async renameTag(from: string, to: string): Promise<Result<TagChange>> {
    return attempt(() => this.organizer.renameTag(from, to));
  }

  async mergeTags(tags: string[], into: string): Promise<Result<TagChange>> {
    return attempt(() => this.organizer.mergeTags(tags, into));
  }

  async deleteTag(tag: string): Promise<Result<TagChange>> {
    return attempt(() => this.organizer.deleteTag(tag));
  }

  async setTagColor(tag: string, color: string | null): Promise<Result<TagChange>> {
    return attempt(() => this.organizer.setTagColor(tag, color));
  }

  async bulkTag(ids: number[], add: string[], remove: string[]): Promise<Result<TagChange>> {
    return attempt(() => this.organizer.bulkTag(ids, add, remove));
  }

  async undo(): Promise<Result<UndoOutcome>> {
    return attempt(() => this.organizer.undo());
  }

  async suggestTags(id: number): Promise<Result<string[]>> {
    return attempt(async () => this.organizer.suggestTags(id));
  }

  async setNote(id: number, note: string): Promise<Result<Clipping>> {
    return attempt(() => this.organizer.setNote(id, note));
  }

  async trashClippings(ids: number[]): Promise<Result<TagChange>> {
    return attempt(() => this.organizer.trash(ids));
  }

  async restoreClipping(id: number): Promise<Result<{ id: number }>> {
    return attempt(() => this.organizer.restore(id));
  }

  async listTrash(query: { offset?: number; limit?: number }): Promise<Result<ListPage>> {
    return attempt(async () => this.organizer.listTrash(query));
  }

  async emptyTrash(): Promise<Result<{ removed: number }>> {
    return attempt(() => this.organizer.emptyTrash());
  }

  async dateHistogram(query: ListFilters): Promise<Result<DateBucket[]>> {
    return attempt(async () => this.organizer.dateHistogram(query));
  }

  async listSavedSearches(): Promise<Result<SavedSearch[]>> {
    return attempt(async () => this.organizer.listSavedSearches());
  }

  async saveSearch(name: string, view: SavedView): Promise<Result<SavedSearch>> {
    return attempt(async () => this.organizer.saveSearch(name, view));
  }

  async deleteSavedSearch(id: number): Promise<Result<{ id: number }>> {
    return attempt(async () => this.organizer.deleteSavedSearch(id));
  }

  // Corrections and re-parsing (correcting.ts): the index follows each.
  async correctClipping(id: number, correction: ClippingCorrection): Promise<Result<Clipping>> {
    return attempt(async () => (await correcting()).correctClipping(this.store, (ids) => this.reindex(ids, []), id, correction));
  }

  async clearCorrection(id: number, field: CorrectableField): Promise<Result<Clipping>> {
    return attempt(async () => (await correcting()).clearClippingCorrection(this.store, (ids) => this.reindex(ids, []), id, field));
  }

  async reparseClipping(id: number): Promise<Result<Clipping>> {
    return attempt(async () => (await correcting()).reparseClipping(this.store, (ids) => this.reindex(ids, []), id));
  }

  async getSettings(): Promise<Result<Settings>> {
    return attempt(async () => ok(this.store.read(readSettings)));
  }

  async setSettings(changes: Partial<Settings>): Promise<Result<Settings>> {
    return attempt(async () => ok(this.store.read((db) => writeSettings(db, changes))));
  }

  async captureStatus(): Promise<Result<CaptureStatus>> {
    return attempt(async () => ok(this.capture.status()));
  }

  async startPairing(): Promise<Result<PairingCode>> {
    return attempt(async () => ok(this.capture.startPairing()));
  }

  async revokePairing(id: number): Promise<Result<{ id: number }>> {
    return attempt(async () => (this.capture.revoke(id) ? ok({ id }) : fail('not-found', `There is no paired browser ${id}.`)));
  }

  private exportContext(): ExportContext {
    return { store: this.store, index: this.index, engine: this.options.pdfEngine, progress: (p) => this.events.emit('exportProgress', p) };
  }

  /** Brings the index up to date with the store for the given clippings. */
  private async reindex(changed: number[], removed: number[]): Promise<void> {
    await this.index.update({ upsert: this.store.texts(changed), remove: removed, revision: this.store.revision() });
  }

  private announce(outcomes: ImportOutcome[]): void {
    if (outcomes.some((o) => o.status === 'imported')) this.events.emit('archiveChanged', { revision: this.store.revision() });
  }
}

export function openArchive(dir: string, options: ArchiveOptions): Promise<Archive> {
  return Archive.open(dir, options);
}
