/** Many exported files as one .zip download, built in the renderer (fflate, no host round trip). */
import { zipSync } from 'fflate';
import type { ExportedFile } from '../../../preload/api/index.ts';

export function zipFiles(files: readonly ExportedFile[], fileName: string): ExportedFile {
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) {
    // The host already made the names unique; a repeat would still not overwrite a file.
    let name = file.fileName;
    for (let n = 2; name in entries; n++) name = file.fileName.replace(/(\.[^.]*)?$/, `-${n}$1`);
    entries[name] = file.data;
  }
  return { fileName, mediaType: 'application/zip', data: zipSync(entries, { level: 6 }) };
}
