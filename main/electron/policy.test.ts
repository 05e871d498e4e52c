import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_START_URL,
  isAppBlobUrl,
  isAppUrl,
  isExternalWebUrl,
  mediaTypeFor,
  resolveRendererFile,
} from './policy.ts';

describe('isAppUrl', () => {
  it('accepts only app://clipdesk', () => {
    expect(isAppUrl(APP_START_URL)).toBe(true);
    expect(isAppUrl('app://clipdesk/assets/index-abc.js')).toBe(true);
    expect(isAppUrl('app://clipdesk.evil.com/index.html')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://clipdesk/index.html')).toBe(false);
    expect(isAppUrl('file:///work/main/out/renderer/index.html')).toBe(false);
    expect(isAppUrl('')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('isExternalWebUrl', () => {
  it('lets only http(s) links out to the system browser', () => {
    expect(isExternalWebUrl('https://www.voanews.com/a/story.html')).toBe(true);
    expect(isExternalWebUrl('http://example.org/')).toBe(true);
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'app://clipdesk/', 'data:text/html,x', 'ms-msdt:/id', 'https://']) {
      expect(isExternalWebUrl(url), url).toBe(false);
    }
  });
});

describe('isAppBlobUrl', () => {
  it('allows downloads only of blobs the app made', () => {
    expect(isAppBlobUrl('blob:app://clipdesk/1b4e28ba-2fa1-11d2-883f-0016d3cca427')).toBe(true);
    expect(isAppBlobUrl('blob:https://evil.example/1b4e28ba')).toBe(false);
    expect(isAppBlobUrl('https://evil.example/file.exe')).toBe(false);
    expect(isAppBlobUrl('blob:app://clipdesk.evil/x')).toBe(false);
  });
});

describe('resolveRendererFile', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'clipdesk-renderer-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
  const outside = mkdtempSync(path.join(os.tmpdir(), 'clipdesk-outside-'));
  writeFileSync(path.join(outside, 'secret.txt'), 'secret');

  it('maps app URLs to files under the renderer folder', () => {
    expect(resolveRendererFile(dir, 'app://clipdesk/')).toBe(path.join(dir, 'index.html'));
    expect(resolveRendererFile(dir, 'app://clipdesk/index.html')).toBe(path.join(dir, 'index.html'));
    expect(resolveRendererFile(dir, 'app://clipdesk/assets/a%20b.js?x=1#y')).toBe(path.join(dir, 'assets', 'a b.js'));
  });

  it('refuses paths that would leave it, other hosts and other schemes', () => {
    const escapes = [
      'app://clipdesk/../secret.txt',
      'app://clipdesk/%2e%2e/%2e%2e/etc/passwd',
      'app://clipdesk/assets/..%2f..%2fsecret.txt',
      'app://clipdesk/..%5c..%5csecret.txt',
      `app://clipdesk/${encodeURIComponent(path.join(outside, 'secret.txt'))}`,
      'app://clipdesk/index.html%00.js',
      'app://clipdesk/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
    ];
    for (const url of escapes) {
      const file = resolveRendererFile(dir, url);
      if (file !== null) expect(file.startsWith(dir + path.sep), `${url} -> ${file}`).toBe(true);
    }
    // The URL parser folds dot segments away, so this one stays inside; decoded ones are refused.
    expect(resolveRendererFile(dir, 'app://clipdesk/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(dir, 'etc', 'passwd'));
    expect(resolveRendererFile(dir, 'app://clipdesk/assets/..%2f..%2fsecret.txt')).toBeNull();
    // An encoded absolute path is read relative to the folder, not as the absolute path.
    expect(resolveRendererFile(dir, `app://clipdesk/${encodeURIComponent(path.join(outside, 'secret.txt'))}`)).toBe(
      path.join(dir, outside, 'secret.txt'),
    );
    expect(resolveRendererFile(dir, 'app://clipdesk/index.html%00.js')).toBeNull();
    expect(resolveRendererFile(dir, 'app://clipdesk/..%5c..%5csecret.txt')).toBeNull();
    expect(resolveRendererFile(dir, 'app://other/index.html')).toBeNull();
    expect(resolveRendererFile(dir, 'file:///etc/passwd')).toBeNull();
  });

  it('a symlink inside is served as the path it has, never resolved by URL tricks', () => {
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'assets', 'link.txt'));
    // The path stays inside the folder; what a link in the build output points to is the build's business.
    expect(resolveRendererFile(dir, 'app://clipdesk/assets/link.txt')).toBe(path.join(dir, 'assets', 'link.txt'));
  });
});

describe('mediaTypeFor', () => {
  it('names module scripts as JavaScript so Chromium runs them', () => {
    expect(mediaTypeFor('/x/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(mediaTypeFor('/x/index.HTML')).toBe('text/html; charset=utf-8');
    expect(mediaTypeFor('/x/style.css')).toBe('text/css; charset=utf-8');
    expect(mediaTypeFor('/x/unknown.bin')).toBe('application/octet-stream');
  });
});
