/**
 * Where a worker's code is: a bundled file beside the module that starts it, or one folder up (the
 * desktop build splits its bundle, so the starting module may sit in out/main/chunks/ below
 * out/main/<worker>.js); else the TypeScript source beside it (tests, the CLI, the browser host).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export function resolveWorkerEntry(directory: string, bundleName: string, sourceName: string): URL {
  for (const folder of [directory, path.dirname(directory)]) {
    const bundled = path.join(folder, bundleName);
    if (existsSync(bundled)) return pathToFileURL(bundled);
  }
  return pathToFileURL(path.join(directory, sourceName));
}

/** The folder of the calling module, from its import.meta.url (source or ESM bundle) or __dirname (CommonJS bundle). */
export function moduleDirectory(importMetaUrl: string | undefined): string {
  if (typeof importMetaUrl === 'string' && importMetaUrl.startsWith('file:')) return path.dirname(fileURLToPath(importMetaUrl));
  return typeof __dirname === 'string' ? __dirname : process.cwd();
}
