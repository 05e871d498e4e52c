/**
 * The persisted index: `<archive>/index/index.bin`, the binary image of index-format.ts. The store
 * is the truth and this file is derived, so anything wrong with it (missing, damaged, another
 * schema, another revision) is reported as a reason to rebuild, never thrown. Runs in the index
 * worker: one read into a SharedArrayBuffer, checked there, then shared with the main thread as is.
 */
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { decodeIndex, readHeader } from './index-format.ts';
import type { IndexFileHeader } from './index-format.ts';

export { INDEX_SCHEMA } from './index-format.ts';
export type { IndexFileHeader } from './index-format.ts';
const INDEX_FILE_NAME = 'index.bin';

export type ReadIndexOutcome = { ok: true; header: IndexFileHeader; image: SharedArrayBuffer } | { ok: false; reason: string };

export function indexFilePath(dir: string): string {
  return path.join(dir, INDEX_FILE_NAME);
}

/** Reads and checks the saved index; says why it cannot be used instead of throwing. */
export function readIndexFile(file: string, expectedRevision: number): ReadIndexOutcome {
  let image: SharedArrayBuffer;
  try {
    image = readWhole(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? `${file} does not exist` : `${file} cannot be read (${code ?? String(error)})` };
  }
  const head = readHeader(image);
  if (!head.ok) return { ok: false, reason: `${file} ${head.reason}` };
  if (head.header.revision !== expectedRevision) {
    return { ok: false, reason: `${file} covers store revision ${head.header.revision}, the store is at ${expectedRevision}` };
  }
  try {
    decodeIndex(image, true);
  } catch (error) {
    return { ok: false, reason: `${file} ${(error as Error).message}` };
  }
  return { ok: true, header: head.header, image };
}

/** One read into a SharedArrayBuffer: the main thread reads it without a copy, and a merge in the worker too. */
function readWhole(file: string): SharedArrayBuffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const image = new SharedArrayBuffer(size);
    const bytes = new Uint8Array(image);
    for (let at = 0; at < size; ) {
      const read = readSync(fd, bytes, at, size - at, at);
      if (read === 0) throw Object.assign(new Error('the file shrank while it was read'), { code: 'ESHORT' });
      at += read;
    }
    return image;
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes the index so that a crash leaves either the old file or the new one, never a torn one:
 * a temporary file in the same folder, flushed to disk, then renamed over the old.
 */
export function writeIndexFile(file: string, image: ArrayBufferLike): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    const bytes = new Uint8Array(image);
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, file);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // Already closed when the rename failed.
    }
    rmSync(temp, { force: true });
    throw error;
  }
  syncDirectory(path.dirname(file));
}

/** Temporary files older than this were left by a process that died while saving. */
const STALE_TEMP_MS = 10 * 60 * 1000;

/**
 * Removes what a crash while saving left behind (`index.bin.<pid>.<time>.tmp`, or an older `index.json.…tmp`). Recent ones are
 * kept: another process on the same archive (the CLI beside the app) may be writing one now.
 */
export function removeStaleTempFiles(dir: string, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!(name.startsWith(`${INDEX_FILE_NAME}.`) || name.startsWith('index.json.')) || !name.endsWith('.tmp')) continue;
    const file = path.join(dir, name);
    try {
      if (now - statSync(file).mtimeMs > STALE_TEMP_MS) rmSync(file, { force: true });
    } catch {
      // Gone already, or not ours to remove: either way nothing to do.
    }
  }
}

/** Makes the rename itself durable; not every platform lets a folder be fsynced, which is fine. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder for fsync; the rename is still atomic there.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
