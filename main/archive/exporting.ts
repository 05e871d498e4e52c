/**
 * The export operations of the archive service: which clippings, in which order, handed to which
 * engine, with progress and cancelling for the long ones. The engines and document builders live in
 * export/; this file only gathers and directs, and turns failures into the contract's error values.
 */
import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type {
  Clipping,
  DossierRequest,
  DossierSelection,
  ExportedFile,
  ExportMarkdownOptions,
  ExportPdfOptions,
  ExportProgress,
  Result,
} from '../../preload/api/index.ts';
import type { ArchiveStore } from './store/store.ts';
import type { SearchIndex } from './search/index.ts';
import {
  ExportError,
  buildPrintHtml,
  clippingFileName,
  clippingMarkdown,
  collectionFileName,
  collectionMarkdown,
  printDossier,
  runningHeaderText,
  uniqueFileNames,
  withPdfInfo,
  type DossierEntry,
  type PdfEngine,
} from './export/index.ts';
import { fail, ok } from './result.ts';
import { readSettings } from './settings.ts';
import { withPrintedPhotos } from './export/printed-photos.ts';

/** More clippings than this make a PDF few people could open; exporting them in parts works. */
export const MAX_DOSSIER_CLIPPINGS = 2000;

export interface ExportContext {
  store: ArchiveStore;
  index: SearchIndex;
  engine: PdfEngine;
  progress: (progress: ExportProgress) => void;
}

/** Dossier exports under way, by job id, so they can be cancelled. */
export class ExportJobs {
  private readonly running = new Map<string, AbortController>();

  start(jobId: string): AbortSignal | null {
    if (this.running.has(jobId)) return null;
    const controller = new AbortController();
    this.running.set(jobId, controller);
    return controller.signal;
  }

  finish(jobId: string): void {
    this.running.delete(jobId);
  }

  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    controller?.abort(new ExportError('The export was cancelled.'));
    return controller !== undefined;
  }

  /** Cancels everything: the archive is closing. */
  cancelAll(): void {
    for (const id of [...this.running.keys()]) this.cancel(id);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One clipping to PDF, with the document information (Author, Keywords) Chromium leaves out. */
export async function exportClippingPdf(ctx: ExportContext, id: number, options: ExportPdfOptions): Promise<Result<ExportedFile>> {
  const stored = ctx.store.get(id);
  if (!stored) return fail('not-found', `There is no clipping ${id} in this archive.`);
  const clipping = withPrintedPhotos(ctx.store, stored, options.photos ?? ctx.store.read(readSettings).printPhotos);
  const print = { paper: options.paper ?? 'A4', ...(options.margins ? { margins: options.margins } : {}), ...(options.lightInk ? { lightInk: true } : {}) };
  try {
    const pdf = await ctx.engine.htmlToPdf(buildPrintHtml(clipping, print), { ...print, title: clipping.title, headerText: runningHeaderText(clipping) });
    const info = { title: clipping.title, author: clipping.authors.join(', '), subject: clipping.source ?? '', keywords: clipping.tags };
    return ok({ fileName: clippingFileName(clipping, 'pdf'), mediaType: 'application/pdf', data: withPdfInfo(pdf, info) });
  } catch (error) {
    if (error instanceof ExportError) return fail('export-failed', error.message);
    return fail('export-failed', `Could not make the PDF of "${clipping.title}": ${describe(error)}`);
  }
}

interface Selected {
  ids: number[];
  origin: string;
  /** The search and the index terms it matched in each clipping, when the selection was a search. */
  query: string | null;
  terms: Map<number, string[]> | null;
}

function searchTerms(index: SearchIndex, query: string): Result<Map<number, string[]>> {
  const outcome = index.search(query);
  if (!outcome.ok) return fail('query-syntax', outcome.message);
  return ok(new Map(outcome.hits.map((h) => [h.id, h.terms])));
}

function select(ctx: ExportContext, selection: DossierSelection): Result<Selected> {
  if ('ids' in selection) {
    const ids = [...new Set(selection.ids)];
    return ok({ ids, origin: ids.length === 1 ? 'One selected clipping' : 'Selected clippings', query: null, terms: null });
  }
  if ('tag' in selection) {
    const page = ctx.store.list({ tag: selection.tag, sort: 'imported', limit: MAX_DOSSIER_CLIPPINGS + 1 });
    return ok({ ids: page.items.map((s) => s.id), origin: `Clippings tagged “${selection.tag}”`, query: null, terms: null });
  }
  const found = searchTerms(ctx.index, selection.query);
  if (!found.ok) return found;
  const query = selection.query.trim();
  return ok({ ids: [...found.value.keys()], origin: `Search “${query}”`, query, terms: found.value });
}

/** The calendar day a clipping was published, for ordering; undated ones go last. */
const publishedKey = (c: Clipping): string => /^\d{4}-\d{2}-\d{2}/.exec(c.publishedAt?.trim() ?? '')?.[0] ?? '9999';

/** Oldest first, as a dossier is read; ties (and undated clippings) by import. */
export function orderClippings(clippings: readonly Clipping[], order: DossierRequest['order']): Clipping[] {
  if (order === 'selected') return [...clippings];
  const byImport = (a: Clipping, b: Clipping): number => a.importedAt.localeCompare(b.importedAt) || a.id - b.id;
  if (order === 'imported') return [...clippings].sort(byImport);
  return [...clippings].sort((a, b) => publishedKey(a).localeCompare(publishedKey(b)) || byImport(a, b));
}

/** Reads the clippings in `ids`, yielding between them; fails naming the ones that do not exist. */
async function gather(
  ctx: ExportContext,
  ids: readonly number[],
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
  photos = false,
): Promise<Result<Clipping[]>> {
  const clippings: Clipping[] = [];
  const missing: number[] = [];
  for (const [i, id] of ids.entries()) {
    signal?.throwIfAborted();
    const clipping = ctx.store.get(id);
    if (clipping) clippings.push(photos ? withPrintedPhotos(ctx.store, clipping, true) : clipping);
    else missing.push(id);
    onProgress?.(i + 1, ids.length);
    if (i % 10 === 9) await yieldToEventLoop();
  }
  if (missing.length) {
    const list = missing.slice(0, 5).join(', ') + (missing.length > 5 ? ` and ${missing.length - 5} more` : '');
    return fail('not-found', `There is no clipping ${list} in this archive.`);
  }
  return ok(clippings);
}

/** Emits progress, at most about a hundred events a phase, always the first and the last. */
function progressReporter(ctx: ExportContext, jobId: string): (phase: ExportProgress['phase'], done: number, total: number) => void {
  let last = '';
  return (phase, done, total) => {
    const step = Math.max(1, Math.ceil(total / 100));
    if (done !== 0 && done !== total && done % step !== 0) return;
    const key = `${phase}:${done}:${total}`;
    if (key === last) return;
    last = key;
    ctx.progress({ jobId, phase, done, total });
  };
}

/** Many clippings in one PDF (see printDossier), reporting progress under its job id and cancellable. */
export async function exportDossier(ctx: ExportContext, jobs: ExportJobs, request: DossierRequest): Promise<Result<ExportedFile>> {
  const jobId = request.jobId ?? randomUUID();
  const signal = jobs.start(jobId);
  if (!signal) return fail('invalid-argument', `An export with job id "${jobId}" is already running.`);
  const report = progressReporter(ctx, jobId);
  try {
    const selected = select(ctx, request.selection);
    if (!selected.ok) return selected;
    const { ids, origin } = selected.value;
    if (ids.length === 0) return fail('invalid-argument', `${origin}: no clippings, so there is nothing to export.`);
    if (ids.length > MAX_DOSSIER_CLIPPINGS) {
      return fail('invalid-argument', `${origin}: more than ${MAX_DOSSIER_CLIPPINGS} clippings, too many for one dossier; narrow the selection.`);
    }
    // Highlighting is an option: a dossier from a search is marked only when asked to be.
    let terms: Map<number, string[]> | null = null;
    const highlight = request.highlightQuery?.trim();
    if (highlight) {
      const found = highlight === selected.value.query ? ok(selected.value.terms!) : searchTerms(ctx.index, highlight);
      if (!found.ok) return found;
      terms = found.value;
    }
    const photos = request.photos ?? ctx.store.read(readSettings).printPhotos;
    const gathered = await gather(ctx, ids, (done, total) => report('gathering', done, total), signal, photos);
    if (!gathered.ok) return gathered;
    const entries: DossierEntry[] = orderClippings(gathered.value, request.order).map((clipping) => ({
      clipping,
      terms: terms?.get(clipping.id) ?? [],
    }));
    const preparedAt = new Date().toISOString();
    const content = {
      title: request.title.trim(),
      origin,
      preparedAt,
      entries,
      ...(request.subtitle?.trim() ? { subtitle: request.subtitle.trim() } : {}),
      ...(request.preparedBy?.trim() ? { preparedBy: request.preparedBy.trim() } : {}),
    };
    const print = { paper: request.paper, ...(request.margins ? { margins: request.margins } : {}), ...(request.lightInk ? { lightInk: true } : {}) };
    const pdf = await printDossier(ctx.engine, content, print, { signal, onProgress: report });
    report('done', 1, 1);
    return ok({ fileName: collectionFileName(content.title, preparedAt, 'pdf'), mediaType: 'application/pdf', data: pdf });
  } catch (error) {
    if (signal.aborted) return fail('cancelled', `The export of the dossier “${request.title.trim()}” was cancelled.`);
    if (error instanceof ExportError) return fail('export-failed', error.message);
    return fail('export-failed', `Could not make the dossier “${request.title.trim()}”: ${describe(error)}`);
  } finally {
    jobs.finish(jobId);
  }
}

/** Markdown: one file per clipping (names made unique), or one file holding them all. */
export async function exportMarkdown(ctx: ExportContext, ids: number[], options: ExportMarkdownOptions): Promise<Result<ExportedFile[]>> {
  const gathered = await gather(ctx, [...new Set(ids)]);
  if (!gathered.ok) return gathered;
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  const mediaType = 'text/markdown; charset=utf-8';
  if (options.mode === 'single') {
    const title = options.title?.trim() || 'Clippings';
    const exportedAt = new Date().toISOString();
    return ok([{ fileName: collectionFileName(title, exportedAt, 'md'), mediaType, data: encode(collectionMarkdown(title, gathered.value, exportedAt)) }]);
  }
  const names = uniqueFileNames(gathered.value.map((c) => clippingFileName(c, 'md')));
  return ok(gathered.value.map((c, i) => ({ fileName: names[i]!, mediaType, data: encode(clippingMarkdown(c)) })));
}

/** What an exported JSON file holds: the clippings exactly as the contract defines them, and what they are. */
export interface ClippingsJson {
  format: 'clipdesk-clippings';
  version: 1;
  exportedAt: string;
  count: number;
  clippings: Clipping[];
}

export async function exportJson(ctx: ExportContext, ids: number[]): Promise<Result<ExportedFile>> {
  const gathered = await gather(ctx, [...new Set(ids)]);
  if (!gathered.ok) return gathered;
  const exportedAt = new Date().toISOString();
  const doc: ClippingsJson = { format: 'clipdesk-clippings', version: 1, exportedAt, count: gathered.value.length, clippings: gathered.value };
  const name = gathered.value.length === 1 ? clippingFileName(gathered.value[0]!, 'json') : collectionFileName('Clippings', exportedAt, 'json');
  return ok({ fileName: name, mediaType: 'application/json', data: new TextEncoder().encode(`${JSON.stringify(doc, null, 2)}\n`) });
}
