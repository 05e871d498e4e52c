/**
 * The extension builds for both browsers from one code base (Chromium is also driven for real by
 * e2e/extension): each manifest is Manifest V3 with what its browser needs, every file it names
 * is there, and the packages are zips of the same files.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, EXTENSION_OUT, type Browser } from './build-extension.ts';

let dirs: Record<Browser, string>;
beforeAll(async () => {
  dirs = await buildExtension();
}, 60_000);

const manifestOf = (browser: Browser) => JSON.parse(readFileSync(path.join(dirs[browser], 'manifest.json'), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('the browser extension build', () => {
  it('gives Firefox an event page and an add-on id, Chromium a service worker, both Manifest V3', () => {
    const firefox = manifestOf('firefox');
    const chromium = manifestOf('chromium');
    expect(firefox.manifest_version).toBe(3);
    expect(chromium.manifest_version).toBe(3);
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(chromium.background).toEqual({ service_worker: 'background.js' });
    expect(chromium.browser_specific_settings).toBeUndefined();
    for (const manifest of [firefox, chromium]) {
      expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting', 'contextMenus', 'storage', 'alarms']));
      expect(Object.keys(manifest.commands)).toEqual(expect.arrayContaining(['clip-page', '_execute_action']));
      expect(manifest.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'none'; base-uri 'none'");
    }
  });

  it('ships every file its manifest and popup name, in the folder and in the package', () => {
    for (const browser of ['chromium', 'firefox'] as Browser[]) {
      const manifest = manifestOf(browser);
      const named = [manifest.action.default_popup, ...(manifest.background.scripts ?? [manifest.background.service_worker]), ...Object.values(manifest.icons as Record<string, string>), 'popup.js', 'popup.css'];
      for (const file of named) expect(existsSync(path.join(dirs[browser], file)), `${browser}: ${file}`).toBe(true);
      const html = readFileSync(path.join(dirs[browser], 'popup.html'), 'utf8');
      expect(html).not.toMatch(/<script(?![^>]*src=)/); // no inline script: the extension CSP forbids it
      const zipped = unzipSync(readFileSync(path.join(EXTENSION_OUT, browser === 'chromium' ? 'clipdesk-chromium.zip' : 'clipdesk-firefox.xpi')));
      expect(Object.keys(zipped)).toEqual(expect.arrayContaining(['manifest.json', ...named]));
    }
  });

  it('bundles no Node or app code into the extension', () => {
    const background = readFileSync(path.join(dirs.firefox, 'background.js'), 'utf8');
    expect(background).not.toMatch(/require\(|node:|process\.env/);
    expect(background).toContain('/capture/v1/clip');
  });
});
