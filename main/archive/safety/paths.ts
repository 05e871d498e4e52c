/**
 * Path guards: where Clipdesk may write, and which names it may use. Import reads only what the
 * person named (importing.ts does not follow links inside folders); export and backup write only
 * where the person chose, under a plain file name, never into the archive's own files.
 */
import { lstatSync, rmSync } from 'node:fs';
import path from 'node:path';

export class PathError extends Error {
  readonly file: string;
  constructor(message: string, file: string) {
    super(message);
    this.name = 'PathError';
    this.file = file;
  }
}

/** Refuses a target that is the archive's database (or its journal) or lies inside the archive folder. */
export function assertOutsideArchive(archiveDir: string, target: string, what: string): void {
  const dir = path.resolve(archiveDir);
  const file = path.resolve(target);
  if (file === dir || file.startsWith(dir + path.sep)) {
    throw new PathError(`${what} cannot be written inside the archive folder (${dir}); choose another place.`, file);
  }
}

/**
 * A file name taken from untrusted text (a clipping's title, an imported file's name) made safe
 * to join to a folder the person chose: no separators, no "..", no control or reserved characters,
 * not empty, not a reserved Windows device name, at most `max` characters.
 */
export function safeFileName(name: string, fallback = 'clipping', max = 120): string {
  const cleaned = name
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[. ]+$/, '')
    .slice(0, max)
    .trim();
  if (cleaned === '' || /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(cleaned)) return fallback;
  return cleaned;
}

/** Joins a name to a folder and proves the result stays inside it (the last line of defence). */
export function fileInside(folder: string, name: string): string {
  const root = path.resolve(folder);
  const file = path.resolve(root, name);
  if (path.dirname(file) !== root) throw new PathError(`"${name}" would be written outside ${root}; refused.`, file);
  return file;
}

/**
 * Keeps the archive's writes inside its folder: the derived index/ folder must be a real folder
 * there, not a link that would send the index's files elsewhere on the disk (an archive copied
 * from somewhere else could carry one). A link is removed (never what it points to) and the
 * index is rebuilt in a real folder. The database file itself may be a link the person made.
 */
export function guardArchiveFolder(archiveDir: string, derivedFolders: readonly string[]): void {
  for (const name of derivedFolders) {
    const folder = path.join(archiveDir, name);
    let info;
    try {
      info = lstatSync(folder);
    } catch {
      continue; // not there yet: created as a real folder when needed
    }
    if (info.isSymbolicLink() || !info.isDirectory()) rmSync(folder, { force: true });
  }
}
