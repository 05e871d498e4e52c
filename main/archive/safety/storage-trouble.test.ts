/**
 * Storage trouble gets a clear message and a way forward, and loses nothing: an archive from a
 * newer Clipdesk, another process writing, a full disk (SQLite's own full-database path, and a
 * real full filesystem when this machine lets us mount a tiny tmpfs), a damaged database, a
 * damaged or truncated index, a missing file. The CLI and the browser host run as real child processes.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openArchive, INDEX_FOLDER, type Archive } from '../archive.ts';
import { createChromiumPdfEngine } from '../../chromium/pdf-engine.ts';
import { PROJECT_ROOT, SAMPLE_FILE } from '../location.ts';
import type { ArchiveStore } from '../store/store.ts';
import { SCHEMA_VERSION } from '../store/migrations.ts';
import { checkArchiveFile } from './archive-check.ts';
import { crashClippingFile, crashMarker } from './crash-clippings.ts';
import { BUSY_MESSAGE, DAMAGED_MESSAGE, DISK_FULL_MESSAGE, describeStorageError } from './storage-errors.ts';
import { tempDirs } from '../../test-support/temp-archive.ts';

const run = promisify(execFile);
const CLI = path.join(PROJECT_ROOT, 'bin', 'clipdesk.mjs');
const HOST = path.join(PROJECT_ROOT, 'main', 'web', 'host.ts');
const dirs = tempDirs('clipdesk-trouble-');
const tempDir = dirs.make;
afterAll(dirs.removeAll);

async function node(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, args, { env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function open(dir: string): Promise<{ archive: Archive; close: () => Promise<void> }> {
  const pdfEngine = createChromiumPdfEngine();
  const archive = await openArchive(dir, { pdfEngine, host: 'browser', sampleFile: SAMPLE_FILE });
  return { archive, close: async () => (await archive.close(), await pdfEngine.close()) };
}

async function archiveWith(count: number): Promise<string> {
  const dir = tempDir();
  const { archive, close } = await open(dir);
  const report = await archive.importFiles(Array.from({ length: count }, (_, i) => crashClippingFile(i + 1)));
  expect(report.ok && report.value.outcomes.every((o) => o.status === 'imported')).toBe(true);
  await close();
  return dir;
}

/** The archive's store, which the service keeps to itself; the full-database test must reach it. */
const storeOf = (archive: Archive): ArchiveStore => (archive as unknown as { store: ArchiveStore }).store;

describe('an archive written by a newer Clipdesk', () => {
  it('the CLI and the browser host say so, exit non-zero and change nothing', async () => {
    const dir = await archiveWith(1);
    const db = new DatabaseSync(path.join(dir, 'archive.sqlite'));
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 5}`);
    db.close();
    const cli = await node([CLI, '--archive', dir, 'list']);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/^clipdesk: The archive ".*" was written by a newer version of Clipdesk .* Update Clipdesk to open it; nothing was changed\.\n$/);
    const renderer = tempDir();
    writeFileSync(path.join(renderer, 'index.html'), '<!doctype html>');
    const host = await node([HOST, '--archive', dir, '--renderer', renderer]);
    expect(host.code).toBe(1);
    expect(host.stderr).toMatch(/^clipdesk web: The archive ".*" was written by a newer version of Clipdesk/);
    const after = new DatabaseSync(path.join(dir, 'archive.sqlite'), { readOnly: true });
    expect((after.prepare('PRAGMA user_version').get() as { user_version: number }).user_version).toBe(SCHEMA_VERSION + 5);
    expect((after.prepare('SELECT count(*) AS n FROM clippings').get() as { n: number }).n).toBe(1);
    after.close();
  }, 180_000);
});

describe('another Clipdesk writing to the archive', () => {
  it('a write waits for SQLite\'s busy timeout, then says the archive is busy; nothing is half-saved', async () => {
    const dir = await archiveWith(1);
    const other = new DatabaseSync(path.join(dir, 'archive.sqlite'));
    const { archive, close } = await open(dir);
    try {
      other.exec('BEGIN IMMEDIATE');
      const started = Date.now();
      const result = await archive.importFiles([crashClippingFile(2)]);
      expect(Date.now() - started).toBeGreaterThanOrEqual(4000);
      expect(result).toEqual({ ok: false, error: { code: 'io', message: BUSY_MESSAGE } });
      const cli = await node([CLI, '--archive', dir, 'tag', '1', 'held']);
      expect(cli.code).toBe(1);
      expect(cli.stderr).toBe(`clipdesk: ${BUSY_MESSAGE}\n`);
      other.exec('ROLLBACK');
      // Once the other writer is done, the same call succeeds.
      const again = await archive.importFiles([crashClippingFile(2)]);
      expect(again.ok && again.value.outcomes[0]!.status).toBe('imported');
    } finally {
      other.close();
      await close();
    }
    expect(checkArchiveFile(path.join(dir, 'archive.sqlite')).problems).toEqual([]);
  }, 180_000);
});

describe('a full disk', () => {
  it('SQLite full (max_page_count): the import says the disk is full and saves nothing of it', async () => {
    const dir = await archiveWith(2);
    const { archive, close } = await open(dir);
    try {
      storeOf(archive).read((db) => {
        const { page_count } = db.prepare('PRAGMA page_count').get() as { page_count: number };
        db.exec(`PRAGMA max_page_count = ${page_count + 1}`);
      });
      const big = crashClippingFile(3);
      const data = new TextEncoder().encode(new TextDecoder().decode(big.data) + '\n\n' + 'A long closing paragraph of filler text. '.repeat(3000));
      const result = await archive.importFiles([{ name: big.name, data }]);
      expect(result).toEqual({ ok: false, error: { code: 'io', message: DISK_FULL_MESSAGE } });
      expect((await archive.list({})).ok && storeOf(archive).count()).toBe(2);
    } finally {
      await close();
    }
    const check = checkArchiveFile(path.join(dir, 'archive.sqlite'));
    expect(check).toMatchObject({ problems: [], clippings: 2 });
  });

  const mountPoint = path.join(os.tmpdir(), `clipdesk-tmpfs-${process.pid}`);
  mkdirSync(mountPoint, { recursive: true });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mountPoint]).status === 0;
  afterAll(() => {
    if (mounted) spawnSync('umount', [mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it.skipIf(!mounted)('a real full filesystem (3 MB tmpfs; needs root): every import before it is kept, whole', async () => {
    const dir = path.join(mountPoint, 'archive');
    const { archive, close } = await open(dir);
    const imported: number[] = [];
    let failure: { code: string; message: string } | null = null;
    try {
      for (let n = 1; n < 5000 && failure === null; n++) {
        const file = crashClippingFile(n);
        const filler = 'Filler words that take room on the disk until it is full. '.repeat(200);
        const result = await archive.importFiles([{ name: file.name, data: new TextEncoder().encode(`${new TextDecoder().decode(file.data)}\n\n${filler}`) }]);
        if (!result.ok) failure = result.error;
        else if (result.value.outcomes[0]!.status === 'imported') imported.push(result.value.outcomes[0]!.id!);
      }
    } finally {
      await close().catch(() => undefined);
    }
    expect(failure).toEqual({ code: 'io', message: DISK_FULL_MESSAGE });
    expect(imported.length).toBeGreaterThan(3);
    const check = checkArchiveFile(path.join(dir, 'archive.sqlite'));
    expect(check.problems).toEqual([]);
    expect(check.clippings).toBe(imported.length);
  });
});

describe('a damaged database', () => {
  it.each([
    ['garbage', (file: string) => writeFileSync(file, 'this is not a database '.repeat(500))],
    ['truncated', (file: string) => truncateSync(file, 3000)],
  ])('%s: the CLI says it is damaged and how to restore; it changes nothing', async (_name, damage) => {
    const dir = await archiveWith(3);
    const file = path.join(dir, 'archive.sqlite');
    damage(file);
    const before = readdirSync(dir).sort();
    const cli = await node([CLI, '--archive', dir, 'list']);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(DAMAGED_MESSAGE);
    expect(readdirSync(dir).sort()).toEqual(before);
  }, 120_000);
});

describe('a damaged or truncated index/ file', () => {
  it.each([
    ['truncated', (file: string) => truncateSync(file, 100)],
    ['garbage', (file: string) => writeFileSync(file, Buffer.alloc(4096, 0x5a))],
    ['empty', (file: string) => writeFileSync(file, '')],
    ['missing', (file: string) => rmSync(file)],
  ])('%s: the archive rebuilds it by itself and search finds everything', async (_name, damage) => {
    const dir = await archiveWith(3);
    const indexDir = path.join(dir, INDEX_FOLDER);
    const [indexFile] = readdirSync(indexDir).filter((f) => f.endsWith('.bin'));
    expect(indexFile).toBeDefined();
    damage(path.join(indexDir, indexFile!));
    const { archive, close } = await open(dir);
    try {
      for (const n of [1, 2, 3]) {
        const found = await archive.search({ text: crashMarker(n) });
        expect(found.ok && found.value.total, `clipping ${n}`).toBe(1);
      }
    } finally {
      await close();
    }
  });
});

describe('a missing file', () => {
  it('the bundled sample gone: a clear message naming it, not a crash', async () => {
    const dir = tempDir();
    const pdfEngine = createChromiumPdfEngine();
    const archive = await openArchive(dir, { pdfEngine, host: 'browser', sampleFile: path.join(dir, 'gone.txt') });
    try {
      const result = await archive.importSample();
      expect(result).toEqual({ ok: false, error: { code: 'io', message: `A file Clipdesk needs is missing (${path.join(dir, 'gone.txt')}).` } });
    } finally {
      await archive.close();
      await pdfEngine.close();
    }
  });

  it('describeStorageError leaves errors that are not about storage to the caller', () => {
    expect(describeStorageError(new Error('boom'))).toBeNull();
    expect(describeStorageError({ code: 'ERR_SQLITE_ERROR', errcode: 1 })).toBeNull();
    expect(describeStorageError({ code: 'ERR_SQLITE_ERROR', errcode: 517 })?.message).toBe(BUSY_MESSAGE); // SQLITE_BUSY_SNAPSHOT
  });
});
