/**
 * One file parsed, or why not, as plain data: the same in the main thread and from a parse worker,
 * so an import reports a failure in the same words wherever the file was parsed.
 */
import type { ImportFile, ParsedClipping } from '../../../preload/api/index.ts';
import { IngestError } from './errors.ts';
import { parseClippingFile } from './file.ts';

export type ParseOutcome = { ok: true; parsed: ParsedClipping } | { ok: false; message: string };

export function parseOutcome(file: ImportFile): ParseOutcome {
  try {
    return { ok: true, parsed: parseClippingFile(file.name, file.data) };
  } catch (error) {
    if (error instanceof IngestError) return { ok: false, message: error.message };
    return { ok: false, message: `"${file.name}" could not be read: ${(error as Error).message}` };
  }
}
