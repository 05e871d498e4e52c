/**
 * The person's corrections of title, authors, date and source. The clipping's own columns hold
 * the value in force (so lists, filters, sorting and the index need to know nothing of this);
 * the corrections table keeps each corrected value with the parser's, so a re-parse can refresh
 * the parser's value underneath and put the correction back, and "restore original" can undo.
 * Every function runs inside the caller's transaction.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { AppliedCorrection, ClippingCorrection, CorrectableField } from '../../../preload/api/index.ts';

type FieldValue = string | string[] | null;

const COLUMNS: Record<Exclude<CorrectableField, 'authors'>, string> = { title: 'title', publishedAt: 'published_at', source: 'source' };
const CORRECTABLE_FIELDS: readonly CorrectableField[] = ['title', 'authors', 'publishedAt', 'source'];

function currentValue(db: DatabaseSync, id: number, field: CorrectableField): FieldValue {
  if (field === 'authors') {
    return (db.prepare('SELECT name FROM authors WHERE clipping_id = ? ORDER BY seq').all(id) as { name: string }[]).map((r) => r.name);
  }
  const row = db.prepare(`SELECT ${COLUMNS[field]} AS value FROM clippings WHERE id = ?`).get(id) as { value: string | null } | undefined;
  return row?.value ?? null;
}

function setValue(db: DatabaseSync, id: number, field: CorrectableField, value: FieldValue): void {
  if (field === 'authors') {
    db.prepare('DELETE FROM authors WHERE clipping_id = ?').run(id);
    const insert = db.prepare('INSERT INTO authors (clipping_id, seq, name) VALUES (?, ?, ?)');
    (Array.isArray(value) ? value : []).forEach((name, i) => insert.run(id, i, name));
    return;
  }
  // A title is never empty (the column says NOT NULL, and a list needs something to show).
  const text = Array.isArray(value) ? value.join(', ') : value;
  db.prepare(`UPDATE clippings SET ${COLUMNS[field]} = ? WHERE id = ?`).run(field === 'title' ? (text ?? '') : text, id);
}

/** Applies the fields given; returns false when there is no such clipping. */
export function applyCorrections(db: DatabaseSync, id: number, correction: ClippingCorrection, now: string): boolean {
  if (!db.prepare('SELECT 1 FROM clippings WHERE id = ?').get(id)) return false;
  for (const field of CORRECTABLE_FIELDS) {
    if (!(field in correction)) continue;
    const value = normalised(field, correction[field]);
    const existing = db.prepare('SELECT original FROM corrections WHERE clipping_id = ? AND field = ?').get(id, field) as { original: string } | undefined;
    const original = existing ? existing.original : JSON.stringify(currentValue(db, id, field));
    db.prepare(
      `INSERT INTO corrections (clipping_id, field, value, original, corrected_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(clipping_id, field) DO UPDATE SET value = excluded.value, corrected_at = excluded.corrected_at`,
    ).run(id, field, JSON.stringify(value), original, now);
    setValue(db, id, field, value);
  }
  return true;
}

/** Drops a correction and puts the parser's value back; false when there is no such clipping. */
export function clearCorrection(db: DatabaseSync, id: number, field: CorrectableField): boolean {
  if (!db.prepare('SELECT 1 FROM clippings WHERE id = ?').get(id)) return false;
  const row = db.prepare('SELECT original FROM corrections WHERE clipping_id = ? AND field = ?').get(id, field) as { original: string } | undefined;
  if (!row) return true;
  setValue(db, id, field, JSON.parse(row.original) as FieldValue);
  db.prepare('DELETE FROM corrections WHERE clipping_id = ? AND field = ?').run(id, field);
  return true;
}

/**
 * After the parser has rewritten the clipping: what it now says becomes each correction's
 * original, and the corrected value goes back in force.
 */
export function reapplyCorrections(db: DatabaseSync, id: number): void {
  const rows = db.prepare('SELECT field, value FROM corrections WHERE clipping_id = ?').all(id) as { field: CorrectableField; value: string }[];
  for (const row of rows) {
    db.prepare('UPDATE corrections SET original = ? WHERE clipping_id = ? AND field = ?').run(JSON.stringify(currentValue(db, id, row.field)), id, row.field);
    setValue(db, id, row.field, JSON.parse(row.value) as FieldValue);
  }
}

export function correctionsOf(db: DatabaseSync, id: number): AppliedCorrection[] {
  const rows = db.prepare('SELECT field, original, corrected_at FROM corrections WHERE clipping_id = ? ORDER BY field').all(id) as {
    field: CorrectableField;
    original: string;
    corrected_at: string;
  }[];
  return rows.map((r) => ({ field: r.field, original: JSON.parse(r.original) as FieldValue, correctedAt: r.corrected_at }));
}

function normalised(field: CorrectableField, value: ClippingCorrection[CorrectableField]): FieldValue {
  if (field === 'authors') {
    const names = (Array.isArray(value) ? value : []).map((name) => name.replace(/\s+/g, ' ').trim()).filter(Boolean);
    return [...new Map(names.map((name) => [name.toLowerCase(), name])).values()];
  }
  const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : null;
  return text === '' && field !== 'title' ? null : text;
}
