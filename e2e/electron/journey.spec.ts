/**
 * The web journey (e2e/web) through the desktop app: import the sample through the UI, search,
 * read, tag, filter, export a PDF and read it back. Skips, saying why, where Electron's binary
 * is not installed (it is downloaded from outside, which some machines cannot reach).
 *
 * Each run gets its own profile folder and archive (CLIPDESK_USER_DATA, CLIPDESK_ARCHIVE) and
 * starts empty (CLIPDESK_NO_SAMPLE), so the import is the UI's. Electron's save dialog is
 * replaced by a fixed save path set in the main process, as a person would pick a folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { electronMissingReason, findElectronBinary } from '../../main/electron/electron-binary.ts';
import { ClipdeskPage } from '../pages/clipdesk-page.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sampleFile = path.join(root, 'assets', 'sample-voa-choe-ryong-hae-russia.txt');
const HEADLINE = 'US Experts: N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation';
const CAPTION = 'Russian Foreign Minister Sergey Lavrov, right, welcomes North Korea';
const BIO = 'Jee Abbey Lee is a veteran broadcast journalist';

const binary = findElectronBinary(root);
const missing = electronMissingReason(root);
if (missing !== null) console.log(`e2e/electron skipped: ${missing}`);
test.skip(missing !== null, missing ?? '');

let app: ElectronApplication;
let appWindow: Page;
let workDir: string;
let downloads: string;

test.beforeAll(async () => {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.ts')], { cwd: root, stdio: 'inherit' });
  expect(built.status, 'node scripts/build.ts').toBe(0);

  workDir = mkdtempSync(path.join(os.tmpdir(), 'clipdesk-e2e-electron-'));
  downloads = path.join(workDir, 'downloads');
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env.ELECTRON_RUN_AS_NODE;
  app = await _electron.launch({
    executablePath: binary!,
    args: [root],
    cwd: root,
    env: {
      ...env,
      CLIPDESK_USER_DATA: path.join(workDir, 'profile'),
      CLIPDESK_ARCHIVE: path.join(workDir, 'archive'),
      CLIPDESK_NO_SAMPLE: '1',
    },
  });
  // Stands in for the save dialog: exported PDFs go to the test's downloads folder.
  await app.evaluate(({ session }, folder) => {
    session.defaultSession.on('will-download', (_event, item) => {
      item.setSavePath(`${folder}/${item.getFilename()}`);
    });
  }, downloads);
  appWindow = await app.firstWindow();
  await appWindow.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('the window is the locked-down app window', async () => {
  expect(appWindow.url()).toBe('app://clipdesk/index.html');
  const exposed = await appWindow.evaluate(() => ({
    bridge: typeof (window as unknown as { clippings?: unknown }).clippings,
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(exposed).toEqual({ bridge: 'object', require: 'undefined', process: 'undefined' });
  // A page outside the app is refused: navigation to it is prevented.
  await appWindow.evaluate(() => {
    window.location.href = 'https://example.org/';
  });
  await appWindow.waitForTimeout(500);
  expect(appWindow.url()).toBe('app://clipdesk/index.html');
});

test('import, search, read, tag, filter and export one clipping', async () => {
  const clipdesk = new ClipdeskPage(appWindow);

  await clipdesk.importFile(sampleFile);
  await clipdesk.search('Jannuzi');
  await expect(clipdesk.resultSnippetMarks(HEADLINE).first()).toBeVisible();
  await clipdesk.openResult(HEADLINE);
  await expect(clipdesk.headline).toHaveText(HEADLINE);
  await expect(clipdesk.caption).toContainText(CAPTION);
  await expect(clipdesk.authorBio).toContainText(BIO);

  await clipdesk.addTag('dprk-russia');
  await clipdesk.filterByTag('dprk-russia');
  await expect(clipdesk.results).toHaveCount(1);
  await clipdesk.openResult(HEADLINE);

  // Export through the menu's path: main sends the 'export-pdf' command, the renderer exports
  // and saves the blob, and the stand-in save dialog puts it in the downloads folder.
  await app.evaluate(({ BrowserWindow }) => {
    BrowserWindow.getAllWindows()[0]!.webContents.send('clippings-event:command', 'export-pdf');
  });
  await expect
    .poll(() => (existsSync(downloads) ? readdirSync(downloads).filter((f) => f.endsWith('.pdf')) : []), { timeout: 30_000 })
    .toHaveLength(1);
  const pdf = path.join(downloads, readdirSync(downloads).find((f) => f.endsWith('.pdf'))!);
  // The file is complete once pdftotext can read it to the end.
  await expect.poll(() => {
    try {
      return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    } catch {
      return '';
    }
  }, { timeout: 30_000 }).toContain('US Experts: N. Korean Envoy Sent to Russia');
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Jee Abbey Lee is a veteran broadcast journalist');
  expect(text).toContain('dprk-russia');
});
