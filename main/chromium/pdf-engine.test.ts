/**
 * The Chromium engine's locks, tested with hostile print HTML handed straight to it (the print
 * HTML builder escapes everything, so these check the second line of defence on its own).
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportError } from '../archive/export/index.ts';
import type { PdfEngine } from '../archive/export/index.ts';
import { pdfText } from '../test-support/pdf-read-back.ts';
import { createChromiumPdfEngine } from './pdf-engine.ts';

const CHROMIUM = process.env.CLIPDESK_CHROMIUM?.trim() || '/usr/bin/chromium';

let engine: PdfEngine;
let server: Server;
let port = 0;
let connections = 0;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Debian's chromium is missing at ${CHROMIUM}: install it (sudo apt-get install chromium) to run the PDF export tests; CI installs it.`,
    );
  }
  engine = createChromiumPdfEngine();
  // A plain TCP listener counts any attempt by the print page to fetch something.
  server = createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await engine?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('the Chromium PDF engine', () => {
  it('runs no script in the print page', async () => {
    const html = '<!DOCTYPE html><p id="p">static text</p><script>document.getElementById("p").textContent = "SCRIPT RAN";</script>';
    const text = await pdfText(await engine.htmlToPdf(html, { paper: 'A4', title: 'Script test' }));
    expect(text).toContain('static text');
    expect(text).not.toContain('SCRIPT RAN');
  });

  it('fetches nothing from the network', async () => {
    const url = `http://127.0.0.1:${port}`;
    const html =
      `<!DOCTYPE html><link rel="stylesheet" href="${url}/style.css">` +
      `<style>@import url("${url}/import.css"); body { background: url("${url}/bg.png"); }</style>` +
      `<p>offline</p><img src="${url}/photo.jpg"><iframe src="${url}/frame.html"></iframe>`;
    const text = await pdfText(await engine.htmlToPdf(html, { paper: 'Letter', title: 'Network test' }));
    expect(text).toContain('offline');
    expect(connections).toBe(0);
  });

  it('uses the header text as the running header, escaped', async () => {
    const html = '<!DOCTYPE html><p>body text</p>';
    const pdf = await engine.htmlToPdf(html, { paper: 'A4', title: 'T', headerText: 'Source <b>&</b> — Title' });
    expect(await pdfText(pdf)).toMatch(/^Source <b>&<\/b> — Title body text/);
  });

  it('prints several documents in a row with one browser, and at the same time', async () => {
    const pdfs = await Promise.all(
      [1, 2, 3].map((n) => engine.htmlToPdf(`<!DOCTYPE html><p>document ${n}</p>`, { paper: 'A4', title: `Doc ${n}` })),
    );
    const texts = await Promise.all(pdfs.map((pdf) => pdfText(pdf)));
    expect(texts.map((t) => /document \d/.exec(t)?.[0])).toEqual(['document 1', 'document 2', 'document 3']);
  });

  it('says to install Chromium when there is none at the path', async () => {
    const missing = createChromiumPdfEngine({ executablePath: '/nonexistent/chromium' });
    const failure = missing.htmlToPdf('<p>x</p>', { paper: 'A4', title: 'x' });
    await expect(failure).rejects.toBeInstanceOf(ExportError);
    await expect(failure).rejects.toMatchObject({ code: 'export-failed' });
    await expect(failure).rejects.toThrow(/no Chromium at \/nonexistent\/chromium\. Install Debian's chromium/);
    await missing.close();
  });

  it('refuses work after it is closed', async () => {
    const closing = createChromiumPdfEngine();
    await closing.htmlToPdf('<p>x</p>', { paper: 'A4', title: 'x' });
    await closing.close();
    await expect(closing.htmlToPdf('<p>x</p>', { paper: 'A4', title: 'x' })).rejects.toThrow(/engine was closed/);
  });
});
