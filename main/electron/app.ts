/**
 * The desktop app's lifecycle once Electron is ready: open the archive, bind it to IPC and the
 * menu, show the window, and close everything in order on quit so no write is cut short.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, session } from 'electron';
import { openArchive } from '../archive/archive.ts';
import type { Archive } from '../archive/archive.ts';
import { bindIpc } from './ipc.ts';
import { buildAppMenu } from './menu.ts';
import { appPaths } from './paths.ts';
import { createElectronPdfEngine } from './pdf-engine.ts';
import { serveRenderer } from './protocol.ts';
import { hardenSession } from './session.ts';
import { createMainWindow } from './window.ts';
import { describeOpenFailure } from '../archive/safety/storage-errors.ts';
import { restoreArchive } from '../archive/safety/backup.ts';
import { capturePortFrom, startCaptureEndpoint } from '../capture/start-capture.ts';

/** Written once the first launch has offered the sample, so deleting it later sticks. */
const SAMPLE_MARKER = 'sample-offered';

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** First run opens on the sample: an empty archive at first launch gets the bundled clipping. */
async function offerSampleOnFirstRun(archive: Archive): Promise<void> {
  if (process.env.CLIPDESK_NO_SAMPLE === '1') return;
  const marker = path.join(app.getPath('userData'), SAMPLE_MARKER);
  if (existsSync(marker)) return;
  const page = await archive.list({ limit: 1 });
  if (page.ok && page.value.total === 0) {
    const outcome = await archive.importSample();
    if (!outcome.ok) console.error(`Clipdesk could not load the sample clipping: ${outcome.error.message}`);
  }
  await mkdir(path.dirname(marker), { recursive: true });
  await writeFile(marker, new Date().toISOString());
}

export interface RunningApp {
  /** The window to focus when a second instance starts. */
  focus(): void;
}

export async function startApp(dev: boolean): Promise<RunningApp> {
  const paths = appPaths();
  hardenSession(session.defaultSession);
  serveRenderer(paths.rendererDir);

  const pdfEngine = createElectronPdfEngine();
  let archive: Archive;
  try {
    archive = await openArchive(paths.archiveDir, { pdfEngine, host: 'electron', sampleFile: paths.sampleFile });
  } catch (error) {
    // A newer archive, a damaged one, another program writing: the box says which, and what to do.
    dialog.showErrorBox('Clipdesk cannot open its archive', `${paths.archiveDir}\n\n${describeOpenFailure(error, paths.archiveDir)}`);
    await pdfEngine.close();
    app.exit(1);
    throw error;
  }
  await offerSampleOnFirstRun(archive);
  // Browser capture (issue 15): the extension's narrow endpoint on 127.0.0.1 (a clip asking to be shown brings the window up, below).
  const capturePort = capturePortFrom(undefined);
  const capture = capturePort === null ? null : await startCaptureEndpoint(archive.capture, capturePort);

  let window: BrowserWindow | null = null;
  const getWindow = (): BrowserWindow | null => window;
  const openWindow = (): void => {
    window = createMainWindow({ preloadFile: paths.preloadFile, dev });
    window.on('closed', () => {
      window = null;
    });
  };
  archive.on('showClipping', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  const unbindIpc = bindIpc(archive, getWindow);
  // Restore: the archive is closed first (nothing may write during the swap), then the app restarts on the restored one.
  const restoreFrom = async (file: string): Promise<void> => {
    unbindIpc();
    window?.destroy();
    await Promise.allSettled([capture?.close(), archive.close(), pdfEngine.close()]);
    try {
      await restoreArchive(paths.archiveDir, file);
    } catch (error) {
      dialog.showErrorBox('Restore failed', describe(error));
    }
    app.relaunch();
    app.exit(0);
  };
  Menu.setApplicationMenu(buildAppMenu({ archive, getWindow, dev, restoreFrom }));
  openWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Quitting waits for the archive to close (index flushed, database checkpointed).
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    unbindIpc();
    void Promise.allSettled([capture?.close(), archive.close(), pdfEngine.close()]).then((results) => {
      for (const result of results) if (result.status === 'rejected') console.error(describe(result.reason));
      closed = true;
      app.quit();
    });
  });

  return {
    focus() {
      if (window === null) return openWindow();
      if (window.isMinimized()) window.restore();
      window.focus();
    },
  };
}
