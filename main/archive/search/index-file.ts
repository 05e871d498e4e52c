/**
 * The persisted index: `<archive>/index/index.json`, a header saying what it covers plus Lunr's own
 * `index.toJSON()`. The store is the truth and this file is derived, so anything wrong with it
 * (missing, unparsable, another schema, another revision) is reported as a reason to rebuild, never
 * thrown. Runs in the index worker, so parsing a large file does not block the main thread.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { INDEX_FIELDS } from './lunr-index.ts';

/** Bump when the fields, boosts, pipeline or file layout change: older files are then rebuilt. */
export const INDEX_SCHEMA = 1;
export const INDEX_FILE_NAME = 'index.json';

export interface IndexFileHeader {
  schema: number;
  /** The store revision the saved index covers. */
  revision: number;
  docCount: number;
}

/** Lunr's serialised index (`lunr.Index.toJSON()`), kept opaque: only `lunr.Index.load` reads it. */
export type SerialisedIndex = object;

export type ReadIndexOutcome =
  | { ok: true; header: IndexFileHeader; index: SerialisedIndex }
  | { ok: false; reason: string };

export function indexFilePath(dir: string): string {
  return path.join(dir, INDEX_FILE_NAME);
}

/** Reads and checks the saved index; says why it cannot be used instead of throwing. */
export function readIndexFile(file: string, expectedRevision: number): ReadIndexOutcome {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? `${file} does not exist` : `${file} cannot be read (${code ?? String(error)})` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `${file} is not valid JSON (${(error as Error).message})` };
  }
  if (typeof parsed !== 'object' || parsed === null) return { ok: false, reason: `${file} does not hold an index object` };
  const record = parsed as Record<string, unknown>;
  if (record.schema !== INDEX_SCHEMA) {
    return { ok: false, reason: `${file} has index schema ${String(record.schema)}, expected ${INDEX_SCHEMA}` };
  }
  if (record.revision !== expectedRevision) {
    return { ok: false, reason: `${file} covers store revision ${String(record.revision)}, the store is at ${expectedRevision}` };
  }
  const index = record.index;
  const problem = describeIndexProblem(index, record.docCount);
  if (problem) return { ok: false, reason: `${file}: ${problem}` };
  return {
    ok: true,
    header: { schema: INDEX_SCHEMA, revision: expectedRevision, docCount: record.docCount as number },
    index: index as SerialisedIndex,
  };
}

/** A cheap shape check, so a truncated or hand-edited file is rebuilt rather than half loaded. */
function describeIndexProblem(index: unknown, docCount: unknown): string | null {
  if (typeof index !== 'object' || index === null) return 'has no "index" object';
  const lunrJson = index as Record<string, unknown>;
  if (typeof lunrJson.version !== 'string') return 'the index has no Lunr version';
  if (!Array.isArray(lunrJson.invertedIndex)) return 'the index has no inverted index';
  if (!Array.isArray(lunrJson.fieldVectors)) return 'the index has no field vectors';
  const fields = lunrJson.fields;
  if (!Array.isArray(fields) || fields.length !== INDEX_FIELDS.length || !INDEX_FIELDS.every((f, i) => fields[i] === f)) {
    return 'the index has other fields than this version of Clipdesk';
  }
  if (typeof docCount !== 'number' || lunrJson.fieldVectors.length !== docCount * INDEX_FIELDS.length) {
    return `the header's docCount (${String(docCount)}) does not match the index`;
  }
  const badVector = lunrJson.fieldVectors.findIndex((entry) => !isFieldVector(entry));
  if (badVector !== -1) return `field vector ${badVector} is malformed`;
  const badPosting = lunrJson.invertedIndex.findIndex((entry) => !isPosting(entry));
  if (badPosting !== -1) return `inverted index entry ${badPosting} is malformed`;
  return null;
}

/** `["title/12", [termIndex, weight, ...]]`, as Lunr writes it. */
function isFieldVector(entry: unknown): boolean {
  if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string' || !entry[0].includes('/')) return false;
  const elements: unknown = entry[1];
  return Array.isArray(elements) && elements.length % 2 === 0 && elements.every((n) => typeof n === 'number');
}

/** `["term", { _index: n, title: { "12": {} }, ... }]`, as Lunr writes it. */
function isPosting(entry: unknown): boolean {
  if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string') return false;
  const posting: unknown = entry[1];
  if (typeof posting !== 'object' || posting === null) return false;
  const record = posting as Record<string, unknown>;
  return typeof record._index === 'number' && INDEX_FIELDS.every((field) => typeof record[field] === 'object' && record[field] !== null);
}

/**
 * Writes the index so that a crash leaves either the old file or the new one, never a torn one:
 * a temporary file in the same folder, flushed to disk, then renamed over the old.
 */
export function writeIndexFile(file: string, header: IndexFileHeader, index: SerialisedIndex): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    // The header first and the index as its own string: one string for the whole file would reach
    // V8's maximum string length sooner on a large archive.
    writeSync(fd, `{"schema":${header.schema},"revision":${header.revision},"docCount":${header.docCount},"index":`);
    writeSync(fd, JSON.stringify(index));
    writeSync(fd, '}\n');
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
 * Removes what a crash while saving left behind (`index.json.<pid>.<time>.tmp`). Recent ones are
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
    if (!name.startsWith(`${INDEX_FILE_NAME}.`) || !name.endsWith('.tmp')) continue;
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
