/**
 * The documents of a full build, read in the index worker straight from the archive's SQLite file
 * (opened read-only), so a re-index of 100,000 clippings neither blocks the main thread on the
 * query nor copies hundreds of megabytes of text between threads. They are read in batches, so
 * the text of the whole archive is never in memory at once.
 *
 * The text is exactly what `ArchiveStore.texts()` gives the main thread: the same method runs,
 * on a read-only connection (ArchiveStore.openReadOnly); the test compares both ways of reading.
 */
import { ArchiveStore } from '../store/store.ts';
import type { IndexDoc } from './lunr-index.ts';

const BATCH = 2000;

export interface ArchiveDocs {
  count: number;
  /** The documents in batches, in id order; the connection closes when the last is read. */
  batches: Iterable<IndexDoc[]>;
}

export function openArchiveDocs(databaseFile: string): ArchiveDocs {
  if (!databaseFile) throw new Error('no documents and no database file to read them from');
  const { store, db } = ArchiveStore.openReadOnly(databaseFile);
  let ids: number[];
  try {
    // Read in one snapshot: a merge must not see half of a commit made while it reads.
    db.exec('BEGIN');
    // The same live clippings texts() gives: what is not in the trash.
    ids = (db.prepare('SELECT id FROM clippings WHERE trashed_at IS NULL ORDER BY id').all() as Array<{ id: number }>).map((row) => Number(row.id));
  } catch (error) {
    db.close();
    throw error;
  }
  function* batches(): Iterable<IndexDoc[]> {
    try {
      for (let at = 0; at < ids.length; at += BATCH) yield store.texts(ids.slice(at, at + BATCH));
    } finally {
      db.close();
    }
  }
  return { count: ids.length, batches: batches() };
}

/** All documents at once (tests, and tools that want an array). */
export function readArchiveDocs(databaseFile: string): IndexDoc[] {
  const docs: IndexDoc[] = [];
  for (const batch of openArchiveDocs(databaseFile).batches) docs.push(...batch);
  return docs;
}
