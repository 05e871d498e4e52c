/**
 * Builds the browser extension (extension/) for Chromium and for Firefox from one code base:
 * `npm run build:extension` writes out/extension/chromium/ and out/extension/firefox/ (load either
 * unpacked) and the packages clipdesk-chromium.zip and clipdesk-firefox.xpi beside them. The two
 * differ only in their manifest: Chromium runs the background as a service worker, Firefox as an
 * event page, and Firefox needs an add-on id.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import sharp from 'sharp';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXTENSION_OUT = path.join(ROOT, 'out', 'extension');
const SOURCE = path.join(ROOT, 'extension', 'src');
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const ICON_SIZES = [16, 32, 48, 128];

export type Browser = 'chromium' | 'firefox';

export function manifestFor(browser: Browser): Record<string, unknown> {
  const icons = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/icon-${size}.png`]));
  return {
    manifest_version: 3,
    name: 'Clipdesk',
    version: VERSION,
    description: 'Clip the article you are reading, with its photos, into Clipdesk on this computer.',
    icons,
    action: { default_title: 'Clip to Clipdesk', default_popup: 'popup.html', default_icon: icons },
    background: browser === 'chromium' ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
    // activeTab and scripting read the page clipped; all hosts because a page's photos come from
    // other servers (image CDNs), fetched in the page or, failing that, by the background.
    permissions: ['activeTab', 'scripting', 'contextMenus', 'storage', 'unlimitedStorage', 'alarms'],
    host_permissions: ['<all_urls>'],
    commands: {
      'clip-page': { suggested_key: { default: 'Alt+Shift+C' }, description: 'Clip the article in this tab to Clipdesk' },
      _execute_action: { suggested_key: { default: 'Alt+Shift+K' }, description: 'Open the Clipdesk clipper (tags, selection)' },
    },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'" },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'clipper@clipdesk.app', strict_min_version: '128.0' } } } : {}),
  };
}

function filesUnder(dir: string, base = dir): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(files, filesUnder(full, base));
    else files[path.relative(base, full).split(path.sep).join('/')] = new Uint8Array(readFileSync(full));
  }
  return files;
}

export async function buildExtension(): Promise<Record<Browser, string>> {
  rmSync(EXTENSION_OUT, { recursive: true, force: true });
  const dirs = {} as Record<Browser, string>;
  for (const browser of ['chromium', 'firefox'] as Browser[]) {
    const out = path.join(EXTENSION_OUT, browser);
    mkdirSync(path.join(out, 'icons'), { recursive: true });
    await build({
      entryPoints: { background: path.join(SOURCE, 'background.ts'), popup: path.join(SOURCE, 'popup.ts') },
      outdir: out,
      bundle: true,
      format: 'iife',
      target: browser === 'chromium' ? 'chrome120' : 'firefox128',
      logLevel: 'warning',
      legalComments: 'none',
    });
    for (const file of ['popup.html', 'popup.css']) copyFileSync(path.join(SOURCE, file), path.join(out, file));
    for (const size of ICON_SIZES) await sharp(path.join(ROOT, 'assets', 'icon.png')).resize(size, size).png().toFile(path.join(out, 'icons', `icon-${size}.png`));
    writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifestFor(browser), null, 2)}\n`);
    writeFileSync(path.join(EXTENSION_OUT, browser === 'chromium' ? 'clipdesk-chromium.zip' : 'clipdesk-firefox.xpi'), zipSync(filesUnder(out)));
    dirs[browser] = out;
  }
  return dirs;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dirs = await buildExtension();
  process.stdout.write(`Built the extension:\n  Chromium: ${dirs.chromium}\n  Firefox:  ${dirs.firefox}\n`);
}
