/**
 * Settings live in the archive: defaults until set, a partial change keeps the rest, and they are
 * there again when the archive is opened anew (as after a browser-host restart).
 */
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../preload/api/index.ts';
import { createDispatcher } from '../bridge/dispatch.ts';
import { openArchive } from './archive.ts';
import { SAMPLE_FILE } from './location.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import { openTempArchive, type TempArchive } from '../test-support/temp-archive.ts';

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

let t: TempArchive | null = null;

afterEach(async () => {
  await t?.dispose();
  t = null;
});

describe('settings in the archive', () => {
  it('start with the defaults', async () => {
    t = await openTempArchive();
    expect(value(await t.archive.getSettings())).toEqual(DEFAULT_SETTINGS);
  });

  it('change only what is given, and survive closing and opening the archive', async () => {
    t = await openTempArchive();
    expect(value(await t.archive.setSettings({ preparedBy: '  Research desk ' }))).toEqual({ ...DEFAULT_SETTINGS, preparedBy: 'Research desk' });
    expect(value(await t.archive.setSettings({ paper: 'Letter', margins: 'wide' }))).toEqual({ ...DEFAULT_SETTINGS, preparedBy: 'Research desk', paper: 'Letter', margins: 'wide' });
    const revision = value(await t.archive.indexStatus()).revision;

    await t.archive.close();
    const again = await openArchive(t.dir, { pdfEngine: t.pdfEngine, host: 'browser', sampleFile: SAMPLE_FILE });
    try {
      expect(value(await again.getSettings())).toEqual({ ...DEFAULT_SETTINGS, preparedBy: 'Research desk', paper: 'Letter', margins: 'wide' });
      // A preference is not a change to the library: nothing is re-read or re-indexed for it.
      expect(value(await again.indexStatus()).revision).toBe(revision);
    } finally {
      await again.close();
      await t.pdfEngine.close();
      rmSync(t.dir, { recursive: true, force: true });
      t = null;
    }
  });

  it('refuse values the contract does not know, through the bridge', async () => {
    t = await openTempArchive();
    const dispatch = createDispatcher(t.archive);
    const bad = await dispatch('setSettings', [{ paper: 'A3' }]);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.code).toBe('invalid-argument');
    const unknown = await dispatch('setSettings', [{ theme: 'dark' }]);
    expect(unknown.ok).toBe(false);
    expect(value(await t.archive.getSettings())).toEqual(DEFAULT_SETTINGS);
  });
});
