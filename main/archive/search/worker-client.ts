/**
 * Talks to the index worker: starts it on first use, matches replies to jobs, and shuts it down
 * without tearing a half-written index file. The worker is unref'd while it has nothing to do, so a
 * forgotten close() never keeps a CLI process alive.
 */
import { Worker } from 'node:worker_threads';
import { moduleDirectory, resolveWorkerEntry as resolveBundledWorker } from '../worker-entry.ts';
import type { CompactIndex } from './compact-index.ts';
import { decodeIndex, encodeIndex } from './index-format.ts';
import type { MergePart } from './compact-merge.ts';
import type { IndexDoc } from './lunr-index.ts';
import type { IndexWorkerData, WorkerReply, WorkerRequest } from './index-worker.ts';
import { makePersistGate, reopenGate, tryCloseGate } from './persist-gate.ts';

/** The worker's source entry, relative to the project root, for the build script to bundle. */
export const INDEX_WORKER_ENTRY = 'main/archive/search/index-worker.ts';
/** The file name the bundled worker must have, next to the bundle that starts it. */
export const INDEX_WORKER_BUNDLE_NAME = 'index-worker.js';

/** A bundled `index-worker.js` near this module (see worker-entry.ts); else the TypeScript source. */
export function resolveWorkerEntry(directory = moduleDirectory((import.meta as { url?: string }).url)): URL {
  return resolveBundledWorker(directory, INDEX_WORKER_BUNDLE_NAME, 'index-worker.ts');
}

export interface BuildResult {
  index: CompactIndex;
  persistError: string | null;
}

export type LoadResult = { ok: true; index: CompactIndex } | { ok: false; reason: string };

/** Where a build's documents come from: handed over, or read by the worker from the archive file. */
export type BuildSource = { docs: IndexDoc[] } | { databaseFile: string };

interface PendingJob {
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
  onProgress?: (done: number, total: number) => void;
  settled: Promise<void>;
}

type JobRequest = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

export class IndexWorkerClient {
  #worker: Worker | null = null;
  #nextId = 1;
  #pending = new Map<number, PendingJob>();
  #closed = false;
  readonly #entry: URL;
  readonly #gate = makePersistGate();

  constructor(entry: URL = resolveWorkerEntry()) {
    this.#entry = entry;
  }

  /** Reads and checks index.bin in the worker; a reason instead of an index when it cannot be used. */
  async load(file: string, revision: number): Promise<LoadResult> {
    const reply = await this.#run({ kind: 'load', file, revision });
    if (reply.kind !== 'loaded') throw new Error(`index worker answered a load with "${reply.kind}"`);
    if (!reply.outcome.ok) return reply.outcome;
    // Checked in the worker; here only views are made over the transferred bytes.
    return { ok: true, index: decodeIndex(reply.outcome.image, false) };
  }

  /** Builds the full index in the worker; `file` non-null also persists it there. */
  async build(source: BuildSource, revision: number, file: string | null, onProgress?: (done: number, total: number) => void): Promise<BuildResult> {
    const docs = 'docs' in source ? source.docs : null;
    const databaseFile = 'databaseFile' in source ? source.databaseFile : null;
    const reply = await this.#run({ kind: 'build', docs, databaseFile, revision, file }, onProgress);
    if (reply.kind !== 'built') throw new Error(`index worker answered a build with "${reply.kind}"`);
    return { index: decodeIndex(reply.image, false), persistError: reply.persistError };
  }

  /**
   * Merges the parts into one index in the worker, without their text; `file` non-null also persists
   * it. A part decoded from an image (the base) is shared with the worker as it is; the others (small
   * segments built here) are encoded and handed over.
   */
  async merge(parts: readonly MergePart[], revision: number, file: string | null): Promise<BuildResult> {
    const transfer: ArrayBuffer[] = [];
    const images = parts.map(({ index, dead }) => {
      let image = index.image;
      if (!image) {
        image = encodeIndex(index, revision);
        if (image instanceof ArrayBuffer) transfer.push(image);
      }
      if (dead && dead.buffer instanceof ArrayBuffer) transfer.push(dead.buffer);
      return { image, dead };
    });
    const reply = await this.#run({ kind: 'merge', parts: images, revision, file }, undefined, transfer);
    if (reply.kind !== 'built') throw new Error(`index worker answered a merge with "${reply.kind}"`);
    return { index: decodeIndex(reply.image, false), persistError: reply.persistError };
  }

  /** Ends the worker. A job that is writing index.bin is let finish its write; any other is dropped. */
  async close(): Promise<void> {
    this.#closed = true;
    while (this.#worker && !tryCloseGate(this.#gate)) {
      // Jobs run in order, so the one writing is the oldest still pending.
      const writing = this.#pending.values().next().value;
      await Promise.race([writing?.settled, new Promise((resolve) => setTimeout(resolve, 10))]);
    }
    const worker = this.#worker;
    this.#worker = null;
    this.#failAll(new Error('the search index was closed'));
    if (worker) await worker.terminate();
  }

  #run(request: JobRequest, onProgress?: (done: number, total: number) => void, transfer: ArrayBuffer[] = []): Promise<WorkerReply> {
    if (this.#closed) return Promise.reject(new Error('the search index was closed'));
    const worker = this.#ensureWorker();
    const id = this.#nextId++;
    return new Promise<WorkerReply>((resolve, reject) => {
      let markSettled = (): void => undefined;
      const settled = new Promise<void>((done) => {
        markSettled = done;
      });
      const settle = (reply: WorkerReply): void => {
        markSettled();
        resolve(reply);
      };
      const fail = (error: Error): void => {
        markSettled();
        reject(error);
      };
      this.#pending.set(id, { resolve: settle, reject: fail, settled, ...(onProgress ? { onProgress } : {}) });
      worker.ref();
      worker.postMessage({ ...request, id } as WorkerRequest, transfer);
    });
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    reopenGate(this.#gate);
    const workerData: IndexWorkerData = { gate: this.#gate };
    const worker = new Worker(this.#entry, { workerData });
    worker.on('message', (reply: WorkerReply) => this.#onReply(reply));
    worker.on('error', (error) => this.#onWorkerDied(worker, new Error(`the index worker failed: ${error.message}`)));
    worker.on('exit', (code) => this.#onWorkerDied(worker, new Error(`the index worker stopped (exit code ${code})`)));
    this.#worker = worker;
    return worker;
  }

  #onReply(reply: WorkerReply): void {
    const job = this.#pending.get(reply.id);
    if (!job) return;
    if (reply.kind === 'progress') {
      job.onProgress?.(reply.done, reply.total);
      return;
    }
    this.#pending.delete(reply.id);
    if (this.#pending.size === 0) this.#worker?.unref();
    if (reply.kind === 'failed') job.reject(new Error(`the index worker failed: ${reply.message}`));
    else job.resolve(reply);
  }

  #onWorkerDied(worker: Worker, error: Error): void {
    if (this.#worker !== worker) return;
    // A later job starts a fresh worker; the jobs this one held cannot be answered.
    this.#worker = null;
    this.#failAll(error);
  }

  #failAll(error: Error): void {
    const jobs = [...this.#pending.values()];
    this.#pending.clear();
    for (const job of jobs) job.reject(error);
  }
}
