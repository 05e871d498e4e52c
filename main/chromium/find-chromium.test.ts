/**
 * Where the CLI and the browser host find a Chromium to print with: the person's choice, an
 * installed browser, or Playwright's own; and a real PDF printed on a machine where the only
 * Chromium is Playwright's (this machine has Debian's, which the test hides from the search).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium, systemBrowserPaths } from './find-chromium.ts';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'clipdesk-find-chromium-'));
  dirs.push(dir);
  return dir;
};

describe('findChromium', () => {
  it('takes CLIPDESK_CHROMIUM first, then an installed browser, then Playwright’s', async () => {
    const playwright = path.join(tempDir(), 'chrome');
    writeFileSync(playwright, '');
    const playwrightPath = async () => playwright;
    expect(await findChromium({ env: { CLIPDESK_CHROMIUM: '/opt/my/chrome' }, systemPaths: [DEBIAN_CHROMIUM], playwrightPath })).toEqual({ executablePath: '/opt/my/chrome', source: 'CLIPDESK_CHROMIUM' });
    expect(await findChromium({ env: {}, systemPaths: ['/nonexistent/chrome', DEBIAN_CHROMIUM], playwrightPath })).toEqual({ executablePath: DEBIAN_CHROMIUM, source: 'installed browser' });
    expect(await findChromium({ env: {}, systemPaths: ['/nonexistent/chrome'], playwrightPath })).toEqual({ executablePath: playwright, source: "Playwright's Chromium" });
  });

  it('says where it looked and what to do when there is none', async () => {
    const found = await findChromium({ env: {}, systemPaths: ['/nonexistent/chrome'], playwrightPath: async () => '/nonexistent/playwright/chrome' });
    expect(found).toEqual({ missing: expect.stringContaining('/nonexistent/chrome, /nonexistent/playwright/chrome') });
    expect('missing' in found && found.missing).toMatch(/npx playwright install chromium.*CLIPDESK_CHROMIUM/);
  });

  it('knows where macOS and Windows install Chrome and Edge', () => {
    expect(systemBrowserPaths('darwin', { HOME: '/Users/ann' })).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(systemBrowserPaths('darwin', { HOME: '/Users/ann' })).toContain('/Users/ann/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
    expect(systemBrowserPaths('win32', { 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' })).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
    expect(systemBrowserPaths('linux', {})[0]).toBe(DEBIAN_CHROMIUM);
  });

  it('prints a PDF with Playwright’s Chromium when no installed browser is found', () => {
    // Playwright's browser folder, as `npx playwright install chromium` would fill it; its chrome
    // here is Debian's Chromium under Playwright's file name (no browser can be downloaded here).
    const browsers = tempDir();
    const expected = execFileSync(process.execPath, ['-e', "import('playwright').then(({ chromium }) => process.stdout.write(chromium.executablePath()))"], {
      env: { ...process.env, PLAYWRIGHT_BROWSERS_PATH: browsers },
      encoding: 'utf8',
    });
    expect(expected.startsWith(browsers)).toBe(true);
    mkdirSync(path.dirname(expected), { recursive: true });
    symlinkSync(DEBIAN_CHROMIUM, expected);
    const out = path.join(tempDir(), 'out.pdf');
    const script = `
      import { writeFileSync } from 'node:fs';
      import { createChromiumPdfEngine } from ${JSON.stringify(path.join(import.meta.dirname, 'pdf-engine.ts'))};
      const engine = createChromiumPdfEngine({ find: { systemPaths: [] } });
      const pdf = await engine.htmlToPdf('<h1>Printed by Playwright’s Chromium</h1>', { title: 'probe', paper: 'A4' });
      await engine.close();
      writeFileSync(${JSON.stringify(out)}, pdf);`;
    const env: NodeJS.ProcessEnv = { ...process.env, PLAYWRIGHT_BROWSERS_PATH: browsers };
    delete env.CLIPDESK_CHROMIUM;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { env, stdio: 'inherit', timeout: 60_000 });
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('Printed by Playwright’s Chromium');
  }, 90_000);
});
