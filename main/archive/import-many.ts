/**
 * Imports many files as one stream (a folder, a drop of many files): each is checked and parsed as
 * importOne does it, with the same outcome, but parsing runs on worker threads (parse-pool.ts)
 * while the main thread stores what is parsed in batches, one transaction each, and hands each
 * batch to the index at once. A clipping is reported imported only once its batch is committed;
 * a crash loses at most the batch being written, never one already reported.
 */
import { createHash } from 'node:crypto';
import type { ImportFile, ImportOutcome, ParsedClipping } from '../../preload/api/index.ts';
import { mediaTypeOf } from './ingest/index.ts';
import type { ClippingParser } from './ingest/parse-pool.ts';
import { parsedOf, type ParseOutcome } from './ingest/parse-outcome.ts';
import { failed, importedOutcome, MAX_IMPORT_BYTES, photosOf, tooBig, type ImportItem, type PathItem } from './importing.ts';
import type { GatheredImages } from './media/gather-images.ts';
import { findSameArticle } from './same-article/recognise.ts';
import type { SearchIndex } from './search/index.ts';
import type { ArchiveStore } from './store/store.ts';

/** Clippings per transaction and index update: big enough to spread a sync to disk, small enough to show progress. */
const BATCH = 50;

interface Parsing {
  slot: number;
  file: ImportItem;
  sha256: string;
  outcome: Promise<ParseOutcome>;
}

export interface ImportManyOptions {
  tags?: string[];
  parser: ClippingParser;
  batchSize?: number;
}

export async function importMany(store: ArchiveStore, index: SearchIndex, items: AsyncIterable<PathItem> | Iterable<PathItem>, options: ImportManyOptions): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  /** The first file of this import with these bytes, by SHA-256; later copies are its duplicates. */
  const firstWith = new Map<string, number>();
  const copies: { slot: number; file: ImportFile; of: number }[] = [];
  let batch: Parsing[] = [];
  let storing: Promise<void> = Promise.resolve();

  const store1 = async (parsings: Parsing[]): Promise<void> => {
    const done: { slot: number; file: ImportItem; sha256: string; parsed: ParsedClipping; mediaType: string; photos: GatheredImages }[] = [];
    for (const p of parsings) {
      const outcome = await p.outcome;
      if (!outcome.ok) {
        outcomes[p.slot] = failed(p.file.name, outcome.message);
        continue;
      }
      // Photos are read and re-encoded here (sharp works off the main thread), before the batch's transaction.
      const mediaType = mediaTypeOf(p.file.name, p.file.data);
      const parsed = parsedOf(outcome);
      const photos = await photosOf(store, p.file, parsed, mediaType);
      done.push({ slot: p.slot, file: p.file, sha256: p.sha256, parsed, mediaType, photos });
    }
    if (done.length === 0) return;
    const importedAt = new Date().toISOString();
    const ids = store.insertImported(
      done.map(({ file, sha256, mediaType, photos }) => ({
        parsed: photos.parsed,
        original: { name: file.name, sha256, mediaType, data: file.data },
        importedAt,
        tags: options.tags ?? [],
        images: photos.inputs,
      })),
    );
    done.forEach((d, i) => {
      outcomes[d.slot] = importedOutcome(d.file.name, ids[i]!, d.parsed, findSameArticle(store, d.parsed, ids[i]!), d.photos);
    });
    await index.update({ upsert: store.texts(ids), remove: [], revision: store.revision() });
  };
  // One batch is stored while the next is parsed; batches are stored in order.
  const flush = (): Promise<void> => {
    const parsings = batch;
    batch = [];
    storing = storing.then(() => store1(parsings));
    return storing;
  };

  for await (const item of items) {
    const slot = outcomes.length;
    if ('failure' in item) {
      outcomes.push(item.failure);
      continue;
    }
    const { name, data } = item;
    if (data.byteLength > MAX_IMPORT_BYTES) {
      outcomes.push(tooBig(name, data.byteLength));
      continue;
    }
    const sha256 = createHash('sha256').update(data).digest('hex');
    const existing = store.findByOriginal(sha256);
    outcomes.push(existing ? duplicate(name, existing) : failed(name, 'not imported'));
    if (existing) continue;
    const first = firstWith.get(sha256);
    if (first !== undefined) {
      copies.push({ slot, file: item, of: first });
      continue;
    }
    firstWith.set(sha256, slot);
    // The parser gets the file alone: the images beside it stay here, for photosOf.
    batch.push({ slot, file: item, sha256, outcome: options.parser.parse({ name, data }) });
    // Waits for the batch before last, so parsing runs at most one batch ahead of storing.
    if (batch.length >= (options.batchSize ?? BATCH)) {
      const previous = storing;
      void flush();
      await previous;
    }
  }
  await flush();
  // Copies of a file imported here are duplicates of it, as they would have been one at a time.
  for (const copy of copies) {
    const original = outcomes[copy.of]!;
    outcomes[copy.slot] =
      original.status === 'failed' ? failed(copy.file.name, original.message!.replaceAll(`"${original.name}"`, `"${copy.file.name}"`)) : duplicate(copy.file.name, original as { id: number; title: string });
  }
  return outcomes;
}

function duplicate(name: string, existing: { id: number | null; title: string | null }): ImportOutcome {
  return { name, status: 'duplicate', id: existing.id, title: existing.title, message: `"${name}" is already in the archive as "${existing.title}".` };
}
