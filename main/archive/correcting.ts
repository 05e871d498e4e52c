/**
 * The person's corrections and re-parsing, as the service offers them: each is one store write,
 * then the clipping is re-indexed so search finds what the reader shows.
 */
import type { Clipping, ClippingCorrection, CorrectableField, Result } from '../../preload/api/index.ts';
import { IngestError, mediaTypeOf, parseClippingFile } from './ingest/index.ts';
import { pageResolver } from './ingest/images/page-resources.ts';
import { gatherImages } from './media/gather-images.ts';
import { readSettings } from './settings.ts';
import { photosByRef } from './store/images.ts';
import { applyCorrections, clearCorrection } from './store/corrections.ts';
import type { ArchiveStore } from './store/store.ts';
import { fail, ok } from './result.ts';

type Reindex = (ids: number[]) => Promise<void>;

const missing = (id: number): Result<Clipping> => fail('not-found', `There is no clipping ${id} in this archive.`);

export async function correctClipping(store: ArchiveStore, reindex: Reindex, id: number, correction: ClippingCorrection): Promise<Result<Clipping>> {
  if (correction.title !== undefined && correction.title.trim() === '') return fail('invalid-argument', 'A title cannot be empty.');
  const now = new Date().toISOString();
  if (!store.transaction((db) => applyCorrections(db, id, correction, now))) return missing(id);
  await reindex([id]);
  return ok(store.get(id)!);
}

export async function clearClippingCorrection(store: ArchiveStore, reindex: Reindex, id: number, field: CorrectableField): Promise<Result<Clipping>> {
  if (!store.transaction((db) => clearCorrection(db, id, field))) return missing(id);
  await reindex([id]);
  return ok(store.get(id)!);
}

/** Parses the stored original again with today's parser; the person's corrections stay. */
export async function reparseClipping(store: ArchiveStore, reindex: Reindex, id: number): Promise<Result<Clipping>> {
  const original = store.original(id);
  if (!original) return missing(id);
  let parsed;
  try {
    parsed = parseClippingFile(original.name, original.data);
  } catch (error) {
    if (error instanceof IngestError) return fail('parse-failed', error.message, original.name);
    throw error;
  }
  const { imageSources } = await import('./importing.ts');
  const photos = await gatherImages(parsed, pageResolver(imageSources(mediaTypeOf(original.name, original.data), original.data)), { keepLocation: store.read(readSettings).keepPhotoLocation }, store.read((db) => photosByRef(db, id)));
  store.replaceParsed(id, photos.parsed, photos.inputs);
  await reindex([id]);
  return ok(store.get(id)!);
}
