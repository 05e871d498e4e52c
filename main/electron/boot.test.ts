/**
 * Boots the real Electron shell (main.ts and all it wires: the real archive in a temp folder,
 * the zod dispatcher, the app:// handler, the guards) under Node against a stand-in for
 * Electron's API (stand-in/electron.ts), because Electron's binary cannot run here. Each boot
 * is a child process (stand-in/boot-probe.ts) that reports what happened as JSON.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './policy.ts';
import { API_METHODS } from '../../preload/api/index.ts';
import { DatabaseSync } from 'node:sqlite';
import { SCHEMA_VERSION } from '../archive/store/migrations.ts';
import { checkArchiveFile } from '../archive/safety/archive-check.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const HEADLINE = 'US Experts: N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation';

/** A project folder as Electron would see it: built renderer, sample, and a file outside out/renderer. */
function fakeAppFolder(): { appPath: string; profile: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'clipdesk-boot-'));
  const appPath = path.join(dir, 'app');
  mkdirSync(path.join(appPath, 'out', 'renderer', 'assets'), { recursive: true });
  mkdirSync(path.join(appPath, 'assets'));
  writeFileSync(path.join(appPath, 'out', 'renderer', 'index.html'), '<!doctype html><title>Clipdesk</title>');
  writeFileSync(path.join(appPath, 'out', 'renderer', 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(path.join(appPath, 'out', 'secret.txt'), 'not for the renderer');
  const sample = 'sample-voa-choe-ryong-hae-russia.txt';
  copyFileSync(path.join(root, 'assets', sample), path.join(appPath, 'assets', sample));
  return { appPath, profile: path.join(dir, 'profile') };
}

function boot(step: 'first' | 'again', folder: { appPath: string; profile: string }): Record<string, unknown> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    STAND_IN_APP_PATH: folder.appPath,
    CLIPDESK_USER_DATA: folder.profile,
    PROBE_STEP: step,
    STAND_IN_SAVE_PATH: path.join(path.dirname(folder.profile), 'backup.sqlite'),
  };
  delete env.CLIPDESK_ARCHIVE;
  delete env.CLIPDESK_NO_SAMPLE;
  const output = execFileSync(
    process.execPath,
    ['--import', path.join(here, 'stand-in', 'register.ts'), path.join(here, 'stand-in', 'boot-probe.ts')],
    { cwd: root, env, encoding: 'utf8', timeout: 60_000 },
  );
  return JSON.parse(output) as Record<string, unknown>;
}

describe('the Electron shell booted against a stand-in for Electron', () => {
  const folder = fakeAppFolder();
  let first: Record<string, unknown>;
  beforeAll(() => {
    first = boot('first', folder);
  });

  it('registers app:// as a standard secure scheme and opens the window on it, locked down', () => {
    expect(first.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(first.windowUrl).toBe('app://clipdesk/index.html');
    expect(first.webPreferences).toMatchObject({
      preload: path.join(folder.appPath, 'out', 'preload', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  });

  it('serves out/renderer with the CSP and a JavaScript media type, and nothing outside it', () => {
    expect(first.index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', csp: CONTENT_SECURITY_POLICY });
    expect(first.script).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8', body: 'console.log("app");' });
    expect(first.escape).toMatchObject({ status: 403, csp: CONTENT_SECURITY_POLICY });
    expect(first.missing).toMatchObject({ status: 404 });
  });

  it('binds one IPC channel per API method', () => {
    expect(first.channels).toEqual(
      [...API_METHODS].sort().map((m) => `clippings:${m}`),
    );
  });

  it('opens on the sample at first launch, and search, tags and delete work through IPC', () => {
    expect(first.list).toMatchObject({ ok: true, value: { total: 1, items: [{ title: HEADLINE }] } });
    const search = first.search as { ok: true; value: { total: number; hits: { snippet: { text: string; mark: boolean }[] }[] } };
    expect(search.value.total).toBe(1);
    expect(search.value.hits[0]!.snippet.filter((p) => p.mark).map((p) => p.text)).toContain('Jannuzi');
    expect(first.tagged).toMatchObject({ ok: true, value: { id: 1, tags: ['dprk-russia'] } });
    expect(first.deleted).toEqual({ ok: true, value: { id: 1 } });
    expect(first.eventsSent).toContain('clippings-event:archiveChanged');
  });

  it('refuses calls from other frames, or from none, and bad arguments, as typed errors', () => {
    const refused = { ok: false, error: { code: 'invalid-argument', message: 'Refused a call that did not come from the Clipdesk window.' } };
    expect(first.foreign).toEqual(refused);
    expect(first.gone).toEqual(refused);
    expect(first.invalid).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('denies new windows, opens only web links outside, keeps the window on the app, grants no permission', () => {
    expect(first.openExternal).toEqual({ action: 'deny' });
    expect(first.openJavascript).toEqual({ action: 'deny' });
    expect(first.openSourceLink).toEqual({ action: 'deny' });
    expect(first.openFileLink).toEqual({ action: 'deny' });
    expect(first.externalUrls).toEqual(['https://www.voanews.com/', 'http://www.tmz.com/2015/02/26/dress-stolen/']);
    expect(first.navigationPrevented).toBe(true);
    expect(first.inAppNavigationPrevented).toBe(false);
    expect(first.permissionsGranted).toEqual([false]);
  });

  it('has the File, Edit, View, Find and Help menus', () => {
    const menu = first.menu as [string, string[]][];
    expect(menu.map(([name]) => name)).toEqual(['&File', '&Edit', '&View', 'F&ind', 'help']);
    // Undo is the renderer's command (tag changes and the Trash), not the text-only role.
    expect(menu[1]![1]).toEqual(['Undo', 'redo', '-', 'cut', 'copy', 'paste', 'selectAll']);
    expect(menu[0]![1]).toEqual(['Import…', 'Export PDF…', '-', 'Back Up Archive…', 'Restore Archive…', '-', 'quit']);
    // Development build (not packaged): reload and DevTools are offered.
    expect(menu[2]![1]).toContain('toggleDevTools');
  });

  it('File > Back Up Archive… writes one checked SQLite file while the app runs', () => {
    const file = path.join(path.dirname(folder.profile), 'backup.sqlite');
    expect(first.messageBoxes).toEqual([{ type: 'info', message: 'Backed up 1 clippings.', detail: file }]);
    expect(checkArchiveFile(file)).toMatchObject({ problems: [], clippings: 1 });
  });

  it('defers quitting until the archive is closed', () => {
    expect(first.quitDeferredForClose).toBe(true);
  });

  it('an archive from a newer Clipdesk: an error box says so, and the app quits with 1, changing nothing', () => {
    const newer = fakeAppFolder();
    const archiveDir = path.join(newer.profile, 'archive');
    mkdirSync(archiveDir, { recursive: true });
    const db = new DatabaseSync(path.join(archiveDir, 'archive.sqlite'));
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const env: NodeJS.ProcessEnv = { ...process.env, STAND_IN_APP_PATH: newer.appPath, CLIPDESK_USER_DATA: newer.profile, PROBE_STEP: 'again' };
    delete env.CLIPDESK_ARCHIVE;
    const result = spawnSync(process.execPath, ['--import', path.join(here, 'stand-in', 'register.ts'), path.join(here, 'stand-in', 'boot-probe.ts')], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(1);
    const box = /^STAND_IN_ERROR_BOX (.*)$/m.exec(result.stderr);
    expect(box, result.stderr).not.toBeNull();
    const { title, content } = JSON.parse(box![1]!) as { title: string; content: string };
    expect(title).toBe('Clipdesk cannot open its archive');
    expect(content).toContain('was written by a newer version of Clipdesk');
    expect(content).toContain('Update Clipdesk to open it; nothing was changed.');
    expect(result.stderr).toContain('STAND_IN_EXIT 1');
    const after = new DatabaseSync(path.join(archiveDir, 'archive.sqlite'), { readOnly: true });
    expect((after.prepare('PRAGMA user_version').get() as { user_version: number }).user_version).toBe(SCHEMA_VERSION + 1);
    after.close();
  });

  it('does not bring the sample back on a later launch after it was deleted', () => {
    const again = boot('again', folder);
    expect(again.list).toEqual({ ok: true, value: { total: 0, items: [] } });
  });
});
