/**
 * Finds Electron's executable the way the `electron` package does (path.txt, dist/,
 * ELECTRON_OVERRIDE_DIST_PATH), but without `require('electron')`: when the binary is absent
 * that require starts a download, which hangs or fails on a machine without internet. Used by
 * scripts/start-electron.ts and the Electron end-to-end tests; imports nothing from Electron.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ELECTRON_MISSING_MESSAGE =
  "Electron's binary is not installed here (it is downloaded from outside, which this machine cannot reach); run `npm run web` to use Clipdesk in the browser.";

/** The absolute path of Electron's executable, or null when it is not installed. */
export function findElectronBinary(projectRoot: string): string | null {
  const found = locateElectron(projectRoot);
  return 'binary' in found ? found.binary : null;
}

/**
 * Why Electron cannot be launched here, naming the file that was looked for, so a reader can check
 * it (`ls` that path); null when it is installed. What skipped tests and `npm start` print.
 */
export function electronMissingReason(projectRoot: string): string | null {
  const found = locateElectron(projectRoot);
  return 'missing' in found ? `${ELECTRON_MISSING_MESSAGE} Looked for ${found.missing}.` : null;
}

function locateElectron(projectRoot: string): { binary: string } | { missing: string } {
  const packageDir = path.join(projectRoot, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  let candidate: string;
  if (override) candidate = path.join(override, relative || 'electron');
  else if (relative) candidate = path.join(packageDir, 'dist', relative);
  // The electron package writes path.txt only once its installer has downloaded the binary.
  else return { missing: `${pathFile} (written by the electron package's installer once it has downloaded the binary)` };
  return existsSync(candidate) ? { binary: candidate } : { missing: candidate };
}
