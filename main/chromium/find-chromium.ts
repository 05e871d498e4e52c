/**
 * Which Chromium prints PDFs for the CLI and the browser host, in this order:
 * 1. CLIPDESK_CHROMIUM, when set: the person's choice, used even if it is wrong (they are told).
 * 2. A Chromium-family browser installed on the system: Debian's chromium (CI installs it), then
 *    Chromium, Google Chrome or Microsoft Edge where macOS and Windows install them (every
 *    Windows 10 and 11 has Edge).
 * 3. The browser Playwright downloads (`npx playwright install chromium`), in its cache or under
 *    PLAYWRIGHT_BROWSERS_PATH.
 * None of them is downloaded here: this machine reaches no browser download, and a person may not
 * want one.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export type ChromiumFound = { executablePath: string; source: string } | { missing: string };

/** Where Chromium-family browsers are installed, per platform. */
export function systemBrowserPaths(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (platform === 'darwin') {
    return ['Chromium.app/Contents/MacOS/Chromium', 'Google Chrome.app/Contents/MacOS/Google Chrome', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'].flatMap((app) => [
      path.posix.join('/Applications', app),
      ...(env.HOME ? [path.posix.join(env.HOME, 'Applications', app)] : []),
    ]);
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    return ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Chromium\\Application\\chrome.exe'].flatMap((exe) => roots.map((root) => path.win32.join(root, exe)));
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge'];
}

export interface FindOptions {
  env?: NodeJS.ProcessEnv;
  systemPaths?: readonly string[];
  /** Where Playwright's own Chromium would be (playwright's chromium.executablePath()). */
  playwrightPath?: () => Promise<string | null>;
}

async function playwrightChromium(): Promise<string | null> {
  try {
    const { chromium } = await import('playwright');
    return chromium.executablePath();
  } catch {
    return null;
  }
}

export async function findChromium(options: FindOptions = {}): Promise<ChromiumFound> {
  const env = options.env ?? process.env;
  const chosen = env.CLIPDESK_CHROMIUM?.trim();
  if (chosen) return { executablePath: chosen, source: 'CLIPDESK_CHROMIUM' };
  const system = options.systemPaths ?? systemBrowserPaths(process.platform, env);
  const installed = system.find((candidate) => existsSync(candidate));
  if (installed) return { executablePath: installed, source: 'installed browser' };
  const playwright = await (options.playwrightPath ?? playwrightChromium)();
  if (playwright && existsSync(playwright)) return { executablePath: playwright, source: "Playwright's Chromium" };
  return {
    missing:
      `no Chromium, Chrome or Edge was found (looked in ${[...system, ...(playwright ? [playwright] : [])].join(', ')}). ` +
      'Install one (on Debian: sudo apt-get install chromium), or run `npx playwright install chromium`, or set CLIPDESK_CHROMIUM to a Chromium-family browser.',
  };
}
