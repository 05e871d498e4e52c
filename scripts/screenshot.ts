/**
 * `npm run screenshot`: the README's pictures of the real UI. Starts the browser host on a temp
 * archive holding the bundled sample (tagged), opens it in Debian's Chromium at 1440x900 with a
 * search that shows highlights, and saves docs/screenshot.png (light) and docs/screenshot-dark.png;
 * then a news page with photos (main/test-support/news-pages.ts) open in the reader, saved as
 * docs/screenshot-photos.png.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright';
import type { ImportOutcome, Result } from '../preload/api/index.ts';
import { API_PREFIX, TOKEN_HEADER, decodeWire, encodeWire } from '../preload/wire.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/web/chromium.ts';
import { PROJECT_ROOT, startWebHost, type WebHost } from '../e2e/web/web-host.ts';
import { mhtmlOf, newsPage } from '../main/test-support/news-pages.ts';

const SHOTS = [
  { file: 'docs/screenshot.png', colorScheme: 'light' },
  { file: 'docs/screenshot-dark.png', colorScheme: 'dark' },
] as const;
const TAGS = ['dprk-russia', 'diplomacy', 'north-korea'];
const QUERY = 'Jannuzi';

async function call<T>(host: WebHost, method: string, args: unknown[]): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${host.port}${API_PREFIX}${method}`, {
    method: 'POST',
    headers: { [TOKEN_HEADER]: host.token, 'content-type': 'application/json' },
    body: encodeWire({ args }),
  });
  const result = decodeWire(await response.text()) as Result<T>;
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return result.value;
}

async function shoot(browser: Browser, host: WebHost, file: string, colorScheme: 'light' | 'dark'): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(host.url);
  await page.getByTestId('search-input').fill(QUERY);
  await page.locator(`[data-testid="list-count"][data-query="${QUERY}"]`).waitFor();
  await page.getByTestId('result').first().click();
  await page.getByTestId('reader-headline').waitFor();
  await page.evaluate(async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    await document.fonts.ready;
  });
  const target = path.join(PROJECT_ROOT, file);
  await page.screenshot({ path: target });
  await context.close();
  console.log(`Saved ${path.relative(process.cwd(), target)} (${colorScheme})`);
}

/** The reader with a photo: a clipping imported from an MHTML page, its lead photo and caption in view. */
async function shootPhotos(browser: Browser, host: WebHost): Promise<void> {
  const page = await newsPage();
  const report = await call<{ outcomes: ImportOutcome[] }>(host, 'importFiles', [[{ name: 'Harbour wall approved.mhtml', data: mhtmlOf(page) }]]);
  const id = report.outcomes[0]?.id;
  if (!id) throw new Error(`The news page did not import: ${report.outcomes[0]?.message ?? 'no outcome'}`);
  await call(host, 'setTags', [id, ['harbours', 'europe/ports']]);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light', deviceScaleFactor: 1 });
  const tab = await context.newPage();
  await tab.goto(host.url);
  await tab.getByTestId('result').filter({ hasText: page.title }).click();
  await tab.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('[data-testid="reader-photo"]')].every((img) => img.complete && img.naturalWidth > 0));
  await tab.evaluate(async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    await document.fonts.ready;
  });
  const target = path.join(PROJECT_ROOT, 'docs/screenshot-photos.png');
  await tab.screenshot({ path: target });
  await context.close();
  console.log(`Saved ${path.relative(process.cwd(), target)} (the reader with photos)`);
}

async function main(): Promise<void> {
  const archiveDir = await mkdtemp(path.join(tmpdir(), 'clipdesk-screenshot-'));
  let host: WebHost | null = null;
  let browser: Browser | null = null;
  try {
    host = await startWebHost(archiveDir);
    const sample = await call<ImportOutcome>(host, 'importSample', []);
    if (sample.id === null) throw new Error(`The sample did not import: ${sample.message ?? sample.status}`);
    await call(host, 'setTags', [sample.id, TAGS]);
    await mkdir(path.join(PROJECT_ROOT, 'docs'), { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    for (const shot of SHOTS) await shoot(browser, host, shot.file, shot.colorScheme);
    await shootPhotos(browser, host);
  } finally {
    await browser?.close();
    await host?.stop();
    await rm(archiveDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`screenshot: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
