/**
 * Search: the archive's Lunr index and the snippets shown with its hits. This is the whole public
 * surface of the folder; the archive service codes against it.
 *
 * How it fits together (DESIGN.md, "Search with Lunr"):
 * - lunr-index.ts   fields, boosts and Lunr's own pipeline, shared by every index and by snippets.
 * - segments.ts     a base index plus small per-change segments; deletions and edits of older
 *                   copies filtered at query time; scores merged as they are (see there).
 * - search-index.ts SearchIndex: open (load or rebuild), search, update, background merges.
 * - index-worker.ts the worker: full builds, reading/checking and writing index/index.json.
 * - index-transfer.ts the index moves from the worker in JSON chunks, assembled in slices.
 * - worker-client.ts, persist-gate.ts: jobs to the worker; closing never tears a save.
 * - index-file.ts   the file: a header {schema, revision, docCount} plus lunr's toJSON(), atomic.
 * - snippet.ts      makeSnippet: a window of text, the matched words marked, plain text parts.
 *
 * Known limits, left for issue 4. Measured with 3,000 600-word clippings (a 35 MB index.json) on
 * 2 busy cores: opening the saved index takes 1.7-3.5 s and 230 MB of heap (800 MB resident), and
 * the main thread, though it never parses the file in one piece, still sees young-generation GC
 * pauses of 60-100 ms (some to 400 ms under load) while the Lunr objects are created there; a
 * full build takes about 20 s in the worker. index.json is one JSON document, so it cannot be
 * read back past V8's maximum string length (near 85,000 clippings).
 */
export type { IndexDoc } from './lunr-index.ts';
export { FIELD_BOOSTS } from './lunr-index.ts';
export type { SearchHitRef, SearchOutcome } from './segments.ts';
export type { SearchIndexOptions, IndexChange } from './search-index.ts';
export { SearchIndex } from './search-index.ts';
export { makeSnippet } from './snippet.ts';
export { INDEX_WORKER_ENTRY, INDEX_WORKER_BUNDLE_NAME } from './worker-client.ts';
export { INDEX_SCHEMA, INDEX_FILE_NAME } from './index-file.ts';
