/**
 * One file parsed, or why not, as plain data: the same in the main thread and from a parse worker,
 * so an import reports a failure in the same words wherever the file was parsed.
 */
import type { ImportFile, ParsedClipping } from '../../../preload/api/index.ts';
import { IngestError } from './errors.ts';
import { parseClippingFile } from './file.ts';
import { imageRefsOf, keepImageRefs } from './images/article-images.ts';

/** `imageRefs`: where each image's bytes may be found (imageRefsOf), carried apart because a worker's reply is a plain copy. */
export type ParseOutcome = { ok: true; parsed: ParsedClipping; imageRefs: string[][] } | { ok: false; message: string };

/** The parsed clipping of an outcome, with its image addresses, wherever it was parsed. */
export function parsedOf(outcome: { parsed: ParsedClipping; imageRefs: string[][] }): ParsedClipping {
  return keepImageRefs(outcome.parsed, outcome.imageRefs);
}

export function parseOutcome(file: ImportFile): ParseOutcome {
  try {
    const parsed = parseClippingFile(file.name, file.data);
    return { ok: true, parsed, imageRefs: imageRefsOf(parsed) };
  } catch (error) {
    if (error instanceof IngestError) return { ok: false, message: error.message };
    return { ok: false, message: `"${file.name}" could not be read: ${(error as Error).message}` };
  }
}
