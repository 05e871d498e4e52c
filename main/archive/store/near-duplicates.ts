/**
 * Near-duplicate keys: the same wire story run by several outlets keeps its lead while headlines,
 * bylines and endings are retouched, so clippings whose body opens with the same words (case,
 * punctuation and spacing aside) are one story. The key is computed at import and stored, so
 * grouping a result set is one indexed lookup.
 */
import type { DatabaseSync } from 'node:sqlite';

/** Letters and digits of the lead compared: about two sentences. */
const LEAD_CHARS = 160;
/** Shorter leads say too little to call two clippings the same story. */
const MIN_LEAD_CHARS = 80;

/** The key of a body, or '' when it is too short to group (stored as '', never NULL, so it is computed once). */
export function nearDuplicateKey(body: readonly string[]): string {
  let lead = '';
  for (const paragraph of body) {
    lead += paragraph.normalize('NFKC').toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    if (lead.length >= LEAD_CHARS) break;
  }
  if (lead.length < MIN_LEAD_CHARS) return '';
  return fnv1a64(lead.slice(0, LEAD_CHARS));
}

/** 64-bit FNV-1a as 16 hex digits: short, stable, and collision-free enough for grouping. */
function fnv1a64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ (c + 0x9e37), 0x01000193);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** Marks in `meta` that every clipping has its key: versions that store clippings all write it. */
const FILLED = 'near_keys_filled';

/**
 * Fills the key of clippings stored before keys existed. It runs once per archive (a scan of
 * every clipping would cost each start a tenth of a second at 100,000); after it every writer
 * stores the key, and older versions cannot open the archive.
 */
export function backfillNearDuplicateKeys(db: DatabaseSync): void {
  if (db.prepare('SELECT 1 FROM meta WHERE key = ?').get(FILLED)) return;
  const missing = db.prepare('SELECT id FROM clippings WHERE near_key IS NULL').all() as { id: number }[];
  const paragraphs = db.prepare("SELECT text FROM parts WHERE clipping_id = ? AND kind = 'paragraph' ORDER BY seq LIMIT 8");
  const update = db.prepare('UPDATE clippings SET near_key = ? WHERE id = ?');
  db.exec('BEGIN IMMEDIATE');
  try {
    for (const { id } of missing) {
      const body = (paragraphs.all(id) as { text: string }[]).map((r) => r.text);
      update.run(nearDuplicateKey(body), id);
    }
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')").run(FILLED);
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
