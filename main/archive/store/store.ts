import { DatabaseSync } from 'node:sqlite';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Clipping, ClippingSummary, ImageBytes, ImageVariant, ListPage, ListQuery, ParsedClipping, TagCount } from '../../../preload/api/index.ts';
import { migrate } from './migrations.ts';
import { configureConnection, createArchiveFile } from './create-archive.ts';
import { readClipping, readSummaries, type ClippingRow } from './read.ts';
import { replaceClippingTags } from './clipping-tags.ts';
import { ListSets } from './list-set.ts';
import { idsWithTagTree, liveTagCounts } from './tag-tree.ts';
import { insertClippings, type BulkClipping } from './bulk.ts';
import { backfillNearDuplicateKeys, nearDuplicateKey } from './near-duplicates.ts';
import { sameArticleCandidates } from './article-candidates.ts';
import { ClippingRows, type OriginalInput } from './insert.ts';
import { SearchTables } from './search-tables.ts';
import { writeDetails } from './details.ts';
import { reapplyCorrections } from './corrections.ts';
import { searchTexts, type ClippingText } from './search-texts.ts';

export type { ClippingText } from './search-texts.ts';
import { dropUnusedImages, linkedImageIds, readImage, writeClippingImages, type ClippingImageInput } from './images.ts';

export const DATABASE_FILE = 'archive.sqlite';

/**
 * The archive's SQLite database: the truth from which everything else (the index) is derived.
 * Every write is one transaction and bumps the store revision, which the index records to know
 * whether it is stale.
 */
export class ArchiveStore {
  readonly file: string;
  private readonly db: DatabaseSync;
  private readonly sets: ListSets;
  private clippingRows: ClippingRows | null = null;

  private constructor(file: string, db: DatabaseSync) {
    this.file = file;
    this.db = db;
    this.sets = new ListSets(db);
  }

  static open(dir: string): ArchiveStore {
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, DATABASE_FILE);
    if (!existsSync(file)) createArchiveFile(file);
    const db = new DatabaseSync(file, { timeout: 5000 });
    try {
      configureConnection(db);
      migrate(db, file);
      backfillNearDuplicateKeys(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return new ArchiveStore(file, db);
  }

  /**
   * A read-only connection on an existing archive file, for readers in other threads (the index
   * worker): no migration, no writes. The caller's snapshot is its own business.
   */
  static openReadOnly(file: string): { store: ArchiveStore; db: DatabaseSync } {
    const db = new DatabaseSync(file, { readOnly: true, timeout: 5000 });
    return { store: new ArchiveStore(file, db), db };
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }

  revision(): number {
    const row = this.db.prepare("SELECT value FROM meta WHERE key = 'revision'").get() as { value: string };
    return Number(row.value);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM clippings').get() as { n: number }).n;
  }

  /** The clipping made from these exact bytes, if any. */
  findByOriginal(sha256: string): { id: number; title: string } | null {
    const row = this.db
      .prepare('SELECT c.id, c.title FROM clippings c JOIN originals o ON o.id = c.original_id WHERE o.sha256 = ?')
      .get(sha256) as { id: number; title: string } | undefined;
    return row ?? null;
  }

  /** Clippings that may be the same article (same address, opening or headline): see same-article/. */
  sameArticleCandidates(parsed: ParsedClipping): number[] {
    return sameArticleCandidates(this.db, { url: parsed.url, nearKey: nearDuplicateKey(parsed.body), title: parsed.title });
  }

  /** Stores a clipping with its original; `images` are its image parts' photos, in `parsed.images` order. */
  insert(parsed: ParsedClipping, original: OriginalInput, importedAt: string, tags: string[] = [], images: readonly ClippingImageInput[] = []): number {
    return this.insertImported([{ parsed, original, importedAt, tags, images }])[0]!;
  }

  /**
   * Imported clippings, all in one transaction (one sync to disk for the lot): every one of them is
   * saved, or none. Returns their ids in order.
   */
  insertImported(items: readonly BulkClipping[]): number[] {
    return this.write(() =>
      items.map(({ parsed, original, importedAt, tags, images }) => {
        const id = this.rows().insert(parsed, original, importedAt);
        writeDetails(this.db, id, parsed);
        writeClippingImages(this.db, id, imageInputs(parsed, images ?? []));
        this.replaceTags(id, tags);
        return id;
      }),
    );
  }

  /**
   * Puts what the parser now says in place of what it said at import (a re-parse): fields,
   * parts, authors and details; the person's corrections then go back on top.
   */
  replaceParsed(id: number, parsed: ParsedClipping, images: readonly ClippingImageInput[] = []): boolean {
    return this.write(() => {
      if (!this.exists(id)) return false;
      this.db
        .prepare('UPDATE clippings SET title = ?, subtitle = ?, source = ?, url = ?, published_at = ?, language = ?, near_key = ? WHERE id = ?')
        .run(parsed.title, parsed.subtitle, parsed.source, parsed.url, parsed.publishedAt, parsed.language, nearDuplicateKey(parsed.body), id);
      this.db.prepare('DELETE FROM parts WHERE clipping_id = ?').run(id);
      this.db.prepare('DELETE FROM authors WHERE clipping_id = ?').run(id);
      this.rows().insertParts(id, parsed);
      writeDetails(this.db, id, parsed);
      writeClippingImages(this.db, id, imageInputs(parsed, images));
      reapplyCorrections(this.db, id);
      return true;
    });
  }

  /** Many clippings in transactions of a few thousand (generated archives); see bulk.ts. */
  insertMany(items: Iterable<BulkClipping>, onProgress?: (done: number) => void): number {
    return insertClippings(this.db, items, onProgress);
  }

  /** What search asks of the store: filters, facet rows, phrase texts (search-tables.ts). */
  searchTables(): SearchTables {
    return new SearchTables(this.db);
  }

  get(id: number): Clipping | null {
    const row = this.db
      .prepare(
        `SELECT c.*, o.name AS original_name, o.sha256, o.size, o.media_type
         FROM clippings c JOIN originals o ON o.id = c.original_id WHERE c.id = ?`,
      )
      .get(id) as ClippingRow | undefined;
    return row ? readClipping(this.db, row) : null;
  }

  /** A stored photo or its thumbnail (images.ts). */
  image(id: number, variant: ImageVariant): ImageBytes | null {
    return readImage(this.db, id, variant);
  }

  /** The original file's bytes, exactly as imported. */
  original(id: number): { name: string; data: Uint8Array } | null {
    const row = this.db
      .prepare('SELECT o.name, o.data FROM clippings c JOIN originals o ON o.id = c.original_id WHERE c.id = ?')
      .get(id) as { name: string; data: Uint8Array } | undefined;
    return row ?? null;
  }

  summaries(ids: number[]): Map<number, ClippingSummary> {
    return readSummaries(this.db, ids);
  }

  /** A page of the library (never the Trash), filtered (list-query.ts) and sorted. */
  list(query: ListQuery): ListPage {
    const { total, ids } = this.sets.page(this.revision(), query, query.sort, query.limit ?? 100, query.offset ?? 0);
    const byId = this.summaries(ids);
    return { total, items: ids.map((id) => byId.get(id)!).filter(Boolean) };
  }

  /** The first `limit` ids of a view of the library in its order, from the same kept set as its pages (select all). */
  listIds(query: ListQuery, limit: number): number[] {
    return this.sets.page(this.revision(), query, query.sort, limit, 0).ids;
  }

  /** Ids of the clippings (not in the Trash) carrying a tag or a tag below it, case-insensitive: "korea" includes "korea/north". */
  idsWithTag(tag: string): Set<number> {
    return idsWithTagTree(this.db, tag);
  }

  /** The same as idsWithTag, named for what it does. */
  idsWithTagTree(tag: string): Set<number> {
    return idsWithTagTree(this.db, tag);
  }

  /** Reads with the database (the organising code in list-query.ts, tag-tree.ts and friends). */
  read<T>(work: (db: DatabaseSync) => T): T {
    return work(this.db);
  }

  /** Writes with the database in one transaction that bumps the revision. */
  transaction<T>(work: (db: DatabaseSync) => T): T {
    return this.write(() => work(this.db));
  }

  setTags(id: number, tags: string[]): boolean {
    return this.write(() => {
      if (!this.exists(id)) return false;
      this.replaceTags(id, tags);
      return true;
    });
  }

  /** Every tag with its clippings outside the Trash, most used first. */
  listTags(): TagCount[] {
    return liveTagCounts(this.db)
      .map((r) => ({ tag: r.name, count: r.count }))
      .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag, undefined, { sensitivity: 'accent' }));
  }

  delete(id: number): boolean {
    return this.write(() => {
      const row = this.db.prepare('SELECT original_id FROM clippings WHERE id = ?').get(id) as { original_id: number } | undefined;
      if (!row) return false;
      const photos = linkedImageIds(this.db, [id]);
      this.db.prepare('DELETE FROM clippings WHERE id = ?').run(id);
      dropUnusedImages(this.db, photos);
      this.db.prepare('DELETE FROM originals WHERE id = ? AND NOT EXISTS (SELECT 1 FROM clippings WHERE original_id = ?)').run(row.original_id, row.original_id);
      this.db.prepare('DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM clipping_tags)').run();
      return true;
    });
  }

  /** The searchable text of the given clippings, or of all of them (search-texts.ts). */
  texts(ids?: number[]): ClippingText[] {
    return searchTexts(this.db, ids);
  }

  private exists(id: number): boolean {
    return this.db.prepare('SELECT 1 FROM clippings WHERE id = ?').get(id) !== undefined;
  }

  /** Prepared on the first write, not on open: read-only connections never need it. */
  private rows(): ClippingRows {
    return (this.clippingRows ??= new ClippingRows(this.db));
  }

  private replaceTags(id: number, tags: string[]): void {
    replaceClippingTags(this.db, id, tags);
  }

  /** Runs a write in one immediate transaction and bumps the revision with it. */
  private write<T>(work: () => T): T {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.db.exec("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'");
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      // SQLite has already rolled back after some errors (a full disk, an I/O error): a second
      // ROLLBACK would throw "no transaction is active" and hide the real cause from the person.
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }
}

/** One entry per image part: the photos given, and parts without one keep their caption alone. */
function imageInputs(parsed: ParsedClipping, images: readonly ClippingImageInput[]): ClippingImageInput[] {
  return parsed.images.map((image, i) => images[i] ?? { image: null, position: image.position ?? null, lead: false });
}
