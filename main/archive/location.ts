import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The product name: Electron's userData folder is named after it, and the other shells agree. */
const PRODUCT_NAME = 'Clipdesk';

/**
 * Where the archive lives when nobody says: the same folder Electron uses (userData/archive),
 * so the desktop app, the browser host and the CLI share one archive by default.
 */
export function defaultArchiveDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.CLIPDESK_ARCHIVE) return path.resolve(env.CLIPDESK_ARCHIVE);
  const home = os.homedir();
  const appData =
    platform === 'win32'
      ? (env.APPDATA ?? path.join(home, 'AppData', 'Roaming'))
      : platform === 'darwin'
        ? path.join(home, 'Library', 'Application Support')
        : (env.XDG_CONFIG_HOME ?? path.join(home, '.config'));
  return path.join(appData, PRODUCT_NAME, 'archive');
}

/** The repository (or unpacked app) root, from this file's place in main/archive/. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The bundled sample clipping (a public-domain Voice of America article). */
export const SAMPLE_FILE = path.join(PROJECT_ROOT, 'assets', 'sample-voa-choe-ryong-hae-russia.txt');
