/**
 * Backup and restore round trips on real archives: every clipping comes back equal (fields, tags,
 * note, original bytes); a restore refuses a file that is not a sound, known archive before it
 * touches anything; the replaced archive is kept; the CLI commands do the same.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { Clipping } from '../../../preload/api/index.ts';
import type { Archive } from '../archive.ts';
import { PROJECT_ROOT } from '../location.ts';
import { SCHEMA_VERSION } from '../store/migrations.ts';
import { BackupError, backupArchive, restoreArchive } from './backup.ts';
import { crashClippingFile, crashMarker } from './crash-clippings.ts';
import { PathError } from './paths.ts';
import { tempDirs, withArchive } from '../../test-support/temp-archive.ts';

const run = promisify(execFile);
const CLI = path.join(PROJECT_ROOT, 'bin', 'clipdesk.mjs');
const dirs = tempDirs('clipdesk-backup-');
const tempDir = dirs.make;
afterAll(dirs.removeAll);


/** Every clipping with its original's bytes hashed: what a round trip must keep. */
async function everything(archive: Archive): Promise<(Clipping & { bytes: string })[]> {
  const ids = await archive.listIds({});
  if (!ids.ok) throw new Error(ids.error.message);
  const out = [];
  for (const id of ids.value.sort((a, b) => a - b)) {
    const got = await archive.get(id);
    if (!got.ok) throw new Error(got.error.message);
    const original = (archive as unknown as { store: { original(id: number): { data: Uint8Array } } }).store.original(id)!;
    out.push({ ...got.value, bytes: createHash('sha256').update(original.data).digest('hex') });
  }
  return out;
}

async function filledArchive(count: number, offset = 0): Promise<string> {
  const dir = tempDir();
  await withArchive(dir, async (archive) => {
    const report = await archive.importFiles(Array.from({ length: count }, (_, i) => crashClippingFile(offset + i + 1)));
    expect(report.ok).toBe(true);
    await archive.setTags(offset + 1, ['korea/north', 'kept']);
    await archive.setNote(offset + 2, 'My own note: check the date.');
  });
  return dir;
}

const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('backupArchive and restoreArchive', () => {
  it('round-trip: a backup taken while the archive is open restores every clipping exactly', async () => {
    const dir = await filledArchive(12);
    const backupFile = path.join(tempDir(), 'backup.sqlite');
    const before = await withArchive(dir, async (archive) => {
      // The app keeps running: the backup is taken with the archive open, between two writes.
      const summary = await backupArchive(dir, backupFile);
      expect(summary).toMatchObject({ file: backupFile, clippings: 12 });
      await archive.setTags(3, ['after-backup']);
      return everything(archive);
    });
    expect(readdirSync(path.dirname(backupFile))).toEqual(['backup.sqlite']); // one file, nothing beside it

    const target = await filledArchive(3, 100); // another archive, replaced by the restore
    const replaced = await withArchive(target, everything);
    const restored = await restoreArchive(target, backupFile, new Date('2026-11-29T08:00:00Z'));
    expect(restored).toEqual({ clippings: 12, previous: path.join(target, 'archive.sqlite.before-restore-2026-11-29T08-00-00-000Z') });
    const after = await withArchive(target, async (archive) => {
      // The index was derived from the replaced archive: it is rebuilt, and finds the restored clippings.
      const found = await archive.search({ text: crashMarker(7) });
      expect(found.ok && found.value.hits.map((h) => h.id)).toEqual([7]);
      return everything(archive);
    });
    const expected = before.map((c) => (c.id === 3 ? { ...c, tags: [] } : c));
    expect(after).toEqual(expected);
    expect([...after.find((c) => c.id === 1)!.tags].sort()).toEqual(['kept', 'korea/north']);
    expect(after.find((c) => c.id === 2)?.note).toBe('My own note: check the date.');
    // The archive that was replaced is kept whole beside it.
    const old = new DatabaseSync(restored.previous!, { readOnly: true });
    expect((old.prepare('SELECT count(*) AS n FROM clippings').get() as { n: number }).n).toBe(replaced.length);
    old.close();
  });

  it.each([
    ['not SQLite at all', (file: string) => writeFileSync(file, 'hello '.repeat(1000)), /cannot be (opened|read as an archive)|not a database/],
    ['a truncated backup', (file: string) => truncateSync(file, Math.floor(readFileSync(file).length / 2)), /integrity|malformed|cannot be/],
    ['a SQLite file that is no archive', (file: string) => {
      rmSync(file);
      const db = new DatabaseSync(file);
      db.exec('CREATE TABLE notes (x)');
      db.close();
    }, /not a Clipdesk archive/],
    ['an archive from a newer Clipdesk', (file: string) => {
      const db = new DatabaseSync(file);
      db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
      db.close();
    }, /schema version \d+ is not one this Clipdesk knows/],
    ['a backup whose original bytes were altered', (file: string) => {
      const db = new DatabaseSync(file);
      db.exec("UPDATE originals SET data = CAST('tampered' AS BLOB) WHERE id = 1");
      db.close();
    }, /original 1 does not match/],
  ])('refuses %s before touching the archive', async (_what, spoil, reason) => {
    const source = await filledArchive(4);
    const file = path.join(tempDir(), 'spoiled.sqlite');
    await backupArchive(source, file);
    spoil(file);
    const target = await filledArchive(2, 50);
    const files = readdirSync(target).sort();
    const hash = sha(path.join(target, 'archive.sqlite'));
    const error = await restoreArchive(target, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).toMatch(/The archive was not changed\.$/);
    expect(readdirSync(target).sort()).toEqual(files);
    expect(sha(path.join(target, 'archive.sqlite'))).toBe(hash);
  });

  it('refuses to restore under a Clipdesk that has the archive open', async () => {
    const source = await filledArchive(2);
    const file = path.join(tempDir(), 'b.sqlite');
    await backupArchive(source, file);
    const target = await filledArchive(1, 40);
    const hash = sha(path.join(target, 'archive.sqlite'));
    await withArchive(target, async () => {
      await expect(restoreArchive(target, file)).rejects.toThrow(/open in another Clipdesk .* The archive was not changed\.$/);
    });
    expect(sha(path.join(target, 'archive.sqlite'))).toBe(hash);
    expect(readdirSync(target).filter((f) => f.includes('before-restore'))).toEqual([]);
    await expect(restoreArchive(target, file)).resolves.toMatchObject({ clippings: 2 });
  });

  it('never writes a backup inside the archive folder, and names a missing archive', async () => {
    const dir = await filledArchive(1);
    await expect(backupArchive(dir, path.join(dir, 'index', 'b.sqlite'))).rejects.toBeInstanceOf(PathError);
    await expect(backupArchive(dir, path.join(dir, 'archive.sqlite'))).rejects.toThrow(/inside the archive folder/);
    await expect(backupArchive(tempDir(), path.join(tempDir(), 'b.sqlite'))).rejects.toThrow(/There is no archive to back up/);
  });
});

describe('clipdesk backup and restore', () => {
  async function clipdesk(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env: { ...process.env, NO_COLOR: '1' } });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  it('backs up to --out and restores it into another archive, keeping the one replaced', async () => {
    const dir = await filledArchive(5);
    const file = path.join(tempDir(), 'cli-backup.sqlite');
    const made = await clipdesk('--archive', dir, '--json', 'backup', '--out', file);
    expect(made.code, made.stderr).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ file, clippings: 5 });
    const target = await filledArchive(1, 70);
    const restored = await clipdesk('--archive', target, 'restore', file);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/^Restored 5 clippings from .*cli-backup\.sqlite\. The archive it replaced is kept as .*before-restore-.*\n$/);
    const listed = await clipdesk('--archive', target, '--json', 'list');
    expect((JSON.parse(listed.stdout) as { total: number }).total).toBe(5);
    const bad = await clipdesk('--archive', target, 'restore', path.join(target, 'nope.sqlite'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^clipdesk: ".*nope\.sqlite" cannot be restored: the file does not exist\. The archive was not changed\.\n$/);
    expect(existsSync(path.join(target, 'archive.sqlite'))).toBe(true);
  }, 240_000);
});
