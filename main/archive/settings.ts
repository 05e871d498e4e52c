/**
 * The person's preferences (prepared-by name, paper, margins, photos), kept in the archive's `meta`
 * key-value table under 'setting:' keys: no migration, and they survive whatever hosts the renderer
 * (the browser host's origin, and so its localStorage, changes every run). Writing a setting does
 * not bump the archive's revision: nothing the library shows depends on it.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { MarginSize, PaperSize, Settings } from '../../preload/api/index.ts';

const PREFIX = 'setting:';

export const DEFAULT_SETTINGS: Settings = { preparedBy: '', paper: 'A4', margins: 'normal', printPhotos: true, keepPhotoLocation: false };

const PAPERS: readonly PaperSize[] = ['A4', 'Letter'];
const MARGINS: readonly MarginSize[] = ['normal', 'narrow', 'wide'];

const flag = (value: string | undefined, fallback: boolean): boolean => (value === 'true' ? true : value === 'false' ? false : fallback);

/** Reads every setting; a value never set, or one an older or newer version left unreadable, is the default. */
export function readSettings(db: DatabaseSync): Settings {
  const rows = db.prepare('SELECT key, value FROM meta WHERE key LIKE ?').all(`${PREFIX}%`) as { key: string; value: string }[];
  const stored = new Map(rows.map((r) => [r.key.slice(PREFIX.length), r.value]));
  const paper = stored.get('paper');
  const margins = stored.get('margins');
  return {
    preparedBy: stored.get('preparedBy') ?? DEFAULT_SETTINGS.preparedBy,
    paper: PAPERS.includes(paper as PaperSize) ? (paper as PaperSize) : DEFAULT_SETTINGS.paper,
    margins: MARGINS.includes(margins as MarginSize) ? (margins as MarginSize) : DEFAULT_SETTINGS.margins,
    printPhotos: flag(stored.get('printPhotos'), DEFAULT_SETTINGS.printPhotos),
    keepPhotoLocation: flag(stored.get('keepPhotoLocation'), DEFAULT_SETTINGS.keepPhotoLocation),
  };
}

/** Writes the settings given (the bridge has checked their values), in one transaction. */
export function writeSettings(db: DatabaseSync, changes: Partial<Settings>): Settings {
  const put = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
  const entries = Object.entries(changes).filter(([key, value]) => key in DEFAULT_SETTINGS && value !== undefined);
  db.exec('BEGIN');
  try {
    for (const [key, value] of entries) put.run(PREFIX + key, key === 'preparedBy' ? String(value).trim() : String(value));
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
  return readSettings(db);
}
