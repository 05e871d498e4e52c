/** What the import button and the drop zone accept (issue 2 and 3: text, saved pages, single-file archives). */
export const IMPORT_EXTENSIONS = ['.txt', '.html', '.htm', '.mhtml', '.mht'] as const;

/** Images are taken with the page they belong to (a page saved complete and its folder), never alone. */
const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.gif', '.webp', '.avif', '.svg'] as const;

export const IMPORT_ACCEPT = [...IMPORT_EXTENSIONS, ...IMAGE_EXTENSIONS].join(',');

export function isImage(name: string): boolean {
  const lower = name.toLowerCase();
  return IMAGE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Where a file lay inside a dropped folder ("Page_files/photo.jpg"), so a page finds its images. */
const relativePaths = new WeakMap<File, string>();

export function setRelativePath(file: File, path: string): void {
  relativePaths.set(file, path);
}

export function relativePathOf(file: File): string | undefined {
  return relativePaths.get(file) ?? (file.webkitRelativePath || undefined);
}

/** The host judges each file (and says why it refuses one); this only spots the obviously foreign. */
export function isImportable(name: string): boolean {
  const lower = name.toLowerCase();
  return IMPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
