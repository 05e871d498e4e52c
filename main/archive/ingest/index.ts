/**
 * The ingest part of the archive core: clipping files and pasted text to ParsedClipping.
 * Everything else in the app uses only what this file exports.
 */
export { parseTextClipping } from './text.ts';
export { parseHtmlClipping } from './html.ts';
export { parseClippingFile, mediaTypeOf, MAX_FILE_BYTES } from './file.ts';
export type { ClippingMediaType } from './file.ts';
export { IngestError } from './errors.ts';
export type { IngestErrorCode } from './errors.ts';
