/** What the import button and the drop zone accept (issue 2 and 3: text, saved pages, single-file archives). */
export const IMPORT_EXTENSIONS = ['.txt', '.html', '.htm', '.mhtml', '.mht'] as const;

export const IMPORT_ACCEPT = IMPORT_EXTENSIONS.join(',');

/** The host judges each file (and says why it refuses one); this only spots the obviously foreign. */
export function isImportable(name: string): boolean {
  const lower = name.toLowerCase();
  return IMPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
