/**
 * Saves bytes the host produced (the PDF) through the page's own download: a blob: URL on an
 * <a download>. A browser saves it to Downloads; Electron shows its save dialog.
 */
import type { ExportedFile } from '../../../preload/api/index.ts';

export function downloadFile(file: ExportedFile): void {
  const blob = new Blob([file.data as Uint8Array<ArrayBuffer>], { type: file.mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its own reference by the next task; free ours a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
