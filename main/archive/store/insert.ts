/**
 * The rows one clipping is stored as: its original file, its fields, its parts (images, paragraphs,
 * the author's bio) and its authors. One writer per connection prepares the statements once, so a
 * single import and a bulk load write the same rows the same way.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { ParsedClipping } from '../../../preload/api/index.ts';
import { nearDuplicateKey } from './near-duplicates.ts';

/** An original file as imported: its bytes are kept exactly, with their SHA-256. */
export interface OriginalInput {
  name: string;
  sha256: string;
  mediaType: string;
  data: Uint8Array;
}

export class ClippingRows {
  readonly #original: StatementSync;
  readonly #clipping: StatementSync;
  readonly #part: StatementSync;
  readonly #author: StatementSync;

  constructor(db: DatabaseSync) {
    this.#original = db.prepare('INSERT INTO originals (sha256, name, size, media_type, data) VALUES (?, ?, ?, ?, ?)');
    this.#clipping = db.prepare(
      `INSERT INTO clippings (title, subtitle, source, url, published_at, language, imported_at, original_id, near_key)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.#part = db.prepare('INSERT INTO parts (clipping_id, seq, kind, text, label, extra) VALUES (?, ?, ?, ?, ?, ?)');
    this.#author = db.prepare('INSERT INTO authors (clipping_id, seq, name) VALUES (?, ?, ?)');
  }

  /** Stores the original and the clipping made from it, with its parts and authors; returns its id. */
  insert(parsed: ParsedClipping, original: OriginalInput, importedAt: string): number {
    const orig = this.#original.run(original.sha256, original.name, original.data.byteLength, original.mediaType, original.data);
    const res = this.#clipping.run(
      parsed.title,
      parsed.subtitle,
      parsed.source,
      parsed.url,
      parsed.publishedAt,
      parsed.language,
      importedAt,
      orig.lastInsertRowid,
      nearDuplicateKey(parsed.body),
    );
    const id = Number(res.lastInsertRowid);
    this.insertParts(id, parsed);
    return id;
  }

  /** The parts and authors of a clipping that has none (new, or its old ones deleted for a re-parse). */
  insertParts(id: number, parsed: ParsedClipping): void {
    let seq = 0;
    for (const image of parsed.images) this.#part.run(id, seq++, 'image', image.caption, image.credit, image.src);
    for (const paragraph of parsed.body) this.#part.run(id, seq++, 'paragraph', paragraph, null, null);
    if (parsed.authorBio) this.#part.run(id, seq, 'bio', parsed.authorBio.text, parsed.authorBio.name, null);
    parsed.authors.forEach((name, i) => this.#author.run(id, i, name));
  }
}
