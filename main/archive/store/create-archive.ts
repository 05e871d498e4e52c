/**
 * Creating the archive file: whole or not at all, so a kill during the very first open never
 * leaves an archive.sqlite that is not an archive.
 */
import { DatabaseSync } from 'node:sqlite';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { migrate } from './migrations.ts';

/**
 * Makes a new archive file whole or not at all: the schema is written to a file beside it, which is
 * renamed into place once complete. A kill while an archive is first created (found by the kill -9
 * test) otherwise left an archive.sqlite with no tables, which every check then reported as not a
 * Clipdesk archive.
 */
/** How every connection to an archive is set up: the draft of a new one and every open. */
export function configureConnection(db: DatabaseSync): void {
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  // The list's sets (list-set.ts) are temp tables: kept in memory, not in a file.
  db.exec('PRAGMA temp_store = MEMORY');
}

export function createArchiveFile(file: string): void {
  removeDeadDrafts(file);
  const draft = `${file}.creating-${process.pid}`;
  const db = new DatabaseSync(draft);
  try {
    configureConnection(db);
    migrate(db, file);
  } finally {
    // Closing checkpoints the write-ahead log into the file and removes it.
    db.close();
  }
  // Another process may have made the archive meanwhile: then its file stands, and this draft goes.
  if (existsSync(file)) rmSync(draft, { force: true });
  else renameSync(draft, file);
}

/** Drafts left by a process killed while creating the archive (its pid is gone), with their logs. */
function removeDeadDrafts(file: string): void {
  const prefix = `${path.basename(file)}.creating-`;
  for (const name of readdirSync(path.dirname(file))) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number.parseInt(name.slice(prefix.length), 10);
    if (pid !== process.pid && isAlive(pid)) continue;
    rmSync(path.join(path.dirname(file), name), { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but is another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
