/**
 * The ingest part of the archive core: clipping files and pasted text to ParsedClipping.
 * Everything else in the app uses only what this file exports.
 */
export { parseTextClipping } from './text.ts';
export { parseHtmlClipping } from './html.ts';
export { parseClippingFile, mediaTypeOf } from './file.ts';
export { IngestError } from './errors.ts';
