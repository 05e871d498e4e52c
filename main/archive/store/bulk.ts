/**
 * Many clippings at once (generated archives for benchmarks and tests): one prepared statement per
 * table, tags looked up once, a transaction every few thousand clippings, the revision bumped with
 * each. Far faster than one insert() per clipping, which pays a transaction and a tag sweep each.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { ParsedClipping } from '../../../preload/api/index.ts';
import type { ClippingImageInput } from './images.ts';
import { ClippingRows, type OriginalInput } from './insert.ts';
import { normalizeTags } from './tags.ts';

export interface BulkClipping {
  parsed: ParsedClipping;
  original: OriginalInput;
  importedAt: string;
  tags: string[];
  /** The photos of its image parts, in `parsed.images` order (import only; generated archives have none). */
  images?: readonly ClippingImageInput[];
}

const DEFAULT_BATCH = 2_000;

/** Inserts every clipping; calls onProgress(done) after each committed batch. Returns how many. */
export function insertClippings(db: DatabaseSync, items: Iterable<BulkClipping>, onProgress?: (done: number) => void, batchSize = DEFAULT_BATCH): number {
  const rows = new ClippingRows(db);
  const upsertTag = db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = name RETURNING id');
  const link = db.prepare('INSERT OR IGNORE INTO clipping_tags (clipping_id, tag_id) VALUES (?, ?)');
  const tagIds = new Map<string, number>();
  const tagId = (name: string): number => {
    const key = name.toLocaleLowerCase();
    let id = tagIds.get(key);
    if (id === undefined) {
      id = Number((upsertTag.get(name) as { id: number }).id);
      tagIds.set(key, id);
    }
    return id;
  };

  // A bulk load is redone rather than recovered: skip the fsync per commit (restored after).
  const synchronous = (db.prepare('PRAGMA synchronous').get() as { synchronous: number }).synchronous;
  db.exec('PRAGMA synchronous = OFF');
  let done = 0;
  let inBatch = 0;
  const commit = (): void => {
    db.exec("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'");
    db.exec('COMMIT');
    inBatch = 0;
    onProgress?.(done);
  };
  db.exec('BEGIN IMMEDIATE');
  try {
    for (const item of items) {
      // Details (quotes, entities) are left out: generated clippings have none.
      const id = rows.insert(item.parsed, item.original, item.importedAt);
      for (const tag of normalizeTags(item.tags)) link.run(id, tagId(tag));
      done += 1;
      if (++inBatch >= batchSize) {
        commit();
        db.exec('BEGIN IMMEDIATE');
      }
    }
    commit();
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  } finally {
    db.exec(`PRAGMA synchronous = ${Number(synchronous)}`);
  }
  return done;
}
