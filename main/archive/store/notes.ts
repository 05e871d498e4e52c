/** A person's free-text note on a clipping: stored with it, shown in the reader, searched with its body. */
import type { DatabaseSync } from 'node:sqlite';

/** Longest note kept (a long memo, not a second article). */
const MAX_NOTE_LENGTH = 100_000;

/** Sets the note ('' clears it); false when there is no such clipping. Call inside a write. */
export function setNote(db: DatabaseSync, id: number, note: string): boolean {
  const text = note.normalize('NFC').replace(/\r\n?/g, '\n').trimEnd().slice(0, MAX_NOTE_LENGTH);
  return db.prepare('UPDATE clippings SET note = ? WHERE id = ?').run(text, id).changes > 0;
}
