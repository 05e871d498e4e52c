/**
 * The index worker: the slow parts of search (a full build, reading the documents from SQLite,
 * writing and checking index.bin) run here, so the main process stays responsive. It answers one
 * job at a time; `worker-client.ts` is its only caller. The index comes back as its binary image
 * in a SharedArrayBuffer (shared, not copied, with the main thread), which a later merge reads here
 * again. Bundled as out/main/index-worker.js by the build.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { CompactBuilder } from './compact-builder.ts';
import type { IndexDoc } from './lunr-index.ts';
import { decodeIndex, encodeIndex } from './index-format.ts';
import { mergeCompactIndexes } from './compact-merge.ts';
import type { IndexFileHeader } from './index-format.ts';
import { readIndexFile, writeIndexFile } from './index-file.ts';
import { beginWrite, endWrite } from './persist-gate.ts';
import type { PersistGate } from './persist-gate.ts';
import { openArchiveDocs } from './worker-docs.ts';

export type WorkerRequest =
  | { id: number; kind: 'load'; file: string; revision: number }
  /**
   * `docs`, or null to read them from `databaseFile` (the archive's SQLite file) here.
   * `file` null: build only, do not persist.
   */
  | { id: number; kind: 'build'; docs: IndexDoc[] | null; databaseFile: string | null; revision: number; file: string | null }
  /** The base and segments as images with their dead marks, merged without their text (compact-merge.ts). */
  | { id: number; kind: 'merge'; parts: MergeImage[]; revision: number; file: string | null };

export interface MergeImage {
  image: ArrayBufferLike;
  dead: Uint8Array | null;
}

export type WorkerReply =
  | { id: number; kind: 'loaded'; outcome: { ok: true; header: IndexFileHeader; image: SharedArrayBuffer } | { ok: false; reason: string } }
  | { id: number; kind: 'progress'; done: number; total: number }
  | { id: number; kind: 'built'; image: ArrayBufferLike; persistError: string | null }
  | { id: number; kind: 'failed'; message: string };

/** About a hundred progress messages a build: enough for a progress bar, few enough to be free. */
function progressStep(total: number): number {
  return Math.max(1, Math.floor(total / 100));
}

/** Set up by worker-client.ts: lets the main thread close without tearing a write. */
export interface IndexWorkerData {
  gate: PersistGate;
}

type Reply = (message: WorkerReply, transfer?: ArrayBuffer[]) => void;

function handle(request: WorkerRequest, reply: Reply, gate: PersistGate): void {
  if (request.kind === 'load') {
    const outcome = readIndexFile(request.file, request.revision);
    reply({ id: request.id, kind: 'loaded', outcome });
    return;
  }
  if (request.kind === 'merge') {
    const merged = mergeCompactIndexes(request.parts.map(({ image, dead }) => ({ index: decodeIndex(image, false), dead })));
    finish(request, encodeIndex(merged, request.revision, true), reply, gate);
    return;
  }
  const source = request.docs ? { count: request.docs.length, batches: [request.docs] } : openArchiveDocs(request.databaseFile ?? '');
  const total = source.count;
  const step = progressStep(total);
  reply({ id: request.id, kind: 'progress', done: 0, total });
  const builder = new CompactBuilder();
  for (const batch of source.batches) {
    for (let i = 0; i < batch.length; i += 1) {
      builder.add(batch[i] as IndexDoc);
      // Let the documents go as they are indexed: a large archive's text is hundreds of megabytes.
      (batch as Array<IndexDoc | null>)[i] = null;
      const done = builder.docCount;
      if (done % step === 0 && done < total) reply({ id: request.id, kind: 'progress', done, total });
    }
  }
  const image = encodeIndex(builder.build(), request.revision, true);
  reply({ id: request.id, kind: 'progress', done: total, total });
  finish(request, image, reply, gate);
}

/** Saves a new index image (unless the request says not to) and shares it with the main thread. */
function finish(request: { id: number; file: string | null }, image: ArrayBufferLike, reply: Reply, gate: PersistGate): void {
  let persistError: string | null = null;
  // A closed gate means the main thread is shutting down: it will not use this index anyway.
  if (request.file !== null && beginWrite(gate)) {
    try {
      writeIndexFile(request.file, image);
    } catch (error) {
      // The index is still good in memory; the next start rebuilds it. Say so instead of failing.
      persistError = `could not save the search index to ${request.file}: ${(error as Error).message}`;
    } finally {
      endWrite(gate);
    }
  }
  reply({ id: request.id, kind: 'built', image, persistError });
}

const port = parentPort;
if (port) {
  const { gate } = workerData as IndexWorkerData;
  port.on('message', (request: WorkerRequest) => {
    const reply: Reply = (message, transfer) => port.postMessage(message, transfer ?? []);
    try {
      handle(request, reply, gate);
    } catch (error) {
      reply({ id: request.id, kind: 'failed', message: (error as Error).message });
    }
  });
}
