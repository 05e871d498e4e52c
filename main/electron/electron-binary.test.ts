import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ELECTRON_MISSING_MESSAGE, electronMissingReason, findElectronBinary } from './electron-binary.ts';

function project(): { root: string; packageDir: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'clipdesk-electron-'));
  const packageDir = path.join(root, 'node_modules', 'electron');
  mkdirSync(packageDir, { recursive: true });
  return { root, packageDir };
}

describe('findElectronBinary', () => {
  const saved = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
    else process.env.ELECTRON_OVERRIDE_DIST_PATH = saved;
  });

  it('is null when the package was installed without its binary (no path.txt)', () => {
    delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
    expect(findElectronBinary(project().root)).toBeNull();
  });

  it('is null when path.txt names a binary that is not there', () => {
    delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const { root, packageDir } = project();
    writeFileSync(path.join(packageDir, 'path.txt'), 'electron');
    expect(findElectronBinary(root)).toBeNull();
  });

  it('finds dist/<path.txt> when present', () => {
    delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const { root, packageDir } = project();
    writeFileSync(path.join(packageDir, 'path.txt'), 'electron\n');
    mkdirSync(path.join(packageDir, 'dist'));
    writeFileSync(path.join(packageDir, 'dist', 'electron'), '');
    expect(findElectronBinary(root)).toBe(path.join(packageDir, 'dist', 'electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package', () => {
    const { root } = project();
    const dist = mkdtempSync(path.join(os.tmpdir(), 'clipdesk-electron-dist-'));
    writeFileSync(path.join(dist, 'electron'), '');
    process.env.ELECTRON_OVERRIDE_DIST_PATH = dist;
    expect(findElectronBinary(root)).toBe(path.join(dist, 'electron'));
  });

  it('says which file it looked for when Electron is missing, and nothing when it is there', () => {
    delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const { root } = project();
    expect(electronMissingReason(root)).toContain(path.join(root, 'node_modules', 'electron', 'path.txt'));
    const dist = mkdtempSync(path.join(os.tmpdir(), 'clipdesk-electron-dist-'));
    process.env.ELECTRON_OVERRIDE_DIST_PATH = dist;
    expect(electronMissingReason(root)).toContain(path.join(dist, 'electron'));
    writeFileSync(path.join(dist, 'electron'), '');
    expect(electronMissingReason(root)).toBeNull();
  });

  it('the message is one line that points to the browser host', () => {
    expect(ELECTRON_MISSING_MESSAGE).not.toContain('\n');
    expect(ELECTRON_MISSING_MESSAGE).toContain('npm run web');
  });
});
