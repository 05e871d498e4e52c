/**
 * What went wrong with the archive's storage, said so a person can act on it: a newer archive,
 * another Clipdesk writing, a full disk, a damaged database, a missing file. Every shell uses it
 * (the service's error values, the CLI and browser host at start, Electron's error box), so the
 * same trouble reads the same everywhere. Each message says what to do and that nothing was lost.
 */
import type { ApiError } from '../../../preload/api/index.ts';
import { SchemaTooNewError } from '../store/migrations.ts';

/** SQLite's primary result codes that mean something to a person (extended codes share the low byte). */
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_READONLY = 8;
const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;
const SQLITE_NOTADB = 26;

export const BUSY_MESSAGE =
  'The archive is busy (another Clipdesk is writing to it). Wait for the other Clipdesk (the desktop app, the browser host or the command line) to finish, or close it, then try again. Nothing was changed.';
export const DISK_FULL_MESSAGE =
  'The disk holding the archive is full, so nothing of this change was saved (the archive is as it was before). Free some space on that disk and try again.';
export const DAMAGED_MESSAGE =
  'The archive database is damaged or is not a Clipdesk archive. Clipdesk changed nothing: restore it from a backup (File > Restore…, or `clipdesk restore FILE`), or open another archive.';

function sqliteCode(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, errcode } = error as { code?: unknown; errcode?: unknown };
  return code === 'ERR_SQLITE_ERROR' && typeof errcode === 'number' ? errcode & 0xff : null;
}

function systemCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : null;
}

/**
 * The storage trouble behind an error, as an ApiError, or null when the error is not about
 * storage (then the caller reports it its own way). `where` names the archive folder or file.
 */
export function describeStorageError(error: unknown, where?: string): ApiError | null {
  const at = where ? ` (${where})` : '';
  if (error instanceof SchemaTooNewError) return { code: 'io', message: error.message };
  const sqlite = sqliteCode(error);
  if (sqlite === SQLITE_BUSY || sqlite === SQLITE_LOCKED) return { code: 'io', message: BUSY_MESSAGE };
  if (sqlite === SQLITE_FULL) return { code: 'io', message: DISK_FULL_MESSAGE };
  if (sqlite === SQLITE_CORRUPT || sqlite === SQLITE_NOTADB) return { code: 'io', message: `${DAMAGED_MESSAGE}${at}` };
  if (sqlite === SQLITE_READONLY || sqlite === SQLITE_CANTOPEN) {
    return { code: 'io', message: `Clipdesk cannot write to the archive${at}: check that the folder exists and that you may write to it. Nothing was changed.` };
  }
  if (sqlite === SQLITE_IOERR) {
    return { code: 'io', message: `The disk could not read or write the archive${at}: ${(error as Error).message}. Nothing of this change was saved; check the disk and try again.` };
  }
  const system = systemCode(error);
  const file = (error as { path?: unknown } | null)?.path;
  const named = typeof file === 'string' ? ` (${file})` : at;
  if (system === 'ENOSPC' || system === 'EDQUOT') return { code: 'io', message: DISK_FULL_MESSAGE };
  if (system === 'EACCES' || system === 'EPERM' || system === 'EROFS') {
    return { code: 'io', message: `Clipdesk is not allowed to write there${named}: choose another folder or change its permissions. Nothing was changed.` };
  }
  if (system === 'ENOENT') return { code: 'io', message: `A file Clipdesk needs is missing${named}.` };
  return null;
}

/** The message for a shell to print when the archive cannot be opened at all. */
export function describeOpenFailure(error: unknown, archiveDir: string): string {
  return describeStorageError(error, archiveDir)?.message ?? `Clipdesk cannot open the archive at ${archiveDir}: ${error instanceof Error ? error.message : String(error)}`;
}
