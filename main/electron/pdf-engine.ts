/**
 * The PDF engine of the desktop app: Chromium's own printing through `webContents.printToPDF`.
 * The print HTML is built by the core (main/archive/export); it is shown in a hidden window
 * that runs no JavaScript, lives in its own in-memory session and may load nothing from the
 * network, so a hostile clipping cannot act while it is printed.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow, session } from 'electron';
import type { Session } from 'electron';
import { footerTemplate, headerTemplate, inchMargins } from '../archive/export/index.ts';
import type { PdfEngine, PrintOptions } from '../archive/export/index.ts';

const PRINT_PARTITION = 'clipdesk-print';

function printSession(): Session {
  const printing = session.fromPartition(PRINT_PARTITION, { cache: false });
  // Only the temporary print file and inline data: images may load.
  printing.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith('file:') || details.url.startsWith('data:');
    callback({ cancel: !allowed });
  });
  printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  printing.setPermissionCheckHandler(() => false);
  return printing;
}

export function createElectronPdfEngine(): PdfEngine {
  const open = new Set<BrowserWindow>();
  let printing: Session | null = null;

  async function htmlToPdf(
    html: string,
    options: PrintOptions & { title: string; headerText?: string },
  ): Promise<Uint8Array> {
    printing ??= printSession();
    // A temporary file rather than a data: URL: data: URLs are capped in length and print HTML
    // with inlined images can exceed it.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'clipdesk-print-'));
    const file = path.join(dir, 'clipping.html');
    const window = new BrowserWindow({
      show: false,
      webPreferences: {
        session: printing,
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
      await window.loadFile(file);
      const pdf = await window.webContents.printToPDF({
        pageSize: options.paper,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(options.headerText ?? options.title),
        footerTemplate: footerTemplate(),
        // The same page geometry as the Chromium engine, so both shells print the same pages.
        margins: inchMargins(),
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
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
