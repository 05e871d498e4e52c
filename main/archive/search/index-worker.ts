/**
 * The index worker: the slow parts of search (a full Lunr build, serialising it, writing and
 * parsing index.json) run here, so the main process stays responsive. It answers one job at a time;
 * `worker-client.ts` is its only caller. Bundled as out/main/index-worker.js by the Electron build.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildLunrIndex } from './lunr-index.ts';
import type { IndexDoc } from './lunr-index.ts';
import { INDEX_SCHEMA, readIndexFile, writeIndexFile } from './index-file.ts';
import type { IndexFileHeader } from './index-file.ts';
import { sendIndexInChunks } from './index-transfer.ts';
import { beginWrite, endWrite } from './persist-gate.ts';
import type { PersistGate } from './persist-gate.ts';
import type { IndexChunk } from './index-transfer.ts';

export type WorkerRequest =
  | { id: number; kind: 'load'; file: string; revision: number }
  /** `file` null: build only, do not persist. */
  | { id: number; kind: 'build'; docs: IndexDoc[]; revision: number; file: string | null };

/** A job's index comes as 'chunk' replies before its 'loaded' (ok) or 'built' reply. */
export type WorkerReply =
  | { id: number; kind: 'chunk'; chunk: IndexChunk }
  | { id: number; kind: 'loaded'; outcome: { ok: true; header: IndexFileHeader } | { ok: false; reason: string } }
  | { id: number; kind: 'progress'; done: number; total: number }
  | { id: number; kind: 'built'; persistError: string | null }
  | { id: number; kind: 'failed'; message: string };

/** About a hundred progress messages a build: enough for a progress bar, few enough to be free. */
function progressStep(total: number): number {
  return Math.max(1, Math.floor(total / 100));
}

/** Set up by worker-client.ts: lets the main thread close without tearing a write. */
export interface IndexWorkerData {
  gate: PersistGate;
}

function handle(request: WorkerRequest, reply: (message: WorkerReply) => void, gate: PersistGate): void {
  const sendChunk = (chunk: IndexChunk): void => reply({ id: request.id, kind: 'chunk', chunk });
  if (request.kind === 'load') {
    const outcome = readIndexFile(request.file, request.revision);
    if (!outcome.ok) {
      reply({ id: request.id, kind: 'loaded', outcome });
      return;
    }
    sendIndexInChunks(outcome.index, sendChunk);
    reply({ id: request.id, kind: 'loaded', outcome: { ok: true, header: outcome.header } });
    return;
  }
  const total = request.docs.length;
  const step = progressStep(total);
  const index = buildLunrIndex(request.docs, (done) => {
    if (done % step === 0 && done < total) reply({ id: request.id, kind: 'progress', done, total });
  });
  const serialised = index.toJSON();
  reply({ id: request.id, kind: 'progress', done: total, total });
  // The main thread assembles the index while this thread writes it to disk.
  sendIndexInChunks(serialised, sendChunk);
  let persistError: string | null = null;
  // A closed gate means the main thread is shutting down: it will not use this index anyway.
  if (request.file !== null && beginWrite(gate)) {
    try {
      writeIndexFile(request.file, { schema: INDEX_SCHEMA, revision: request.revision, docCount: total }, serialised);
    } catch (error) {
      // The index is still good in memory; the next start rebuilds it. Say so instead of failing.
      persistError = `could not save the search index to ${request.file}: ${(error as Error).message}`;
    } finally {
      endWrite(gate);
    }
  }
  reply({ id: request.id, kind: 'built', persistError });
}

const port = parentPort;
if (port) {
  const { gate } = workerData as IndexWorkerData;
  port.on('message', (request: WorkerRequest) => {
    const reply = (message: WorkerReply): void => port.postMessage(message);
    try {
      handle(request, reply, gate);
    } catch (error) {
      reply({ id: request.id, kind: 'failed', message: (error as Error).message });
    }
  });
}
