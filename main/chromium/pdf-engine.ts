import { existsSync } from 'node:fs';
import type { Browser } from 'playwright';
import { findChromium, type FindOptions } from './find-chromium.ts';
import { cssMargins, ExportError, footerTemplate, headerTemplate } from '../archive/export/index.ts';
import type { PdfEngine } from '../archive/export/index.ts';

// Quiet, offline, reproducible: no update checks, sync, crash reporting or GPU process.
const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  // Request interception aborts every fetch, but Chromium still opens a TCP connection when a
  // frame starts navigating (found by the test that counts connections). No host resolves at all.
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

/** Longest a single page may take to lay out and print; a stuck renderer must not hang an export forever. */
const PRINT_TIMEOUT_MS = 60_000;

function describe(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
}

/**
 * Chromium through playwright: the one given, else the first found (find-chromium.ts: env
 * CLIPDESK_CHROMIUM, an installed Chromium, Chrome or Edge, Playwright's own); launched lazily once and reused; headless with --no-sandbox only when running as root. JavaScript disabled
 * in the print page, no network (every request aborted).
 *
 * Electron's `webContents.printToPDF` takes the same page options used here (`displayHeaderFooter`,
 * `headerTemplate`, `footerTemplate`, `preferCSSPageSize`, `printBackground`, margins in inches from
 * `inchMargins()`), so both engines print the same pages from the same templates in page-layout.ts.
 */
export function createChromiumPdfEngine(options?: { executablePath?: string; find?: FindOptions }): PdfEngine {
  let browser: Promise<Browser> | null = null;
  let closed = false;

  async function launch(): Promise<Browser> {
    const found = options?.executablePath ? { executablePath: options.executablePath, source: 'given' } : await findChromium(options?.find);
    if ('missing' in found) throw new ExportError(`Cannot export PDF: ${found.missing}`);
    const { executablePath } = found;
    if (!existsSync(executablePath)) {
      throw new ExportError(
        `Cannot export PDF: no Chromium at ${executablePath}. Install Debian's chromium (sudo apt-get install chromium), Chrome or Edge, or set CLIPDESK_CHROMIUM to a Chromium executable.`,
      );
    }
    // Chromium refuses to start its sandbox as root; anyone else keeps it.
    const isRoot = process.getuid?.() === 0;
    // Playwright is loaded on the first export, not when the app starts (it takes a while to load).
    return import('playwright')
      .then(({ chromium }) => chromium.launch({ executablePath, headless: true, chromiumSandbox: !isRoot, args: CHROMIUM_ARGS }))
      .catch((error: unknown) => {
        throw new ExportError(`Cannot export PDF: Chromium at ${executablePath} failed to start (${describe(error)}).`, {
          cause: error,
        });
      });
  }

  async function browserReady(): Promise<Browser> {
    if (closed) throw new ExportError('Cannot export PDF: the PDF engine was closed.');
    if (browser) {
      const current = await browser.catch(() => null);
      if (current?.isConnected()) return current;
      browser = null; // Crashed or killed: start a fresh one rather than fail every later export.
    }
    const starting = launch();
    browser = starting;
    starting.catch(() => {
      if (browser === starting) browser = null; // Let the next export try again (e.g. after install).
    });
    return starting;
  }

  return {
    async htmlToPdf(html, printOptions) {
      const { signal } = printOptions;
      signal?.throwIfAborted();
      const instance = await browserReady();
      // A fresh context per document: nothing (cache, storage) carries from one clipping to the next.
      const context = await instance.newContext({ javaScriptEnabled: false, offline: true });
      // Closing the context is the only way to stop a print under way: page.pdf then rejects.
      const abort = (): void => void context.close().catch(() => undefined);
      signal?.addEventListener('abort', abort, { once: true });
      try {
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        page.setDefaultTimeout(PRINT_TIMEOUT_MS);
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({
          format: printOptions.paper,
          preferCSSPageSize: true,
          printBackground: true,
          margin: cssMargins(printOptions.margins),
          displayHeaderFooter: printOptions.pageChrome !== 'document',
          headerTemplate: headerTemplate(printOptions.headerText ?? printOptions.title, printOptions.margins),
          footerTemplate: footerTemplate(printOptions.margins),
          tagged: true,
          outline: printOptions.outline ?? false,
        });
        signal?.throwIfAborted();
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } catch (error) {
        if (error instanceof ExportError) throw error;
        if (signal?.aborted) throw signal.reason;
        throw new ExportError(`Cannot export "${printOptions.title}" to PDF: Chromium failed (${describe(error)}).`, {
          cause: error,
        });
      } finally {
        signal?.removeEventListener('abort', abort);
        await context.close().catch(() => undefined);
      }
    },

    async close() {
      closed = true;
      const pending = browser;
      browser = null;
      const instance = await pending?.catch(() => null);
      await instance?.close().catch(() => undefined);
    },
  };
}
