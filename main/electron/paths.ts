/**
 * Where the Electron shell finds its files. In development `app.getAppPath()` is the project
 * folder; packaged, it is the asar archive, and the sample sits beside it in resources/
 * (electron-builder.yml `extraResources`).
 */
import path from 'node:path';
import { app } from 'electron';

const SAMPLE_NAME = 'sample-voa-choe-ryong-hae-russia.txt';

export interface AppPaths {
  /** The Vite build of the renderer, served as app://clipdesk/. */
  rendererDir: string;
  /** The sandboxed preload (CommonJS, see scripts/build.ts). */
  preloadFile: string;
  /** The bundled sample clipping offered by an empty archive. */
  sampleFile: string;
  /** The archive folder: CLIPDESK_ARCHIVE, else userData/archive (DESIGN.md). */
  archiveDir: string;
}

export function appPaths(): AppPaths {
  const root = app.getAppPath();
  const override = process.env.CLIPDESK_ARCHIVE;
  return {
    rendererDir: path.join(root, 'out', 'renderer'),
    preloadFile: path.join(root, 'out', 'preload', 'preload.cjs'),
    sampleFile: app.isPackaged
      ? path.join(process.resourcesPath, SAMPLE_NAME)
      : path.join(root, 'assets', SAMPLE_NAME),
    archiveDir: override ? path.resolve(override) : path.join(app.getPath('userData'), 'archive'),
  };
}
