/**
 * Backup and restore of an archive. Everything that matters is in archive.sqlite (the clippings,
 * their parts, tags, notes and the original files as BLOBs); index/ is derived and rebuilt, and
 * no asset lives outside the database. So a backup is one SQLite file, written with SQLite's
 * online backup while the app keeps running, and a restore checks that file through before it
 * replaces anything, keeping the archive it replaces beside it.
 */
import { copyFileSync, existsSync, linkSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync, backup } from 'node:sqlite';
import { DATABASE_FILE } from '../store/store.ts';
import { checkArchiveFile, type ArchiveCheck } from './archive-check.ts';
import { assertOutsideArchive } from './paths.ts';

/** The index folder (archive.ts's INDEX_FOLDER), not imported from there to keep this file free of the service. */
const INDEX_FOLDER = 'index';

export class BackupError extends Error {
  readonly file: string;
  constructor(message: string, file: string) {
    super(message);
    this.name = 'BackupError';
    this.file = file;
  }
}

export interface BackupSummary {
  file: string;
  clippings: number;
  bytes: number;
}

export interface RestoreSummary {
  clippings: number;
  /** Where the archive that was replaced now is (null when there was none). */
  previous: string | null;
}

/** A name for the backup that sorts by date: "Clipdesk backup 2026-11-29 0842.sqlite". */
export function defaultBackupName(now = new Date()): string {
  return `Clipdesk backup ${now.toISOString().slice(0, 16).replace('T', ' ').replace(':', '')}.sqlite`;
}

/**
 * Writes the archive in `dir` to `targetFile` as one SQLite file, consistent even while the app
 * writes (SQLite's online backup reads one snapshot). The file appears only when whole: it is
 * written beside the target under another name, checked, then renamed.
 */
export async function backupArchive(dir: string, targetFile: string): Promise<BackupSummary> {
  const source = path.join(dir, DATABASE_FILE);
  const target = path.resolve(targetFile);
  if (!existsSync(source)) throw new BackupError(`There is no archive to back up in ${dir}.`, source);
  assertOutsideArchive(dir, target, 'The backup');
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const db = new DatabaseSync(source, { readOnly: true, timeout: 5000 });
  try {
    await backup(db, partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
  // One self-contained file: no -wal beside it to lose when it is copied elsewhere.
  const copy = new DatabaseSync(partial);
  copy.exec('PRAGMA journal_mode = DELETE');
  copy.close();
  const check = checkArchiveFile(partial, false);
  if (check.problems.length > 0) {
    rmSync(partial, { force: true });
    throw new BackupError(`The backup could not be verified (${check.problems.join('; ')}); nothing was written. The archive itself may need checking.`, target);
  }
  renameSync(partial, target);
  return { file: target, clippings: check.clippings, bytes: statSync(target).size };
}

/** Checks a file as a restore would, without touching anything: problems are listed, not thrown. */
export function checkBackupFile(file: string): ArchiveCheck {
  if (!existsSync(file)) return { problems: ['the file does not exist'], clippings: 0, schemaVersion: 0 };
  return checkArchiveFile(file, true);
}

/**
 * Replaces the archive in `dir` with the backup `file`. The archive must be closed (no Clipdesk
 * has it open). Nothing is replaced unless the file passes every check; the replaced archive is
 * kept as archive.sqlite.before-restore-<time>. Each step leaves a whole archive in place if the
 * process dies there: the new file is copied in under another name and renamed over the old one
 * last, after the old one has a second name and the derived index is gone.
 */
export async function restoreArchive(dir: string, file: string, now = new Date()): Promise<RestoreSummary> {
  const source = path.resolve(file);
  const check = checkBackupFile(source);
  if (check.problems.length > 0) {
    throw new BackupError(`"${source}" cannot be restored: ${check.problems.join('; ')}. The archive was not changed.`, source);
  }
  const live = path.join(dir, DATABASE_FILE);
  if (path.resolve(live) === source) throw new BackupError('That file is the archive itself; choose a backup file.', source);
  if (existsSync(live) && archiveInUse(live)) {
    throw new BackupError('The archive is open in another Clipdesk (the desktop app, the browser host or a command). Close it, then restore. The archive was not changed.', live);
  }
  const incoming = `${live}.restoring`;
  rmSync(incoming, { force: true });
  const db = new DatabaseSync(source, { readOnly: true });
  try {
    await backup(db, incoming);
  } finally {
    db.close();
  }

  let previous: string | null = null;
  if (existsSync(live)) {
    previous = `${live}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    foldWal(live);
    try {
      linkSync(live, previous);
    } catch {
      copyFileSync(live, previous); // a file system without hard links
    }
    // A write-ahead log that could not be folded in belongs to the old archive only.
    for (const suffix of ['-wal', '-shm']) if (existsSync(live + suffix)) renameSync(live + suffix, previous + suffix);
  }
  // The index describes the old archive and could claim the same revision: it must go first.
  rmSync(path.join(dir, INDEX_FOLDER), { recursive: true, force: true });
  renameSync(incoming, live);
  return { clippings: check.clippings, previous };
}

/**
 * True when another connection has the database open. In WAL mode every open connection holds a
 * shared lock while it lives, so an exclusive lock is refused until the last one closes; a swap
 * under a running Clipdesk would leave it writing to the archive that was replaced.
 */
function archiveInUse(file: string): boolean {
  let db: DatabaseSync | null = null;
  try {
    db = new DatabaseSync(file, { timeout: 0 });
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return false;
  } catch (error) {
    return (error as { errcode?: number }).errcode !== undefined && ((error as { errcode: number }).errcode & 0xff) === 5;
  } finally {
    db?.close();
  }
}

/** Folds the write-ahead log into the database file, so the file alone is the whole archive. */
function foldWal(file: string): void {
  try {
    const db = new DatabaseSync(file, { timeout: 5000 });
    try {
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      db.exec('PRAGMA journal_mode = DELETE');
    } finally {
      db.close();
    }
  } catch {
    // A damaged archive: its -wal is moved aside with it below, nothing is lost.
  }
}
