/// <reference types="chrome" />
/**
 * The browser extension in a real browser (issue 15): Debian's Chromium starts with the unpacked
 * extension (a persistent context with --load-extension; headless Chromium runs extensions),
 * news pages with photos come from a local test server, and Clipdesk is the browser host with its
 * capture endpoint. Pairing with the code from Settings, clipping a page (popup, tags) and a
 * selection (the context menu's path), a duplicate, the queue while Clipdesk is away, revoking.
 */
import { test as base, expect, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FERRY_PARAGRAPHS, newsPage, NEWS_PARAGRAPHS, type NewsPage } from '../../main/test-support/news-pages.ts';
import { decodeWire, encodeWire, TOKEN_HEADER } from '../../preload/wire.ts';
import { buildExtension } from '../../scripts/build-extension.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../web/chromium.ts';
import { startWebHost, type WebHost } from '../web/web-host.ts';

interface Setup {
  host: WebHost;
  site: { url: string; pages: Map<string, NewsPage>; close(): void };
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  clipdesk: Page;
}

const test = base.extend<object, { setup: Setup }>({
  setup: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      // Built afresh (a second or two), so the browser never runs a stale extension.
      const extension = (await buildExtension()).chromium;
      const archiveDir = mkdtempSync(path.join(tmpdir(), 'clipdesk-capture-'));
      const profile = mkdtempSync(path.join(tmpdir(), 'clipdesk-profile-'));
      const host = await startWebHost(archiveDir, { capturePort: '0' });
      const site = await newsSite();
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        headless: true,
        ignoreDefaultArgs: ['--disable-extensions'],
        args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
      });
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const extensionId = new URL(worker.url()).host;
      await worker.evaluate((port) => chrome.storage.local.set({ port }), host.capturePort!);
      const clipdesk = await context.newPage();
      await clipdesk.goto(host.url);
      await use({ host, site, context, worker, extensionId, clipdesk });
      await context.close();
      site.close();
      await host.stop();
      rmSync(archiveDir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});
test.describe.configure({ mode: 'serial' });

/** A local news site: two articles with photos under /media/. */
async function newsSite(): Promise<Setup['site']> {
  const pages = new Map<string, NewsPage>([
    ['/harbour.html', await newsPage({ base: '/media/' })],
    ['/ferry.html', await newsPage({ base: '/media/ferry-', seed: 40, title: 'Ferry strike ends after four days of talks', paragraphs: FERRY_PARAGRAPHS })],
  ]);
  const media = new Map([...pages.values()].flatMap((p) => p.photos.map((photo) => [photo.src, photo.data] as const)));
  const server: Server = createServer((req, res) => {
    const page = pages.get(req.url ?? '');
    if (page) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page.html);
    const photo = media.get(req.url ?? '');
    if (photo) return void res.writeHead(200, { 'content-type': 'image/jpeg' }).end(photo);
    res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, pages, close: () => server.close() };
}

/** Calls Clipdesk's own API, as its page does (for checking what the archive holds). */
async function api<T>(host: WebHost, method: string, ...args: unknown[]): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, { method: 'POST', headers: { [TOKEN_HEADER]: host.token, 'content-type': 'application/json' }, body: encodeWire({ args }) });
  const result = decodeWire(await response.text()) as { ok: boolean; value: T; error?: { message: string } };
  if (!result.ok) throw new Error(result.error?.message);
  return result.value;
}

async function openArticle(setup: Setup, pathname: string): Promise<{ page: Page; tabId: number }> {
  const page = await setup.context.newPage();
  await page.goto(`${setup.site.url}${pathname}`);
  await expect(page.locator('img').first()).toHaveJSProperty('complete', true);
  // The newest tab showing it (an earlier test may have left one open on the same address).
  const tabId = await setup.worker.evaluate(async (url) => Math.max(...(await chrome.tabs.query({ url })).map((tab) => tab.id!)), page.url());
  return { page, tabId };
}

async function popupFor(setup: Setup, tabId: number): Promise<Page> {
  const popup = await setup.context.newPage();
  await popup.goto(`chrome-extension://${setup.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

async function openSettings(clipdesk: Page): Promise<void> {
  if (!(await clipdesk.getByTestId('settings-dialog').isVisible())) await clipdesk.getByTestId('settings-button').click();
  await expect(clipdesk.getByTestId('capture-settings')).toBeVisible();
}

test('pairs with the code from Settings and clips the page with its photos and tags', async ({ setup }) => {
  const { clipdesk } = setup;
  await openSettings(clipdesk);
  await expect(clipdesk.getByTestId('capture-state')).toContainText(`port ${setup.host.capturePort}`);
  await clipdesk.getByTestId('capture-pair').click();
  const code = (await clipdesk.getByTestId('pairing-code').textContent())!;

  const { tabId } = await openArticle(setup, '/harbour.html');
  const popup = await popupFor(setup, tabId);
  await expect(popup.getByTestId('state')).toHaveText('Not paired');
  await popup.locator('#code').fill(code);
  await popup.getByRole('button', { name: 'Pair' }).click();
  await expect(popup.getByTestId('state')).toHaveText('Connected');
  await expect(clipdesk.getByTestId('pairing')).toContainText('Chromium');
  await clipdesk.keyboard.press('Escape');

  await popup.locator('#tags').fill('harbours, europe/ports');
  await popup.getByRole('button', { name: 'Clip article' }).click();
  await expect(popup.getByTestId('result')).toContainText('Clipped');
  await expect(popup.getByTestId('result-title')).toHaveText('Harbour wall approved after ten years of argument');
  await expect(popup.getByTestId('result-meta')).toHaveText(/^Example News · .*2024 · 2 photos$/);
  await popup.screenshot({ path: test.info().outputPath('popup-clipped.png') });

  // "Open in Clipdesk" shows it in Clipdesk's window, photos and all, read from the archive.
  await popup.getByTestId('open-in-clipdesk').click();
  await expect(clipdesk.getByTestId('reader-headline')).toHaveText('Harbour wall approved after ten years of argument');
  await expect.poll(() => clipdesk.getByTestId('reader-photo').first().evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(960);
  await expect(clipdesk.getByTestId('reader-photo')).toHaveCount(2);
  await expect(clipdesk.getByTestId('tag-chip')).toHaveText([/^europe\/ports/, /^harbours/]);
  await expect(clipdesk.getByTestId('reader-body')).not.toContainText('cookies');

  // The same article again is a duplicate.
  await popup.getByRole('button', { name: 'Clip article' }).click();
  await expect(popup.getByTestId('result')).toContainText('Already in Clipdesk');
});

test('clips only the selected passage, with the page metadata (the context menu\'s way)', async ({ setup }) => {
  const { page, tabId } = await openArticle(setup, '/harbour.html');
  await page.evaluate(() => {
    const paragraphs = document.querySelectorAll('article > p:not(.byline)');
    const range = document.createRange();
    range.setStartBefore(paragraphs[3]!);
    range.setEndAfter(paragraphs[4]!);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  const result = await setup.worker.evaluate((id) => (globalThis as unknown as { clipdesk: { clipTab(id: number, mode: string): Promise<{ kind: string; outcome: { status: string; id: number } }> } }).clipdesk.clipTab(id, 'selection'), tabId);
  expect(result).toMatchObject({ kind: 'sent', outcome: { status: 'imported' } });
  const clipping = await api<{ title: string; source: string; body: string[] }>(setup.host, 'get', result.outcome.id);
  expect(clipping).toMatchObject({ title: 'Harbour wall approved after ten years of argument', source: 'Example News', body: [NEWS_PARAGRAPHS[3], NEWS_PARAGRAPHS[4]] });
});

test('keeps clips in a queue while Clipdesk is not running, and sends them when it is', async ({ setup }) => {
  const { tabId } = await openArticle(setup, '/ferry.html');
  const closed = createServer();
  await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
  const deadPort = (closed.address() as { port: number }).port;
  await new Promise<void>((done) => closed.close(() => done()));
  await setup.worker.evaluate((port) => chrome.storage.local.set({ port }), deadPort);
  const popup = await popupFor(setup, tabId);
  await expect(popup.getByTestId('state')).toHaveText('Not running');
  await popup.getByRole('button', { name: 'Clip article' }).click();
  await expect(popup.getByTestId('result')).toContainText('Clipdesk is not running. The clip is kept here (1 waiting)');
  await expect(popup.getByTestId('state')).toHaveText('Not running · 1 waiting');

  await setup.worker.evaluate((port) => chrome.storage.local.set({ port }), setup.host.capturePort!);
  const sent = await setup.worker.evaluate(() => (globalThis as unknown as { clipdesk: { flushQueue(): Promise<number> } }).clipdesk.flushQueue());
  expect(sent).toBe(1);
  const list = await api<{ items: { title: string }[] }>(setup.host, 'list', {});
  expect(list.items.map((i) => i.title)).toContain('Ferry strike ends after four days of talks');
});

test('a revoked browser is refused at once', async ({ setup }) => {
  await openSettings(setup.clipdesk);
  await setup.clipdesk.getByTestId('pairing-revoke').click();
  await expect(setup.clipdesk.getByTestId('pairing')).toHaveCount(0);
  const { tabId } = await openArticle(setup, '/harbour.html');
  const result = await setup.worker.evaluate((id) => (globalThis as unknown as { clipdesk: { clipTab(id: number, mode: string): Promise<{ kind: string; message: string }> } }).clipdesk.clipTab(id, 'page'), tabId);
  expect(result).toMatchObject({ kind: 'refused', message: expect.stringMatching(/not paired/) });
  const popup = await popupFor(setup, tabId);
  await expect(popup.getByTestId('state')).toHaveText('Not paired');
});
