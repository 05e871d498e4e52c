/**
 * A parse worker: parses the files it is sent and answers each with its ParseOutcome. Parsing is
 * the slow part of an import (jsdom, Readability, compromise), and each worker uses a core.
 */
import { parentPort } from 'node:worker_threads';
import type { ImportFile } from '../../../preload/api/index.ts';
import { parseOutcome, type ParseOutcome } from './parse-outcome.ts';

export interface ParseRequest {
  id: number;
  file: ImportFile;
}

export interface ParseReply {
  id: number;
  outcome: ParseOutcome;
}

parentPort?.on('message', (request: ParseRequest) => {
  const reply: ParseReply = { id: request.id, outcome: parseOutcome(request.file) };
  parentPort?.postMessage(reply);
});
