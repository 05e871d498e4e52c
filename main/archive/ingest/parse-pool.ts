/**
 * Parses files on worker threads, one per core (two at least, four at most): an import of many
 * files parses them side by side while the main thread stores and indexes what is done. Workers
 * start on the first file and are unref'd while idle, so a forgotten close() keeps no process alive.
 * Where workers cannot start, files are parsed on the calling thread instead.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ImportFile } from '../../../preload/api/index.ts';
import { moduleDirectory, resolveWorkerEntry } from '../worker-entry.ts';
import { parseOutcome, type ParseOutcome } from './parse-outcome.ts';
import type { ParseReply, ParseRequest } from './parse-worker.ts';

/** The file name the bundled worker must have, next to the bundle that starts it (scripts/build.ts). */
export const PARSE_WORKER_BUNDLE_NAME = 'parse-worker.js';

export interface ClippingParser {
  parse(file: ImportFile): Promise<ParseOutcome>;
  close(): Promise<void>;
}

/** Parses on the calling thread: for a file or two, where starting workers would cost more. */
export const inlineParser: ClippingParser = {
  parse: async (file) => parseOutcome(file),
  close: async () => undefined,
};

interface Slot {
  worker: Worker;
  busy: number;
}

export function createParsePool(size = Math.min(4, Math.max(2, availableParallelism())), entry = resolveWorkerEntry(moduleDirectory((import.meta as { url?: string }).url), PARSE_WORKER_BUNDLE_NAME, 'parse-worker.ts')): ClippingParser {
  const slots: Slot[] = [];
  const waiting = new Map<number, { slot: Slot; resolve: (outcome: ParseOutcome) => void }>();
  let nextId = 1;
  let broken = false;

  const fail = (slot: Slot, error: Error): void => {
    broken = true;
    // Files the worker had are parsed here instead: a failing worker costs speed, never a file.
    for (const [id, job] of waiting) {
      if (job.slot !== slot) continue;
      waiting.delete(id);
      job.resolve({ ok: false, message: `parse worker failed (${error.message})` });
    }
  };

  const start = (): Slot => {
    const worker = new Worker(entry);
    const slot: Slot = { worker, busy: 0 };
    worker.on('message', (reply: ParseReply) => {
      const job = waiting.get(reply.id);
      if (!job) return;
      waiting.delete(reply.id);
      slot.busy -= 1;
      if (slot.busy === 0) worker.unref();
      job.resolve(reply.outcome);
    });
    worker.on('error', (error) => fail(slot, error));
    worker.on('exit', (code) => {
      if (waiting.size > 0) fail(slot, new Error(`exited with code ${code}`));
    });
    worker.unref();
    slots.push(slot);
    return slot;
  };

  const pick = (): Slot => {
    const idle = slots.find((s) => s.busy === 0);
    if (idle) return idle;
    if (slots.length < size) return start();
    return slots.reduce((a, b) => (b.busy < a.busy ? b : a));
  };

  return {
    async parse(file) {
      if (broken) return parseOutcome(file);
      const slot = pick();
      const id = nextId++;
      const outcome = await new Promise<ParseOutcome>((resolve) => {
        waiting.set(id, { slot, resolve });
        if (slot.busy++ === 0) slot.worker.ref();
        const request: ParseRequest = { id, file };
        slot.worker.postMessage(request);
      });
      // A worker that died took the file with it: parse it here (the outcome is the same).
      return broken && !outcome.ok && outcome.message.startsWith('parse worker failed') ? parseOutcome(file) : outcome;
    },
    async close() {
      await Promise.all(slots.splice(0).map((slot) => slot.worker.terminate()));
    },
  };
}
