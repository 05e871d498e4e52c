import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportFile, ImportOutcome, ParsedClipping } from '../../preload/api/index.ts';
import { IngestError, mediaTypeOf, parseClippingFile } from './ingest/index.ts';
import { mhtmlResources, pageResolver } from './ingest/images/page-resources.ts';
import { gatherImages, type GatheredImages } from './media/gather-images.ts';
import { MAX_IMAGE_BYTES, sniffImageType } from './media/image-codec.ts';
import { readSettings } from './settings.ts';
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
/** A clipping the parsed file repeats though its bytes differ (a second browser clip of a page); null when none. */
export type TwinFinder = (parsed: ParsedClipping) => { id: number; title: string } | null;

export async function importOne(store: ArchiveStore, index: SearchIndex, file: ImportItem, tags: string[] = [], resources?: ReadonlyMap<string, Uint8Array>, twinOf?: TwinFinder): Promise<ImportOutcome> {
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
  const twin = twinOf?.(parsed);
  if (twin) return { name, status: 'duplicate', id: twin.id, title: twin.title, message: `"${parsed.title}" is already in the archive as "${twin.title}".` };
  // The same article already kept (a saved page, web archive or copy of it): imported all the
  // same, so nothing is lost, and reported for the person to keep both, keep the better or merge.
  const same = findSameArticle(store, parsed);
  const mediaType = mediaTypeOf(name, data);
  const photos = await photosOf(store, { ...file, resources: resources ?? file.resources }, parsed, mediaType);
  const id = store.insert(photos.parsed, { name, sha256, mediaType, data }, new Date().toISOString(), tags, photos.inputs);
  await index.update({ upsert: store.texts([id]), remove: [], revision: store.revision() });
  return importedOutcome(name, id, parsed, same, photos);
}

/** The photos of a parsed file: from its own MHTML parts, the files handed over with it, or its folder on disk. */
export function photosOf(store: ArchiveStore, file: ImportItem, parsed: ParsedClipping, mediaType: string): Promise<GatheredImages> {
  const resolver = pageResolver(imageSources(mediaType, file.data, file.resources), file.dir ? fileBeside(file.dir) : undefined);
  return gatherImages(parsed, resolver, { keepLocation: store.read(readSettings).keepPhotoLocation });
}

/**
 * An import's outcome, with the photos kept; one that is the same article as a clipping already
 * kept says so, for the person to choose.
 */
export function importedOutcome(name: string, id: number, parsed: ParsedClipping, same: { id: number; title: string } | null, photos: GatheredImages): ImportOutcome {
  const images = { images: photos.kept, ...(photos.skipped.length > 0 ? { skippedImages: photos.skipped } : {}) };
  if (!same) return { name, status: 'imported', id, title: parsed.title, message: null, ...images };
  const message = `"${name}" is the same article as "${same.title}" (clipping ${same.id}), already in the archive: keep both, keep the better one, or merge them.`;
  return { name, status: 'imported', id, title: parsed.title, message, sameArticleAs: { id: same.id, title: same.title }, ...images };
}

/** What a page's images may be read from: its own MHTML parts, and the files imported beside it. */
export function imageSources(mediaType: string, data: Uint8Array, beside?: ReadonlyMap<string, Uint8Array>): Map<string, Uint8Array> {
  const sources = mediaType === 'multipart/related' ? mhtmlResources(data) : new Map<string, Uint8Array>();
  for (const [key, bytes] of beside ?? []) if (!sources.has(key)) sources.set(key, bytes);
  return sources;
}

/**
 * A file to import; one read from disk knows its folder, where a page saved complete keeps its
 * images; one dropped with others may come with the images dropped beside it (splitBatch).
 */
export interface ImportItem extends ImportFile {
  dir?: string;
  resources?: ReadonlyMap<string, Uint8Array>;
}

export type PathItem = ImportItem | { failure: ImportOutcome };

/**
 * Reads a page's image from its folder (a page saved "complete" keeps them in `<name>_files/`):
 * only a regular file inside the page's folder, links resolved and checked, of an image's size.
 */
function fileBeside(dir: string): (relativePath: string) => Uint8Array | null {
  return (relativePath) => {
    try {
      const root = realpathSync(dir);
      const file = realpathSync(path.join(dir, relativePath));
      if (!file.startsWith(root + path.sep)) return null;
      const info = statSync(file);
      if (!info.isFile() || info.size > MAX_IMAGE_BYTES) return null;
      return new Uint8Array(readFileSync(file));
    } catch {
      return null;
    }
  };
}

/** A page saved complete keeps its images in a folder named after it: that folder holds no clippings. */
const RESOURCE_FOLDER = /^(.*)(?:_files|-Dateien|_archivos|_fichiers|_bestanden|_file|-filer)$/;

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
  const pages = new Set(entries.filter((e) => e.isFile()).map((e) => e.name.replace(/\.html?$/i, '')));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    const owner = RESOURCE_FOLDER.exec(entry.name)?.[1];
    if (entry.isDirectory() && owner !== undefined && pages.has(owner)) continue;
    if (entry.isDirectory()) yield* walkFolder(full);
    else if (entry.isFile() && IMPORT_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) yield await readOne(full, full);
  }
}

async function readOne(file: string, shownName: string): Promise<PathItem> {
  try {
    const info = await lstat(file);
    if (info.size > MAX_IMPORT_BYTES) return { failure: tooBig(shownName, info.size) };
    return { name: path.basename(file), data: new Uint8Array(await readFile(file)), dir: path.dirname(file) };
  } catch (error) {
    return { failure: failed(shownName, `"${shownName}" could not be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`) };
  }
}

/**
 * Files handed over together (a drop of a page and its folder): the images among them are not
 * clippings but the pages' resources, each page seeing those in and below its own folder by
 * their path from it. A batch of images alone is reported as such.
 */
export function splitBatch(files: readonly ImportFile[]): { pages: { file: ImportFile; resources: Map<string, Uint8Array> }[]; failures: ImportOutcome[] } {
  const isImage = files.map((f) => sniffImageType(f.data.subarray(0, 1024)) !== null && !/\.(?:html?|mhtml?|txt)$/i.test(f.name));
  const images = files.filter((_, i) => isImage[i]);
  const pages = files.filter((_, i) => !isImage[i]);
  const folderOf = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/') + 1) : '');
  return {
    pages: pages.map((file) => {
      const dir = folderOf(file.path ?? file.name);
      const resources = new Map<string, Uint8Array>();
      for (const image of images) {
        const where = image.path ?? image.name;
        if (where.startsWith(dir)) resources.set(where.slice(dir.length), image.data);
      }
      return { file, resources };
    }),
    failures: pages.length > 0 ? [] : images.map((f) => failed(f.name, `"${f.name}" is an image: Clipdesk keeps images with the page they belong to. Drop the page (or its folder) with it.`)),
  };
}
