/**
 * The documents of a full build, read in the index worker straight from the archive's SQLite file
 * (opened read-only), so a re-index of 100,000 clippings neither blocks the main thread on the
 * query nor copies hundreds of megabytes of text between threads.
 *
 * The text is exactly what `ArchiveStore.texts()` gives the main thread: the same method runs,
 * on a read-only connection. ArchiveStore has no public read-only opening (its `open` migrates and
 * writes), so its constructor is called directly; the test compares both ways of reading.
 */
import { DatabaseSync } from 'node:sqlite';
import { ArchiveStore } from '../store/store.ts';
import type { IndexDoc } from './lunr-index.ts';

type StoreConstructor = new (file: string, db: DatabaseSync) => ArchiveStore;

export function readArchiveDocs(databaseFile: string): IndexDoc[] {
  if (!databaseFile) throw new Error('no documents and no database file to read them from');
  const db = new DatabaseSync(databaseFile, { readOnly: true, timeout: 5000 });
  try {
    const store = new (ArchiveStore as unknown as StoreConstructor)(databaseFile, db);
    return store.texts();
  } finally {
    db.close();
  }
}
