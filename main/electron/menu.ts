/**
 * The application menu. Import is the one action main carries out itself (it owns the file
 * dialog and reads the files); Export PDF, Find and Undo are commands the renderer carries out, sent
 * as the 'command' event, so the menu and the keyboard shortcuts share one code path there.
 */
import path from 'node:path';
import { Menu, app, dialog, shell } from 'electron';
import type { BrowserWindow, MenuItemConstructorOptions, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { Archive } from '../archive/archive.ts';
import { backupArchive, checkBackupFile, defaultBackupName } from '../archive/safety/backup.ts';
import type { ImportReport } from '../../preload/api/index.ts';
import { sendEvent } from './ipc.ts';

export interface MenuContext {
  archive: Archive;
  getWindow: () => BrowserWindow | null;
  /** Development build: reload and DevTools appear in View. */
  dev: boolean;
  /** Closes the archive, replaces it with the (already checked) backup file and restarts. */
  restoreFrom: (file: string) => Promise<void>;
}

async function messageBox(window: BrowserWindow | null, options: MessageBoxOptions): Promise<number> {
  return (window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options)).response;
}

/** File > Back Up Archive…: one SQLite file, written while the app keeps running (safety/backup.ts). */
async function backupWithDialog(context: MenuContext): Promise<void> {
  const window = context.getWindow();
  const options: SaveDialogOptions = {
    title: 'Back up the archive',
    buttonLabel: 'Back Up',
    defaultPath: path.join(app.getPath('documents'), defaultBackupName()),
    filters: [{ name: 'Clipdesk backup', extensions: ['sqlite'] }],
  };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return;
  try {
    const summary = await backupArchive(context.archive.dir, choice.filePath);
    await messageBox(window, { type: 'info', message: `Backed up ${summary.clippings} clippings.`, detail: summary.file });
  } catch (error) {
    dialog.showErrorBox('Back up failed', error instanceof Error ? error.message : String(error));
  }
}

/** File > Restore Archive…: the file is checked through before anything is closed or replaced. */
async function restoreWithDialog(context: MenuContext): Promise<void> {
  const window = context.getWindow();
  const options: OpenDialogOptions = {
    title: 'Restore the archive from a backup',
    buttonLabel: 'Restore',
    properties: ['openFile'],
    filters: [{ name: 'Clipdesk backup', extensions: ['sqlite'] }, { name: 'All files', extensions: ['*'] }],
  };
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const file = choice.filePaths[0];
  if (choice.canceled || file === undefined) return;
  const check = checkBackupFile(file);
  if (check.problems.length > 0) {
    dialog.showErrorBox('This file cannot be restored', `${file}\n\n${check.problems.join('\n')}\n\nThe archive was not changed.`);
    return;
  }
  const answer = await messageBox(window, {
    type: 'warning',
    buttons: ['Restore and Restart', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: `Replace the archive with the ${check.clippings} clippings in "${path.basename(file)}"?`,
    detail: 'The archive you have now is kept beside it (archive.sqlite.before-restore-…). Clipdesk restarts to open the restored archive.',
  });
  if (answer === 0) await context.restoreFrom(file);
}

const IMPORT_EXTENSIONS = ['txt', 'html', 'htm', 'mhtml', 'mht'];

function summarise(report: ImportReport): string {
  return report.outcomes
    .map((outcome) => `${outcome.name}: ${outcome.status}${outcome.message ? ` (${outcome.message})` : ''}`)
    .join('\n');
}

async function importWithDialog(context: MenuContext): Promise<void> {
  const window = context.getWindow();
  const options: OpenDialogOptions = {
    title: 'Import clippings',
    buttonLabel: 'Import',
    // Linux and Windows cannot offer files and folders in one dialog; there files win.
    properties: ['openFile', 'openDirectory', 'multiSelections'],
    filters: [
      { name: 'Clippings (text, HTML, MHTML)', extensions: IMPORT_EXTENSIONS },
      { name: 'All files', extensions: ['*'] },
    ],
  };
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  if (choice.canceled || choice.filePaths.length === 0) return;
  let report: ImportReport;
  try {
    report = await context.archive.importPaths(choice.filePaths);
  } catch (error) {
    dialog.showErrorBox('Import failed', error instanceof Error ? error.message : String(error));
    return;
  }
  // No 'archiveChanged' here: the archive emits it itself when anything was imported, and
  // ipc.ts forwards it to the window.
  const failed = report.outcomes.filter((outcome) => outcome.status === 'failed');
  if (failed.length > 0) {
    const detail = summarise({ outcomes: failed });
    const message = `${failed.length} of ${report.outcomes.length} file(s) could not be imported.`;
    if (window) await dialog.showMessageBox(window, { type: 'warning', message, detail });
    else await dialog.showMessageBox({ type: 'warning', message, detail });
  }
}

export function buildAppMenu(context: MenuContext): Menu {
  const command = (name: 'export-pdf' | 'find' | 'undo') => () => sendEvent(context.getWindow(), 'command', name);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => void importWithDialog(context) },
        { label: 'Export PDF…', accelerator: 'CmdOrCtrl+E', click: command('export-pdf') },
        { type: 'separator' },
        { label: 'Back Up Archive…', click: () => void backupWithDialog(context) },
        { label: 'Restore Archive…', click: () => void restoreWithDialog(context) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // Undo is the renderer's: it undoes a tag change or a move to the Trash, or, in a text
        // field, the typing (the role would only ever undo typing).
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: command('undo') },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        ...(context.dev
          ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }, { type: 'separator' as const }]
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'F&ind',
      submenu: [{ label: 'Find in Archive', accelerator: 'CmdOrCtrl+F', click: command('find') }],
    },
    {
      role: 'help',
      submenu: [
        {
          label: 'Show Archive Folder',
          click: async () => {
            const info = await context.archive.appInfo();
            if (info.ok) void shell.openPath(info.value.archivePath);
          },
        },
        {
          label: 'About Clipdesk',
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              message: `Clipdesk ${app.getVersion()}`,
              detail: 'A desktop archive browser for news clippings.',
            }),
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
