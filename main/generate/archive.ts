/**
 * generateArchive: a real archive folder filled with generated clippings, fast (bulk inserts in
 * transactions of a few thousand). The search index is left to be built when the archive is next
 * opened, as it is for any archive whose index is missing or stale.
 */
import { createHash } from 'node:crypto';
import { ArchiveStore } from '../archive/store/store.ts';
import type { BulkClipping } from '../archive/store/bulk.ts';
import { clippingText } from './clipping-text.ts';
import { generateClippings } from './clippings.ts';

export interface GenerateOptions {
  count: number;
  /** Default 1. */
  seed?: number;
  /** Called after each committed batch with how many clippings are stored so far. */
  onProgress?: (done: number) => void;
}

export const DEFAULT_SEED = 1;

function* asBulk(count: number, seed: number): Iterable<BulkClipping> {
  const encoder = new TextEncoder();
  let n = 0;
  for (const { tags, importedAt, wireStory: _story, ...parsed } of generateClippings(count, seed)) {
    n += 1;
    const data = encoder.encode(clippingText(parsed));
    // The position and seed are in the name, so two runs into one archive never collide on the
    // originals' sha256 only when their text differs: identical text is one original, as on import.
    const sha256 = createHash('sha256').update(data).digest('hex');
    yield { parsed, tags, importedAt, original: { name: `generated-${seed}-${n}.txt`, sha256, mediaType: 'text/plain', data } };
  }
}

export async function generateArchive(dir: string, options: GenerateOptions): Promise<void> {
  if (!Number.isInteger(options.count) || options.count < 0) throw new RangeError(`count must be a whole number of clippings, not ${options.count}`);
  const store = ArchiveStore.open(dir);
  try {
    store.insertMany(asBulk(options.count, options.seed ?? DEFAULT_SEED), options.onProgress);
  } finally {
    store.close();
  }
}
