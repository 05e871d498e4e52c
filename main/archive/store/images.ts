/**
 * A clipping's photos in the database (migration 8): each photo once per content hash in
 * `images` (what it is: type, size, its thumbnail's size), its bytes in `image_data` and its
 * thumbnail's, made once, in `image_thumbnails`; and for each image part of a clipping
 * its photo, its place in the body and the lead mark in `clipping_images`. Writers run inside the
 * store's transaction, so a clipping and its photos are saved, or not, together.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { ImageBytes, ImageVariant, LeadImage, StoredImage } from '../../../preload/api/index.ts';
import type { NormalisedImage } from '../media/image-codec.ts';

/** What the import kept of one image part of a clipping (parts are numbered in `parsed.images` order). */
export interface ClippingImageInput {
  /** The photo's bytes, verified and re-encoded; null when only the caption was found. */
  image: NormalisedImage | null;
  /** A photo already stored (a re-parse keeps what it cannot find again); used when `image` is null. */
  imageId?: number | null;
  /** The address the bytes were found under; null for data: URIs and when not found. */
  ref?: string | null;
  position: number | null;
  lead: boolean;
}

const json = (value: unknown): string => JSON.stringify(value);

/** Stores the photo once (by hash) with its thumbnail; returns its id. */
function putImage(db: DatabaseSync, image: NormalisedImage): number {
  const found = db.prepare('SELECT id FROM images WHERE sha256 = ?').get(image.sha256) as { id: number } | undefined;
  if (found) return found.id;
  const thumb = image.thumbnail;
  const row = db
    .prepare('INSERT INTO images (sha256, media_type, width, height, size, thumb_media_type, thumb_width, thumb_height) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(image.sha256, image.mediaType, image.width, image.height, image.data.byteLength, thumb.mediaType, thumb.width, thumb.height);
  const id = Number(row.lastInsertRowid);
  db.prepare('INSERT INTO image_data (image_id, data) VALUES (?, ?)').run(id, image.data);
  db.prepare('INSERT INTO image_thumbnails (image_id, data) VALUES (?, ?)').run(id, thumb.data);
  return id;
}

/** Links a clipping's image parts 0..n-1 to their photos; replaces what was linked before. */
export function writeClippingImages(db: DatabaseSync, clippingId: number, images: readonly ClippingImageInput[]): number[] {
  const before = linkedImageIds(db, [clippingId]);
  db.prepare('DELETE FROM clipping_images WHERE clipping_id = ?').run(clippingId);
  const link = db.prepare('INSERT INTO clipping_images (clipping_id, part_seq, image_id, position, is_lead, ref) VALUES (?, ?, ?, ?, ?, ?)');
  images.forEach((input, seq) => link.run(clippingId, seq, input.image ? putImage(db, input.image) : (input.imageId ?? null), input.position, input.lead ? 1 : 0, input.ref ?? null));
  dropUnusedImages(db, before);
  return before;
}

/** A clipping's photos by the address each was found under (for a re-parse). */
export function photosByRef(db: DatabaseSync, clippingId: number): Map<string, number> {
  const rows = db.prepare('SELECT ref, image_id FROM clipping_images WHERE clipping_id = ? AND ref IS NOT NULL AND image_id IS NOT NULL').all(clippingId) as { ref: string; image_id: number }[];
  return new Map(rows.map((r) => [r.ref, r.image_id]));
}

/** The photos the given clippings link to (before they are deleted, to drop those left unused). */
export function linkedImageIds(db: DatabaseSync, clippingIds: readonly number[]): number[] {
  const rows = db
    .prepare('SELECT DISTINCT image_id FROM clipping_images WHERE clipping_id IN (SELECT value FROM json_each(?)) AND image_id IS NOT NULL')
    .all(json(clippingIds)) as { image_id: number }[];
  return rows.map((r) => r.image_id);
}

/** Deletes those of the given photos no clipping links to any more (emptying the Trash, a re-parse). */
export function dropUnusedImages(db: DatabaseSync, imageIds: readonly number[]): void {
  if (imageIds.length === 0) return;
  db.prepare(
    'DELETE FROM images WHERE id IN (SELECT value FROM json_each(?)) AND NOT EXISTS (SELECT 1 FROM clipping_images ci WHERE ci.image_id = images.id)',
  ).run(json(imageIds));
}

export interface ClippingImageRow {
  part_seq: number;
  position: number | null;
  is_lead: number;
  stored: StoredImage | null;
}

/** A clipping's image parts' photos, places and lead mark, by part number. */
export function clippingImageRows(db: DatabaseSync, clippingId: number): Map<number, ClippingImageRow> {
  const rows = db
    .prepare(
      `SELECT ci.part_seq, ci.position, ci.is_lead, i.id, i.media_type, i.width, i.height, i.size, i.sha256
       FROM clipping_images ci LEFT JOIN images i ON i.id = ci.image_id WHERE ci.clipping_id = ? ORDER BY ci.part_seq`,
    )
    .all(clippingId) as Record<string, string | number | null>[];
  return new Map(
    rows.map((r) => [
      Number(r.part_seq),
      {
        part_seq: Number(r.part_seq),
        position: r.position === null ? null : Number(r.position),
        is_lead: Number(r.is_lead),
        stored: r.id === null ? null : { id: Number(r.id), mediaType: String(r.media_type), width: Number(r.width), height: Number(r.height), size: Number(r.size), sha256: String(r.sha256) },
      },
    ]),
  );
}

/** A stored photo, or its thumbnail; null when there is no such image. */
export function readImage(db: DatabaseSync, id: number, variant: ImageVariant): ImageBytes | null {
  const sql =
    variant === 'thumbnail'
      ? 'SELECT i.thumb_media_type AS media_type, i.thumb_width AS width, i.thumb_height AS height, b.data FROM images i JOIN image_thumbnails b ON b.image_id = i.id WHERE i.id = ?'
      : 'SELECT i.media_type, i.width, i.height, b.data FROM images i JOIN image_data b ON b.image_id = i.id WHERE i.id = ?';
  const row = db.prepare(sql).get(id) as { media_type: string; width: number; height: number; data: Uint8Array } | undefined;
  return row ? { id, variant, mediaType: row.media_type, width: row.width, height: row.height, data: row.data } : null;
}

/** SQL for a summary's lead thumbnail as a JSON object (used inside readSummaries' row query). */
export const LEAD_IMAGE_SQL = `(SELECT json_object('id', i.id, 'width', i.thumb_width, 'height', i.thumb_height)
  FROM clipping_images ci JOIN images i ON i.id = ci.image_id
  WHERE ci.clipping_id = c.id AND ci.is_lead = 1 LIMIT 1)`;

export function leadImageOf(value: unknown): LeadImage | null {
  if (typeof value !== 'string') return null;
  const parsed = JSON.parse(value) as LeadImage;
  return { id: Number(parsed.id), width: Number(parsed.width), height: Number(parsed.height) };
}
