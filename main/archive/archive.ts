import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type * as api from '../../preload/api/index.ts';
import { Organizer } from './organizing.ts';
import { Importer } from './importer.ts';
import { WarmUp } from './warm-up.ts';
import type { ArchiveStore } from './store/store.ts';
import type { SearchIndex } from './search/index.ts';
import type { PdfEngine } from './export/index.ts';
import { EventHub } from './events.ts';
import { openArchiveParts } from './opening.ts';
import { fail, ok, attempt } from './result.ts';
import { ArchiveSearch } from './searching.ts';
import type { FacetCache } from './facet-cache.ts';
import { readSettings, writeSettings } from './settings.ts';
import type { ExportContext, ExportJobs } from './exporting.ts';
import { ArchiveCapture } from './capture/archive-capture.ts';

// Parsing and export code loads on first use, and in the background once searching pauses (warm-up.ts).
const correcting = () => import('./correcting.ts');
const importing = () => import('./importing.ts');
const exporting = () => import('./exporting.ts');

export { INDEX_FOLDER } from './opening.ts';
const APP_VERSION = '0.1.0';

export interface ArchiveOptions {
  pdfEngine: PdfEngine;
  host: api.AppInfo['host'];
  /** The bundled sample clipping, offered by an empty archive. */
  sampleFile: string;
}

/**
 * The archive service: the store, the index and the exporter composed into the ClippingApi.
 * It knows nothing of Electron or HTTP; the shells bind it to their transport.
 */
export class Archive implements api.ClippingApi {
  readonly dir: string;
  private readonly store: ArchiveStore;
  private readonly index: SearchIndex;
  private readonly options: ArchiveOptions;
  private readonly events: EventHub<api.ClippingEvents>;
  private exportJobs: ExportJobs | null = null;
  /** Loads the parsing and export modules once the archive is open and answering. */
  private warmUp: WarmUp | null = null;
  private readonly organizer: Organizer;
  private readonly importer: Importer;

  private readonly facets: FacetCache;
  /** Browser capture: the narrow service the capture endpoint is given (capture/archive-capture.ts). */
  readonly capture: ArchiveCapture;

  private constructor(dir: string, store: ArchiveStore, index: SearchIndex, options: ArchiveOptions, events: EventHub<api.ClippingEvents>, facets: FacetCache) {
    this.facets = facets;
    this.dir = dir;
    this.store = store;
    this.index = index;
    this.options = options;
    this.events = events;
    this.importer = new Importer(store, index, events);
    this.capture = new ArchiveCapture(store, index, events, async () => (await importing()).importOne);
    this.organizer = new Organizer(store, index, events, (text) => {
      const found = this.searcher().search({ text, limit: 1 });
      return found.ok ? found.value.total : 0;
    });
  }

  static async open(dir: string, options: ArchiveOptions): Promise<Archive> {
    const events = new EventHub<api.ClippingEvents>();
    const { store, index, facets } = await openArchiveParts(dir, events);
    const archive = new Archive(dir, store, index, options, events, facets);
    archive.warmUp = new WarmUp(() => Promise.all([Importer.warm(), correcting(), exporting()]));
    return archive;
  }

  on<E extends api.EventName>(event: E, listener: (payload: api.ClippingEvents[E]) => void): () => void {
    return this.events.on(event, listener);
  }

  async close(): Promise<void> {
    this.warmUp?.cancel();
    this.exportJobs?.cancelAll();
    this.organizer.close();
    await this.importer.close();
    await this.index.close();
    this.store.close();
  }

  /** Resolves when the index has caught up with the store and finished background work. */
  async whenIndexIdle(): Promise<void> {
    await this.organizer.whenIndexed();
    await this.index.whenIdle();
  }

  async appInfo(): Promise<api.Result<api.AppInfo>> {
    return ok({ host: this.options.host, version: APP_VERSION, archivePath: this.dir });
  }

  // Importing (importer.ts): many files are parsed on worker threads and stored in batches.
  importFiles(files: api.ImportFile[]): Promise<api.Result<api.ImportReport>> {
    return attempt(async () => ok(await this.importer.importFiles(files)));
  }

  /** Imports files and folders (recursively) from disk: the desktop menu and the CLI. */
  importPaths(paths: string[], tags: string[] = []): Promise<api.ImportReport> {
    return this.importer.importPaths(paths, tags);
  }

  importText(text: string, name?: string): Promise<api.Result<api.ImportOutcome>> {
    const fileName = name?.trim() || `Pasted text ${new Date().toISOString().slice(0, 19).replace('T', ' ')}.txt`;
    return attempt(async () => ok(await this.importer.importOne({ name: fileName, data: new TextEncoder().encode(text) })));
  }

  importSample(): Promise<api.Result<api.ImportOutcome>> {
    return attempt(async () => ok(await this.importer.importOne(await readSample(this.options.sampleFile))));
  }

  async list(query: api.ListQuery): Promise<api.Result<api.ListPage>> {
    return attempt(async () => ok(this.store.list(query)));
  }

  async search(query: api.SearchQuery): Promise<api.Result<api.SearchResults>> {
    this.warmUp?.searched();
    return attempt(async () => this.searcher().search(query));
  }

  async moreLikeThis(id: number, query: api.MoreLikeThisQuery = {}): Promise<api.Result<api.SearchResults>> {
    return attempt(async () => this.searcher().moreLikeThis(id, query));
  }

  #search: ArchiveSearch | null = null;
  /** The query language, facets and grouping over this store and index (searching.ts). */
  private searcher(): ArchiveSearch {
    return (this.#search ??= new ArchiveSearch(this.store, this.index, this.facets));
  }

  async get(id: number): Promise<api.Result<api.Clipping>> {
    return attempt(async () => {
      const clipping = this.store.get(id);
      return clipping ? ok(clipping) : fail('not-found', `There is no clipping ${id} in this archive.`);
    });
  }

  async getImage(id: number, variant: api.ImageVariant = 'full'): Promise<api.Result<api.ImageBytes>> {
    return attempt(async () => {
      const image = this.store.image(id, variant);
      return image ? ok(image) : fail('not-found', `There is no image ${id} in this archive.`);
    });
  }

  /** One undo step (organizing.ts), as a tag change from the library is. */
  async setTags(id: number, tags: string[]): Promise<api.Result<api.Clipping>> {
    return attempt(() => this.organizer.setTags(id, tags));
  }

  async listTags(): Promise<api.Result<api.TagCount[]>> {
    return attempt(async () => ok(this.store.listTags()));
  }

  /** Moves the clipping to the Trash: nothing leaves the disk until the Trash is emptied. */
  async deleteClipping(id: number): Promise<api.Result<{ id: number }>> {
    return attempt(async () => {
      const moved = await this.organizer.trash([id]);
      return moved.ok ? ok({ id }) : moved;
    });
  }

  async exportPdf(id: number, options: api.ExportPdfOptions = {}): Promise<api.Result<api.ExportedFile>> {
    return attempt(async () => (await exporting()).exportClippingPdf(this.exportContext(), id, options));
  }

  async exportDossier(request: api.DossierRequest): Promise<api.Result<api.ExportedFile>> {
    return attempt(async () => {
      const { ExportJobs, exportDossier } = await exporting();
      return exportDossier(this.exportContext(), (this.exportJobs ??= new ExportJobs()), request);
    });
  }

  async cancelExport(jobId: string): Promise<api.Result<{ jobId: string; cancelled: boolean }>> {
    return ok({ jobId, cancelled: this.exportJobs?.cancel(jobId) ?? false });
  }

  async exportMarkdown(ids: number[], options: api.ExportMarkdownOptions): Promise<api.Result<api.ExportedFile[]>> {
    return attempt(async () => (await exporting()).exportMarkdown(this.exportContext(), ids, options));
  }

  async exportJson(ids: number[]): Promise<api.Result<api.ExportedFile>> {
    return attempt(async () => (await exporting()).exportJson(this.exportContext(), ids));
  }

  async indexStatus(): Promise<api.Result<api.IndexProgress>> {
    return ok(this.index.status());
  }

  // Organising (organizing.ts): tags, undo, Trash, notes, saved searches, suggestions.
  async listIds(query: api.ListQuery): Promise<api.Result<number[]>> {
    return attempt(async () => this.organizer.listIds(query));
  }

  async tagTree(): Promise<api.Result<api.TagNode[]>> {
    return attempt(async () => this.organizer.tagTree());
  }

  async renameTag(from: string, to: string): Promise<api.Result<api.TagChange>> {
    return attempt(() => this.organizer.renameTag(from, to));
  }

  async mergeTags(tags: string[], into: string): Promise<api.Result<api.TagChange>> {
    return attempt(() => this.organizer.mergeTags(tags, into));
  }

  async deleteTag(tag: string): Promise<api.Result<api.TagChange>> {
    return attempt(() => this.organizer.deleteTag(tag));
  }

  async setTagColor(tag: string, color: string | null): Promise<api.Result<api.TagChange>> {
    return attempt(() => this.organizer.setTagColor(tag, color));
  }

  async bulkTag(ids: number[], add: string[], remove: string[]): Promise<api.Result<api.TagChange>> {
    return attempt(() => this.organizer.bulkTag(ids, add, remove));
  }

  async undo(): Promise<api.Result<api.UndoOutcome>> {
    return attempt(() => this.organizer.undo());
  }

  async suggestTags(id: number): Promise<api.Result<string[]>> {
    return attempt(async () => this.organizer.suggestTags(id));
  }

  async setNote(id: number, note: string): Promise<api.Result<api.Clipping>> {
    return attempt(() => this.organizer.setNote(id, note));
  }

  async trashClippings(ids: number[]): Promise<api.Result<api.TagChange>> {
    return attempt(() => this.organizer.trash(ids));
  }

  async restoreClipping(id: number): Promise<api.Result<{ id: number }>> {
    return attempt(() => this.organizer.restore(id));
  }

  async listTrash(query: { offset?: number; limit?: number }): Promise<api.Result<api.ListPage>> {
    return attempt(async () => this.organizer.listTrash(query));
  }

  async emptyTrash(): Promise<api.Result<{ removed: number }>> {
    return attempt(() => this.organizer.emptyTrash());
  }

  async dateHistogram(query: api.ListFilters): Promise<api.Result<api.DateBucket[]>> {
    return attempt(async () => this.organizer.dateHistogram(query));
  }

  async listSavedSearches(): Promise<api.Result<api.SavedSearch[]>> {
    return attempt(async () => this.organizer.listSavedSearches());
  }

  async saveSearch(name: string, view: api.SavedView): Promise<api.Result<api.SavedSearch>> {
    return attempt(async () => this.organizer.saveSearch(name, view));
  }

  async deleteSavedSearch(id: number): Promise<api.Result<{ id: number }>> {
    return attempt(async () => this.organizer.deleteSavedSearch(id));
  }

  // Corrections and re-parsing (correcting.ts): the index follows each.
  async correctClipping(id: number, correction: api.ClippingCorrection): Promise<api.Result<api.Clipping>> {
    return attempt(async () => (await correcting()).correctClipping(this.store, (ids) => this.reindex(ids, []), id, correction));
  }

  async clearCorrection(id: number, field: api.CorrectableField): Promise<api.Result<api.Clipping>> {
    return attempt(async () => (await correcting()).clearClippingCorrection(this.store, (ids) => this.reindex(ids, []), id, field));
  }

  async resolveSameArticle(id: number, otherId: number, choice: api.SameArticleChoice): Promise<api.Result<{ id: number }>> {
    return attempt(async () => {
      const { resolveSameArticle } = await import('./same-article/resolve.ts');
      const resolved = await resolveSameArticle({ store: this.store, organizer: this.organizer, reindex: (ids) => this.reindex(ids, []) }, id, otherId, choice);
      if (resolved.ok) this.events.emit('archiveChanged', { revision: this.store.revision() });
      return resolved;
    });
  }

  async reparseClipping(id: number): Promise<api.Result<api.Clipping>> {
    return attempt(async () => (await correcting()).reparseClipping(this.store, (ids) => this.reindex(ids, []), id));
  }

  async getSettings(): Promise<api.Result<api.Settings>> {
    return attempt(async () => ok(this.store.read(readSettings)));
  }

  async setSettings(changes: Partial<api.Settings>): Promise<api.Result<api.Settings>> {
    return attempt(async () => ok(this.store.read((db) => writeSettings(db, changes))));
  }

  async captureStatus(): Promise<api.Result<api.CaptureStatus>> {
    return attempt(async () => ok(this.capture.status()));
  }

  async startPairing(): Promise<api.Result<api.PairingCode>> {
    return attempt(async () => ok(this.capture.startPairing()));
  }

  async revokePairing(id: number): Promise<api.Result<{ id: number }>> {
    return attempt(async () => (this.capture.revoke(id) ? ok({ id }) : fail('not-found', `There is no paired browser ${id}.`)));
  }

  private exportContext(): ExportContext {
    return { store: this.store, index: this.index, engine: this.options.pdfEngine, progress: (p) => this.events.emit('exportProgress', p) };
  }

  /** Brings the index up to date with the store for the given clippings. */
  private async reindex(changed: number[], removed: number[]): Promise<void> {
    await this.index.update({ upsert: this.store.texts(changed), remove: removed, revision: this.store.revision() });
  }

}

async function readSample(file: string): Promise<api.ImportFile> {
  return { name: path.basename(file), data: new Uint8Array(await readFile(file)) };
}

export function openArchive(dir: string, options: ArchiveOptions): Promise<Archive> {
  return Archive.open(dir, options);
}
