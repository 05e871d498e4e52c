import { createHash } from 'node:crypto';
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportFile, ImportOutcome, ParsedClipping } from '../../preload/api/index.ts';
import { IngestError, mediaTypeOf, parseClippingFile } from './ingest/index.ts';
import type { ArchiveStore } from './store/store.ts';
import type { SearchIndex } from './search/index.ts';
import { findSameArticle } from './same-article/recognise.ts';

/** Largest file taken in: a saved page bigger than this is not a clipping. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Extensions picked up when a folder is imported; a file named explicitly is always tried. */
export const IMPORT_EXTENSIONS = ['.txt', '.text', '.md', '.html', '.htm', '.xhtml', '.mhtml', '.mht'];

export const failed = (name: string, message: string): ImportOutcome => ({ name, status: 'failed', id: null, title: null, message });

export const tooBig = (name: string, bytes: number): ImportOutcome =>
  failed(name, `"${name}" is ${(bytes / 1024 / 1024).toFixed(1)} MB; Clipdesk imports clippings of up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);

/**
 * Imports one file: the same bytes twice make one clipping; a file that cannot be understood is
 * reported and nothing of it is stored. The clipping is searchable when this resolves.
 */
export async function importOne(store: ArchiveStore, index: SearchIndex, file: ImportFile, tags: string[] = []): Promise<ImportOutcome> {
  const { name, data } = file;
  if (data.byteLength > MAX_IMPORT_BYTES) return tooBig(name, data.byteLength);
  const sha256 = createHash('sha256').update(data).digest('hex');
  const existing = store.findByOriginal(sha256);
  if (existing) {
    return { name, status: 'duplicate', id: existing.id, title: existing.title, message: `"${name}" is already in the archive as "${existing.title}".` };
  }
  let parsed;
  try {
    parsed = parseClippingFile(name, data);
  } catch (error) {
    if (error instanceof IngestError) return failed(name, error.message);
    return failed(name, `"${name}" could not be read: ${(error as Error).message}`);
  }
  // The same article already kept (a saved page, web archive or copy of it): imported all the
  // same, so nothing is lost, and reported for the person to keep both, keep the better or merge.
  const same = findSameArticle(store, parsed);
  const id = store.insert(parsed, { name, sha256, mediaType: mediaTypeOf(name, data), data }, new Date().toISOString(), tags);
  await index.update({ upsert: store.texts([id]), remove: [], revision: store.revision() });
  return importedOutcome(name, id, parsed, same);
}

/** An import's outcome; one that is the same article as a clipping already kept says so, for the person to choose. */
export function importedOutcome(name: string, id: number, parsed: ParsedClipping, same: { id: number; title: string } | null): ImportOutcome {
  if (!same) return { name, status: 'imported', id, title: parsed.title, message: null };
  const message = `"${name}" is the same article as "${same.title}" (clipping ${same.id}), already in the archive: keep both, keep the better one, or merge them.`;
  return { name, status: 'imported', id, title: parsed.title, message, sameArticleAs: { id: same.id, title: same.title } };
}

export type PathItem = ImportFile | { failure: ImportOutcome };

/**
 * The files behind the given paths: files as named, folders walked recursively for clipping
 * files. Symbolic links inside folders are not followed, so a folder cannot lead the import
 * elsewhere on the disk.
 */
export async function* readImportPaths(paths: string[]): AsyncGenerator<PathItem> {
  for (const given of paths) {
    let info;
    try {
      info = await lstat(given);
    } catch {
      yield { failure: failed(given, `"${given}" does not exist or cannot be opened.`) };
      continue;
    }
    if (info.isDirectory()) yield* walkFolder(given);
    else yield await readOne(given, given);
  }
}

async function* walkFolder(folder: string): AsyncGenerator<PathItem> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* walkFolder(full);
    else if (entry.isFile() && IMPORT_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) yield await readOne(full, full);
  }
}

async function readOne(file: string, shownName: string): Promise<PathItem> {
  try {
    const info = await lstat(file);
    if (info.size > MAX_IMPORT_BYTES) return { failure: tooBig(shownName, info.size) };
    return { name: path.basename(file), data: new Uint8Array(await readFile(file)) };
  } catch (error) {
    return { failure: failed(shownName, `"${shownName}" could not be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`) };
  }
}
