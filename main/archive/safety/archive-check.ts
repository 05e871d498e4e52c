/**
 * A deep check of an archive database: SQLite's own integrity and foreign-key checks, then
 * Clipdesk's rules: every clipping has its original (bytes whose SHA-256 and size match) and its
 * parts numbered without gaps, and its photos are whole (image-check.ts). Used before a restore replaces anything, and by the crash tests.
 */
import { createHash } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { SCHEMA_VERSION } from '../store/migrations.ts';
import { checkImages } from './image-check.ts';

export interface ArchiveCheck {
  /** Problems found, in words; empty when the archive is sound. */
  problems: string[];
  clippings: number;
  schemaVersion: number;
}

const REQUIRED_TABLES = ['clippings', 'originals', 'parts', 'authors', 'tags', 'clipping_tags', 'meta'];

/** Checks an open database; `deep` also re-hashes every original (slower: reads every byte). */
export function checkDatabase(db: DatabaseSync, deep = true): ArchiveCheck {
  const problems: string[] = [];
  const schemaVersion = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
  const integrity = (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map((r) => r.integrity_check);
  if (integrity.join() !== 'ok') problems.push(`SQLite integrity check: ${integrity.slice(0, 5).join('; ')}`);
  const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
  const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
  if (missing.length > 0) {
    problems.push(`not a Clipdesk archive: it has no ${missing.join(', ')} table${missing.length > 1 ? 's' : ''}`);
    return { problems, clippings: 0, schemaVersion };
  }
  if (schemaVersion < 1 || schemaVersion > SCHEMA_VERSION) {
    problems.push(`schema version ${schemaVersion} is not one this Clipdesk knows (1 to ${SCHEMA_VERSION})`);
  }
  const foreign = db.prepare('PRAGMA foreign_key_check').all();
  if (foreign.length > 0) problems.push(`${foreign.length} row(s) point at rows that do not exist`);
  const clippings = (db.prepare('SELECT count(*) AS n FROM clippings').get() as { n: number }).n;
  const orphans = db.prepare('SELECT c.id FROM clippings c LEFT JOIN originals o ON o.id = c.original_id WHERE o.id IS NULL').all() as { id: number }[];
  for (const { id } of orphans.slice(0, 10)) problems.push(`clipping ${id} has lost its original file`);
  // Parts are written with the clipping in one transaction, numbered 0..n-1: a gap means a half write.
  const gaps = db
    .prepare('SELECT clipping_id AS id, count(*) AS n, max(seq) AS top FROM parts GROUP BY clipping_id HAVING max(seq) <> count(*) - 1')
    .all() as { id: number }[];
  for (const { id } of gaps.slice(0, 10)) problems.push(`clipping ${id} has parts missing`);
  const bare = db.prepare("SELECT c.id FROM clippings c WHERE NOT EXISTS (SELECT 1 FROM parts p WHERE p.clipping_id = c.id AND p.kind = 'paragraph')").all() as { id: number }[];
  for (const { id } of bare.slice(0, 10)) problems.push(`clipping ${id} has no body`);
  if (deep) {
    for (const row of db.prepare('SELECT id, sha256, size, data FROM originals').iterate() as Iterable<{ id: number; sha256: string; size: number; data: Uint8Array }>) {
      const hash = createHash('sha256').update(row.data).digest('hex');
      if (hash !== row.sha256 || row.data.byteLength !== row.size) problems.push(`original ${row.id} does not match its recorded hash or size`);
    }
    checkImages(db, problems);
  }
  return { problems, clippings, schemaVersion };
}

/** Opens the file read-only and checks it; a file that is not SQLite at all is a problem, not a throw. */
export function checkArchiveFile(file: string, deep = true): ArchiveCheck {
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file, { readOnly: true });
  } catch (error) {
    return { problems: [`cannot be opened: ${(error as Error).message}`], clippings: 0, schemaVersion: 0 };
  }
  try {
    return checkDatabase(db, deep);
  } catch (error) {
    return { problems: [`cannot be read as an archive: ${(error as Error).message}`], clippings: 0, schemaVersion: 0 };
  } finally {
    db.close();
  }
}
