/** The contract. Clippings: import, reading one, notes, corrections and re-parsing, the Trash. */
import type { Clipping, ClippingCorrection, CorrectableField, ImageBytes, ImageVariant } from './clipping.ts';
import type { Result } from './result.ts';
import type { ListPage } from './search.ts';
import type { TagChange } from './tags.ts';

/** A file handed over for import: its name and its bytes, exactly as read. */
export interface ImportFile {
  name: string;
  data: Uint8Array;
  /**
   * Where the file lay in a dropped folder ("Saved/Page_files/photo.jpg"), so a page saved
   * "complete" finds its images among the files dropped with it; absent for a single file.
   */
  path?: string;
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
  /**
   * Imported, but the archive already held this article (the same address, or the same text as a
   * saved page, web archive or copy): the person chooses with resolveSameArticle. Absent: none.
   */
  sameArticleAs?: { id: number; title: string } | null;
  /** Photos kept with the clipping (added with issue 15). */
  images?: number;
  /** Images found in the source but not kept, with the reason for each. */
  skippedImages?: string[];
}

/**
 * Two clippings of one article: keep both; keep the better (richer) and move the other to the
 * Trash; or merge into the richer (the richer parts of each win) and move the other to the Trash.
 * Tags and notes of both stay on the clipping kept.
 */
export type SameArticleChoice = 'keep-both' | 'keep-better' | 'merge';

export interface ImportReport {
  outcomes: ImportOutcome[];
}

export interface ClippingsApi {
  importFiles(files: ImportFile[]): Promise<Result<ImportReport>>;
  importText(text: string, name?: string): Promise<Result<ImportOutcome>>;
  /** Loads the bundled sample clipping (offered by an empty archive). */
  importSample(): Promise<Result<ImportOutcome>>;
  get(id: number): Promise<Result<Clipping>>;
  /** A stored photo's bytes (ClippingImage.stored.id): the only way an image reaches the renderer. */
  getImage(id: number, variant?: ImageVariant): Promise<Result<ImageBytes>>;
  setNote(id: number, note: string): Promise<Result<Clipping>>;
  /** Moves the clipping to the Trash (restoreClipping brings it back; emptyTrash deletes it). */
  deleteClipping(id: number): Promise<Result<{ id: number }>>;
  /** Moves clippings to the Trash (deleteClipping does the same for one). */
  trashClippings(ids: number[]): Promise<Result<TagChange>>;
  restoreClipping(id: number): Promise<Result<{ id: number }>>;
  /** The Trash, most recently trashed first. */
  listTrash(query: { offset?: number; limit?: number }): Promise<Result<ListPage>>;
  /** Deletes everything in the Trash for good: the only way anything leaves the disk. */
  emptyTrash(): Promise<Result<{ removed: number }>>;
  /** Corrects title, authors, date or source; the correction outlives re-parsing and the index follows. */
  correctClipping(id: number, correction: ClippingCorrection): Promise<Result<Clipping>>;
  /** Drops a correction: the field shows what the parser found again. */
  clearCorrection(id: number, field: CorrectableField): Promise<Result<Clipping>>;
  /** Reads the stored original again with the current parser; corrections are kept. */
  reparseClipping(id: number): Promise<Result<Clipping>>;
  /** Acts on an import's "same article as" (ImportOutcome.sameArticleAs); answers the clipping that stays. */
  resolveSameArticle(id: number, otherId: number, choice: SameArticleChoice): Promise<Result<{ id: number }>>;
}

/** The transports are generated from these lists (joined in index.ts): a new method is added here too. */
export const CLIPPINGS_METHODS = [
  'importFiles',
  'importText',
  'importSample',
  'get',
  'getImage',
  'deleteClipping',
  'setNote',
  'trashClippings',
  'restoreClipping',
  'listTrash',
  'emptyTrash',
  'correctClipping',
  'clearCorrection',
  'reparseClipping',
  'resolveSameArticle',
] as const satisfies readonly (keyof ClippingsApi)[];

/** Fails to compile when a method of ClippingsApi is missing from CLIPPINGS_METHODS. */
type Missing = Exclude<keyof ClippingsApi, (typeof CLIPPINGS_METHODS)[number]>;
const _complete: [Missing] extends [never] ? true : Missing = true;
