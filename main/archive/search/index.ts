/**
 * Search: the archive's Lunr index (base plus recent segments, built and loaded in a worker,
 * persisted under `<archive>/index/`) and the snippets shown with its hits. This is the whole
 * public surface of the folder; the archive service codes against it.
 */
export type { IndexDoc } from './lunr-index.ts';
export { FIELD_BOOSTS } from './lunr-index.ts';
export type { SearchHitRef, SearchOutcome } from './segments.ts';
export type { SearchIndexOptions, IndexChange } from './search-index.ts';
export { SearchIndex } from './search-index.ts';
export { makeSnippet } from './snippet.ts';
export { INDEX_WORKER_ENTRY, INDEX_WORKER_BUNDLE_NAME } from './worker-client.ts';
export { INDEX_SCHEMA, INDEX_FILE_NAME } from './index-file.ts';
