/**
 * The photos' part of the deep archive check (archive-check.ts), run before a restore replaces
 * anything: every stored photo's bytes match their SHA-256 and size, every photo has its
 * thumbnail, and every link from a clipping points at a photo that is there. An archive from
 * before photos (no images table) has nothing to check.
 */
import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';

export function checkImages(db: DatabaseSync, problems: string[]): void {
  const hasImages = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'images'").get();
  if (!hasImages) return;
  let reported = 0;
  const report = (problem: string): void => {
    if (reported++ < 10) problems.push(problem);
  };
  const rows = db.prepare('SELECT i.id, i.sha256, i.size, d.data FROM images i LEFT JOIN image_data d ON d.image_id = i.id').iterate() as Iterable<{ id: number; sha256: string; size: number; data: Uint8Array | null }>;
  for (const row of rows) {
    if (!row.data) report(`photo ${row.id} has lost its bytes`);
    else if (createHash('sha256').update(row.data).digest('hex') !== row.sha256 || row.data.byteLength !== row.size) report(`photo ${row.id} does not match its recorded hash or size`);
  }
  const unthumbed = db.prepare('SELECT i.id FROM images i LEFT JOIN image_thumbnails t ON t.image_id = i.id WHERE t.image_id IS NULL LIMIT 10').all() as { id: number }[];
  for (const { id } of unthumbed) report(`photo ${id} has lost its thumbnail`);
  const dangling = db.prepare('SELECT ci.clipping_id AS id FROM clipping_images ci LEFT JOIN images i ON i.id = ci.image_id WHERE ci.image_id IS NOT NULL AND i.id IS NULL LIMIT 10').all() as { id: number }[];
  for (const { id } of dangling) report(`clipping ${id} has lost a photo`);
}
