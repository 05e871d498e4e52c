/** The contract. Export: one clipping or a dossier as PDF, Markdown and JSON. */
import type { Result } from './result.ts';

export type PaperSize = 'A4' | 'Letter';

/** Page margins: 'normal' leaves room for the running header; 'narrow' fits more on a page; 'wide' leaves room for notes. */
export type MarginSize = 'normal' | 'narrow' | 'wide';

export interface ExportPdfOptions {
  paper?: PaperSize;
  margins?: MarginSize;
  /** Saves ink: no background fills or heavy rules. */
  lightInk?: boolean;
  /** Prints the clipping's photos with their captions; the Settings' choice when not given. */
  photos?: boolean;
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
  /** Prints the clippings' photos with their captions; the Settings' choice when not given. */
  photos?: boolean;
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

export interface ExportApi {
  exportPdf(id: number, options?: ExportPdfOptions): Promise<Result<ExportedFile>>;
  /** Many clippings in one PDF: cover, table of contents, one clipping a page on, bookmarks. Reports `exportProgress`. */
  exportDossier(request: DossierRequest): Promise<Result<ExportedFile>>;
  /** Stops a running dossier export; it then resolves with a 'cancelled' error. `cancelled` is false when no such job runs. */
  cancelExport(jobId: string): Promise<Result<{ jobId: string; cancelled: boolean }>>;
  /** Markdown with YAML front matter: one file per clipping, or one file for them all. */
  exportMarkdown(ids: number[], options: ExportMarkdownOptions): Promise<Result<ExportedFile[]>>;
  /** One JSON file holding the clippings exactly as this contract defines them. */
  exportJson(ids: number[]): Promise<Result<ExportedFile>>;
}

/** The transports are generated from these lists (joined in index.ts): a new method is added here too. */
export const EXPORT_METHODS = [
  'exportPdf',
  'exportDossier',
  'cancelExport',
  'exportMarkdown',
  'exportJson',
] as const satisfies readonly (keyof ExportApi)[];

/** Fails to compile when a method of ExportApi is missing from EXPORT_METHODS. */
type Missing = Exclude<keyof ExportApi, (typeof EXPORT_METHODS)[number]>;
const _complete: [Missing] extends [never] ? true : Missing = true;
