/**
 * The PDF engine of the desktop app: Chromium's own printing through `webContents.printToPDF`.
 * The print HTML is built by the core (main/archive/export); it is shown in a hidden window
 * that runs no JavaScript, lives in its own in-memory session and may load nothing from the
 * network, so a hostile clipping cannot act while it is printed.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import type { Session } from 'electron';
import { footerTemplate, headerTemplate, inchMargins } from '../archive/export/index.ts';
import type { PdfEngine, PdfRenderOptions } from '../archive/export/index.ts';

const PRINT_PARTITION = 'clipdesk-print';

/** Print files being printed right now: the only file: URLs the print session may load. */
const printing = new Set<string>();

function printSession(): Session {
  const print = session.fromPartition(PRINT_PARTITION, { cache: false });
  // The print file itself and inline data: images; not the web, and no other file on disk.
  print.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith('data:') || printing.has(details.url);
    callback({ cancel: !allowed });
  });
  print.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  print.setPermissionCheckHandler(() => false);
  return print;
}

export function createElectronPdfEngine(): PdfEngine {
  const open = new Set<BrowserWindow>();
  let print: Session | null = null;

  async function htmlToPdf(
    html: string,
    options: PdfRenderOptions,
  ): Promise<Uint8Array> {
    print ??= printSession();
    // A temporary file rather than a data: URL: data: URLs are capped in length and print HTML
    // with inlined images can exceed it.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'clipdesk-print-'));
    const file = path.join(dir, 'clipping.html');
    const fileUrl = pathToFileURL(file).href;
    const window = new BrowserWindow({
      show: false,
      webPreferences: {
        session: print,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        javascript: false,
        webSecurity: true,
        webviewTag: false,
        devTools: false,
        spellcheck: false,
      },
    });
    open.add(window);
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    window.webContents.on('will-navigate', (event) => event.preventDefault());
    try {
      await writeFile(file, html, 'utf8');
      printing.add(fileUrl);
      await window.loadURL(fileUrl);
      const pdf = await window.webContents.printToPDF({
        pageSize: options.paper,
        printBackground: true,
        displayHeaderFooter: options.pageChrome !== 'document',
        headerTemplate: headerTemplate(options.headerText ?? options.title, options.margins),
        footerTemplate: footerTemplate(options.margins),
        // The same page geometry as the Chromium engine, so both shells print the same pages.
        margins: inchMargins(options.margins),
        // Bookmarks from the headings (a dossier's clippings), in a tagged PDF like the Chromium engine's.
        generateTaggedPDF: true,
        generateDocumentOutline: options.outline ?? false,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      printing.delete(fileUrl);
      open.delete(window);
      if (!window.isDestroyed()) window.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  }

  async function close(): Promise<void> {
    for (const window of open) if (!window.isDestroyed()) window.destroy();
    open.clear();
  }

  return { htmlToPdf, close };
}
