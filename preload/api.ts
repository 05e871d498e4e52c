/**
 * The contract between the renderer and whatever hosts it (Electron preload or the browser host).
 *
 * Everything here is plain, structured-cloneable data: no classes, no functions in values, no
 * thrown errors. Failures come back as `{ ok: false, error }` because custom error properties do
 * not survive Electron's bridge. Main and renderer import this file with `import type` only,
 * except for the `const` lists at the end, which the transports are generated from.
 */

/** An image of the clipping, with what the page said about it. */
export interface ClippingImage {
  /** Caption as printed under the photo; empty string when the page gave none. */
  caption: string;
  /** Photo credit ("AP Photo/Jane Doe"), or null when not stated. */
  credit: string | null;
  /** Where the image came from on the web, when known (never fetched when reading). */
  src: string | null;
}

export interface AuthorBio {
  name: string;
  /** The bio's paragraphs, separated by a blank line ("\n\n"). */
  text: string;
}

/** A quotation in the body, with who said it when the text says so. */
export interface Quotation {
  /** The words quoted, without the quotation marks. */
  text: string;
  /** "Jannuzi", "Joseph DeTrani", "the former official"; null when the text does not say. */
  speaker: string | null;
  /** Index of the body paragraph it is in. */
  paragraph: number;
}

/** The people, places and organisations a clipping names (deduplicated, capped). */
export interface NamedEntities {
  people: string[];
  places: string[];
  organizations: string[];
}

/** 'stated': the page gives the date (metadata, dateline); 'inferred': guessed from a date in the text. */
export type DateConfidence = 'stated' | 'inferred';

/** What the parser understands of a clipping, before it is stored. */
export interface ParsedClipping {
  title: string;
  subtitle: string | null;
  authors: string[];
  source: string | null;
  url: string | null;
  /** ISO 8601 date ("2014-11-20") or date-time, as stated by the page; null when unknown. */
  publishedAt: string | null;
  /** ISO 639-1 code ("en"), or null when it could not be told. */
  language: string | null;
  images: ClippingImage[];
  /** Body paragraphs in reading order. */
  body: string[];
  authorBio: AuthorBio | null;
  // The parts below were added with issue 3; absent means none (older code and archives).
  /** ISO 8601 date of the last update the page states; null when none. */
  updatedAt?: string | null;
  /** How `publishedAt` was found; null when there is no date. */
  dateConfidence?: DateConfidence | null;
  /** Sentences the page sets apart in large type (repeated from the body, or not). */
  pullQuotes?: string[];
  /** Indexes of the body items that are subheadings, ascending. */
  headings?: number[];
  quotes?: Quotation[];
  entities?: NamedEntities;
}

/** Fields of a clipping the person can correct; a correction overrides what the parser says. */
export type CorrectableField = 'title' | 'authors' | 'publishedAt' | 'source';

export interface ClippingCorrection {
  title?: string;
  authors?: string[];
  publishedAt?: string | null;
  source?: string | null;
}

/** A correction in force: the field, what the parser said, and when it was corrected. */
export interface AppliedCorrection {
  field: CorrectableField;
  /** The parser's value, shown by "restore original". */
  original: string | string[] | null;
  correctedAt: string;
}

export interface OriginalFile {
  name: string;
  sha256: string;
  size: number;
  mediaType: string;
}

/** A stored clipping, as the reader shows it. */
export interface Clipping extends ParsedClipping {
  id: number;
  tags: string[];
  /** ISO 8601 date-time of the import. */
  importedAt: string;
  original: OriginalFile;
  /** The person's own free-text note on the clipping ('' when none); searchable. */
  note?: string;
  /** ISO 8601 date-time it was moved to the Trash; null or absent when it is not in the Trash. */
  trashedAt?: string | null;
  /** The person's corrections in force (their values are already in the fields above). */
  corrections?: AppliedCorrection[];
}

/** One row of the library list. */
export interface ClippingSummary {
  id: number;
  title: string;
  authors: string[];
  source: string | null;
  publishedAt: string | null;
  importedAt: string;
  language: string | null;
  tags: string[];
  /** The first words of the body, for the list. */
  lead: string;
}

/** A piece of a snippet: `mark` is true for words the query matched. Rendered as text, never as HTML. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

/** Another outlet's copy of the same story (a near-duplicate), folded under the hit shown. */
export interface DuplicateRef {
  id: number;
  title: string;
  source: string | null;
  publishedAt: string | null;
}

export interface SearchHit extends ClippingSummary {
  score: number;
  snippet: SnippetPart[];
  /** Near-duplicates of this hit that also matched: "also in N outlets". Absent when none. */
  duplicates?: DuplicateRef[];
}

/** Newest first for the dates; A to Z for title and source. */
export type SortOrder = 'imported' | 'published' | 'title' | 'source';

/** 'all': a clipping must carry every tag; 'any': one of them is enough. */
export type TagMatch = 'all' | 'any';

/** What the library is narrowed to. A tag includes its children ("korea" includes "korea/north"). */
export interface ListFilters {
  /** Only clippings carrying this tag (or one of its children). */
  tag?: string;
  /** Tags combined by `tagMatch` (default 'all'). */
  tags?: string[];
  tagMatch?: TagMatch;
  /** Exact source, author or language (ISO 639-1), case-insensitive. */
  source?: string;
  author?: string;
  language?: string;
  /** Published date range, inclusive, as a prefix of ISO 8601: "2014", "2014-11" or "2014-11-20". */
  from?: string;
  to?: string;
}

export interface ListQuery extends ListFilters {
  sort?: SortOrder;
  offset?: number;
  limit?: number;
}

export interface ListPage {
  total: number;
  items: ClippingSummary[];
}

export interface SearchQuery {
  /**
   * Lunr query syntax (`+must -not title:word word* word~1`) plus "exact phrases" and filters:
   * tag:, source:, author:, lang:, before:, after:, date: (each negated by a leading -).
   */
  text: string;
  tag?: string;
  offset?: number;
  limit?: number;
  /** Fold near-duplicates (the same story under several outlets) into one hit; default true. */
  group?: boolean;
}

export interface FacetCount {
  value: string;
  count: number;
}

/** How the whole result set (not only the page) spreads over tags, outlets, authors, years and languages. */
export interface SearchFacets {
  tags: FacetCount[];
  sources: FacetCount[];
  authors: FacetCount[];
  /** Newest year first. */
  years: FacetCount[];
  languages: FacetCount[];
}

export interface SearchResults {
  /** Results (a near-duplicate group counts once). */
  total: number;
  hits: SearchHit[];
  /** Clippings matched, duplicates included; absent when it equals total. */
  clippings?: number;
  facets?: SearchFacets;
  /** Said to the person when the query was read other than as typed (a slip, an unknown filter). */
  note?: string;
  /** The query as it was understood, in the query language. */
  interpretedAs?: string;
}

export interface MoreLikeThisQuery {
  offset?: number;
  limit?: number;
}

export interface TagCount {
  tag: string;
  count: number;
}

/** One node of the tag tree: "korea/north" is the child "north" of "korea". */
export interface TagNode {
  /** The full tag ("korea/north"); a parent nobody tagged with directly still has a node. */
  tag: string;
  /** The last part ("north"). */
  label: string;
  /** Clippings carrying exactly this tag. */
  count: number;
  /** Distinct clippings carrying this tag or any tag below it. */
  total: number;
  /** A CSS colour ("#d33f49"), or null. */
  color: string | null;
  children: TagNode[];
}

/** What a tag change did: one undoable step. */
export interface TagChange {
  /** Said to the person, and shown by Undo ("Rename korea to asia/korea"). */
  label: string;
  /** Clippings whose tags changed. */
  affected: number;
}

export interface UndoOutcome {
  /** The label of the step undone; null when there was nothing to undo. */
  undone: string | null;
  /** The label of the next step Undo would undo, if any. */
  next: string | null;
}

/** Clippings published in one month ("2014-11"), for the date histogram. */
export interface DateBucket {
  month: string;
  count: number;
}

/** A named view of the library: its search text and filters. */
export interface SavedView extends ListFilters {
  text?: string;
  sort?: SortOrder;
}

export interface SavedSearch {
  id: number;
  name: string;
  view: SavedView;
  /** How many clippings it finds now. */
  count: number;
}

/** A file handed over for import: its name and its bytes, exactly as read. */
export interface ImportFile {
  name: string;
  data: Uint8Array;
}

export type ImportStatus = 'imported' | 'duplicate' | 'failed';

export interface ImportOutcome {
  name: string;
  status: ImportStatus;
  /** The clipping made, or the one that already holds these bytes. */
  id: number | null;
  title: string | null;
  /** Why it failed, or what it duplicates, in words a person can act on. */
  message: string | null;
}

export interface ImportReport {
  outcomes: ImportOutcome[];
}

export type PaperSize = 'A4' | 'Letter';

/** Page margins: 'normal' leaves room for the running header; 'narrow' fits more on a page; 'wide' leaves room for notes. */
export type MarginSize = 'normal' | 'narrow' | 'wide';

export interface ExportPdfOptions {
  paper?: PaperSize;
  margins?: MarginSize;
  /** Saves ink: no background fills or heavy rules. */
  lightInk?: boolean;
}

/** Which clippings a dossier holds: picked by hand, all with a tag, or all a search finds. */
export type DossierSelection = { ids: number[] } | { tag: string } | { query: string };

/** 'selected' keeps the selection's own order (as picked, list order for a tag, relevance for a search). */
export type DossierOrder = 'published' | 'imported' | 'selected';

export interface DossierRequest {
  title: string;
  subtitle?: string;
  /** The name printed on the cover as "Prepared by". */
  preparedBy?: string;
  selection: DossierSelection;
  order: DossierOrder;
  /** Words this query matched are highlighted in each clipping (Lunr syntax, as in search). */
  highlightQuery?: string;
  paper: PaperSize;
  margins?: MarginSize;
  lightInk?: boolean;
  /** Chosen by the caller, so it can follow `exportProgress` and `cancelExport` before the call returns. */
  jobId?: string;
}

/** gathering: reading clippings; layout: the first print; numbering: finding each clipping's page; printing: the final print. */
export type ExportPhase = 'gathering' | 'layout' | 'numbering' | 'printing' | 'done';

export interface ExportProgress {
  jobId: string;
  phase: ExportPhase;
  /** Steps done in this phase, out of total (clippings, or pages while numbering). */
  done: number;
  total: number;
}

/** 'files': one Markdown file per clipping; 'single': one file holding them all. */
export type MarkdownMode = 'files' | 'single';

export interface ExportMarkdownOptions {
  mode: MarkdownMode;
  /** The heading of a single file; "Clippings" when not given. */
  title?: string;
}

export interface ExportedFile {
  fileName: string;
  mediaType: string;
  data: Uint8Array;
}

/** The person's preferences, kept in the archive (they follow it, whatever hosts the renderer). */
export interface Settings {
  /** Printed on a dossier's cover as "Prepared by"; '' when not set. */
  preparedBy: string;
  /** The paper a new export starts with. */
  paper: PaperSize;
  /** The margins a new export starts with (the last used). */
  margins: MarginSize;
}

export type IndexState = 'ready' | 'building' | 'updating';

export interface IndexProgress {
  state: IndexState;
  /** Documents processed in the current build, and how many it covers. */
  done: number;
  total: number;
  /** Store revision the searchable index covers. */
  revision: number;
}

export type ErrorCode =
  | 'invalid-argument'
  | 'not-found'
  | 'query-syntax'
  | 'unsupported-file'
  | 'parse-failed'
  | 'export-failed'
  /** The work was cancelled by the person who started it. */
  | 'cancelled'
  | 'io'
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  /** A sentence a person can act on; names the file when one is involved. */
  message: string;
  /** The file concerned, when there is one. */
  file?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Commands the desktop menu (or a shortcut the host owns) asks the renderer to carry out. */
export type AppCommand = 'import' | 'export-pdf' | 'find' | 'undo';

export interface AppInfo {
  /** Which shell hosts the renderer. */
  host: 'electron' | 'browser';
  version: string;
  archivePath: string;
}

/** The whole API the renderer may use. Every method resolves; none rejects on a handled failure. */
export interface ClippingApi {
  appInfo(): Promise<Result<AppInfo>>;
  importFiles(files: ImportFile[]): Promise<Result<ImportReport>>;
  importText(text: string, name?: string): Promise<Result<ImportOutcome>>;
  /** Loads the bundled sample clipping (offered by an empty archive). */
  importSample(): Promise<Result<ImportOutcome>>;
  list(query: ListQuery): Promise<Result<ListPage>>;
  search(query: SearchQuery): Promise<Result<SearchResults>>;
  /** Clippings like this one (its title and most distinctive words), itself left out. */
  moreLikeThis(id: number, query?: MoreLikeThisQuery): Promise<Result<SearchResults>>;
  get(id: number): Promise<Result<Clipping>>;
  setTags(id: number, tags: string[]): Promise<Result<Clipping>>;
  listTags(): Promise<Result<TagCount[]>>;
  /** Moves the clipping to the Trash (restoreClipping brings it back; emptyTrash deletes it). */
  deleteClipping(id: number): Promise<Result<{ id: number }>>;
  exportPdf(id: number, options?: ExportPdfOptions): Promise<Result<ExportedFile>>;
  /** Many clippings in one PDF: cover, table of contents, one clipping a page on, bookmarks. Reports `exportProgress`. */
  exportDossier(request: DossierRequest): Promise<Result<ExportedFile>>;
  /** Stops a running dossier export; it then resolves with a 'cancelled' error. `cancelled` is false when no such job runs. */
  cancelExport(jobId: string): Promise<Result<{ jobId: string; cancelled: boolean }>>;
  /** Markdown with YAML front matter: one file per clipping, or one file for them all. */
  exportMarkdown(ids: number[], options: ExportMarkdownOptions): Promise<Result<ExportedFile[]>>;
  /** One JSON file holding the clippings exactly as this contract defines them. */
  exportJson(ids: number[]): Promise<Result<ExportedFile>>;
  indexStatus(): Promise<Result<IndexProgress>>;
  /** The ids of every clipping a list query finds, in its order (select all). */
  listIds(query: ListQuery): Promise<Result<number[]>>;
  /** Tags as a tree with counts (a parent counts the distinct clippings below it). Trashed clippings do not count. */
  tagTree(): Promise<Result<TagNode[]>>;
  /** Renames a tag; its children follow ("korea/north" becomes "asia/korea/north"). Renaming onto an existing tag merges. */
  renameTag(from: string, to: string): Promise<Result<TagChange>>;
  /** Moves every clipping of the given tags (and their children) to `into`. */
  mergeTags(tags: string[], into: string): Promise<Result<TagChange>>;
  /** Removes a tag and its children from every clipping. */
  deleteTag(tag: string): Promise<Result<TagChange>>;
  /** A CSS hex colour ("#d33f49"), or null to clear it. */
  setTagColor(tag: string, color: string | null): Promise<Result<TagChange>>;
  /** Adds and removes tags on many clippings at once. */
  bulkTag(ids: number[], add: string[], remove: string[]): Promise<Result<TagChange>>;
  /** Undoes the last tag change or move to the Trash. */
  undo(): Promise<Result<UndoOutcome>>;
  /** Up to five existing tags that the clipping's nearest neighbours carry, best first. */
  suggestTags(id: number): Promise<Result<string[]>>;
  setNote(id: number, note: string): Promise<Result<Clipping>>;
  /** Moves clippings to the Trash (deleteClipping does the same for one). */
  trashClippings(ids: number[]): Promise<Result<TagChange>>;
  restoreClipping(id: number): Promise<Result<{ id: number }>>;
  /** The Trash, most recently trashed first. */
  listTrash(query: { offset?: number; limit?: number }): Promise<Result<ListPage>>;
  /** Deletes everything in the Trash for good: the only way anything leaves the disk. */
  emptyTrash(): Promise<Result<{ removed: number }>>;
  /** Clippings per month published, for the filters given (without their date range). */
  dateHistogram(query: ListFilters): Promise<Result<DateBucket[]>>;
  listSavedSearches(): Promise<Result<SavedSearch[]>>;
  saveSearch(name: string, view: SavedView): Promise<Result<SavedSearch>>;
  deleteSavedSearch(id: number): Promise<Result<{ id: number }>>;
  /** Corrects title, authors, date or source; the correction outlives re-parsing and the index follows. */
  correctClipping(id: number, correction: ClippingCorrection): Promise<Result<Clipping>>;
  /** Drops a correction: the field shows what the parser found again. */
  clearCorrection(id: number, field: CorrectableField): Promise<Result<Clipping>>;
  /** Reads the stored original again with the current parser; corrections are kept. */
  reparseClipping(id: number): Promise<Result<Clipping>>;
  /** The person's preferences; defaults for any never set. */
  getSettings(): Promise<Result<Settings>>;
  /** Changes the settings given, keeps the others; resolves with them all. */
  setSettings(changes: Partial<Settings>): Promise<Result<Settings>>;
}

export type ApiMethod = keyof ClippingApi;

/** The transports are generated from this list: adding a method means adding it here. */
export const API_METHODS = [
  'appInfo',
  'importFiles',
  'importText',
  'importSample',
  'list',
  'search',
  'moreLikeThis',
  'get',
  'setTags',
  'listTags',
  'deleteClipping',
  'exportPdf',
  'exportDossier',
  'cancelExport',
  'exportMarkdown',
  'exportJson',
  'indexStatus',
  'listIds',
  'tagTree',
  'renameTag',
  'mergeTags',
  'deleteTag',
  'setTagColor',
  'bulkTag',
  'undo',
  'suggestTags',
  'setNote',
  'trashClippings',
  'restoreClipping',
  'listTrash',
  'emptyTrash',
  'dateHistogram',
  'listSavedSearches',
  'saveSearch',
  'deleteSavedSearch',
  'correctClipping',
  'clearCorrection',
  'reparseClipping',
  'getSettings',
  'setSettings',
] as const satisfies readonly ApiMethod[];

/** Events pushed from the host to the renderer. */
export interface ClippingEvents {
  indexProgress: IndexProgress;
  command: AppCommand;
  /** The archive changed outside the renderer's own calls (menu import, CLI, another window). */
  archiveChanged: { revision: number };
  /** A dossier export moved on (see DossierRequest.jobId). */
  exportProgress: ExportProgress;
}

export type EventName = keyof ClippingEvents;

export const EVENT_NAMES = ['indexProgress', 'command', 'archiveChanged', 'exportProgress'] as const satisfies readonly EventName[];

/** What `window.clippings` is: the API plus a way to listen to events. */
export interface ClippingBridge extends ClippingApi {
  /** Subscribes to an event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: ClippingEvents[E]) => void): () => void;
}

/** The IPC channel names, derived so neither side spells them by hand. */
export const ipcChannel = (method: ApiMethod): string => `clippings:${method}`;
export const ipcEventChannel = (event: EventName): string => `clippings-event:${event}`;

/** Fails to compile when a method of ClippingApi is missing from API_METHODS. */
type MissingMethods = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
export const API_METHODS_COMPLETE: [MissingMethods] extends [never] ? true : MissingMethods = true;
