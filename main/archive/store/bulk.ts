/**
 * Many clippings at once (generated archives for benchmarks and tests): one prepared statement per
 * table, tags looked up once, a transaction every few thousand clippings, the revision bumped with
 * each. Far faster than one insert() per clipping, which pays a transaction and a tag sweep each.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { ParsedClipping } from '../../../preload/api/index.ts';
import { nearDuplicateKey } from './near-duplicates.ts';
import type { OriginalInput } from './store.ts';
import { normalizeTags } from './tags.ts';

export interface BulkClipping {
  parsed: ParsedClipping;
  original: OriginalInput;
  importedAt: string;
  tags: string[];
}

const DEFAULT_BATCH = 2_000;

/** Inserts every clipping; calls onProgress(done) after each committed batch. Returns how many. */
export function insertClippings(db: DatabaseSync, items: Iterable<BulkClipping>, onProgress?: (done: number) => void, batchSize = DEFAULT_BATCH): number {
  const original = db.prepare('INSERT INTO originals (sha256, name, size, media_type, data) VALUES (?, ?, ?, ?, ?)');
  const clipping = db.prepare(
    `INSERT INTO clippings (title, subtitle, source, url, published_at, language, imported_at, original_id, near_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const part = db.prepare('INSERT INTO parts (clipping_id, seq, kind, text, label, extra) VALUES (?, ?, ?, ?, ?, ?)');
  const author = db.prepare('INSERT INTO authors (clipping_id, seq, name) VALUES (?, ?, ?)');
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
      const { parsed } = item;
      const orig = original.run(item.original.sha256, item.original.name, item.original.data.byteLength, item.original.mediaType, item.original.data);
      const res = clipping.run(
        parsed.title,
        parsed.subtitle,
        parsed.source,
        parsed.url,
        parsed.publishedAt,
        parsed.language,
        item.importedAt,
        orig.lastInsertRowid,
        nearDuplicateKey(parsed.body),
      );
      const id = Number(res.lastInsertRowid);
      let seq = 0;
      for (const image of parsed.images) part.run(id, seq++, 'image', image.caption, image.credit, image.src);
      for (const paragraph of parsed.body) part.run(id, seq++, 'paragraph', paragraph, null, null);
      if (parsed.authorBio) part.run(id, seq, 'bio', parsed.authorBio.text, parsed.authorBio.name, null);
      parsed.authors.forEach((name, i) => author.run(id, i, name));
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
