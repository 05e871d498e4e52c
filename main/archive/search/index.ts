/**
 * Search: the archive's index (Lunr's query language, pipeline and ranking, in a compact form) and
 * the snippets shown with its hits. This is the whole public surface of the folder; the archive
 * service codes against it.
 *
 * How it fits together (DESIGN.md, "Search with Lunr"; issue 4):
 * - lunr-index.ts     fields, boosts and Lunr's own pipeline; stock Lunr indexes for reference.
 * - text-analysis.ts  Lunr's tokenizer and pipeline, memoised per distinct token.
 * - languages.ts      an analyser per language: English is Lunr's own; lunr-languages stemmers,
 *                     TinySegmenter (ja), character bigrams (zh, ko); IndexDoc.language picks it.
 * - compact-index.ts  the index as typed arrays (postings, field lengths, sorted vocabulary).
 * - compact-builder.ts builds one; compact-search.ts answers Lunr queries over base + segments
 *                     exactly as lunr.Index would over the live documents (differential test).
 * - vocabulary.ts     sorted terms in one Uint16Array; wildcard/fuzzy expansion via lunr.TokenSet.
 * - hit-order.ts      best first, ties by id: a radix sort for large result sets.
 * - ranked-hits.ts    a ranked result set as typed arrays; matched terms worked out on demand.
 * - lunr-internals.ts typings for the Lunr parts @types/lunr lacks (parser, token sets).
 * - segments.ts       a base plus small per-change segments; deletions filtered at query time.
 * - search-index.ts   SearchIndex: open (load or rebuild), search, update, background merges.
 * - index-format.ts   the binary image (file and worker hand-over are the same bytes).
 * - index-file.ts     index/index.bin: read and checked in the worker, written atomically.
 * - index-worker.ts   the worker: full builds (documents from loadDocs or read from SQLite there,
 *                     worker-docs.ts), loading; worker-client.ts and persist-gate.ts talk to it.
 * - snippet.ts        makeSnippet: a window of text, the matched words marked, plain text parts.
 */
export { FIELD_BOOSTS } from './lunr-index.ts';
export type { SearchHitRef, SearchOutcome } from './segments.ts';
export { RankedHits } from './ranked-hits.ts';
export type { SearchIndexOptions } from './search-index.ts';
export { SearchIndex } from './search-index.ts';
export { makeSnippet } from './snippet.ts';
export { INDEX_WORKER_ENTRY, INDEX_WORKER_BUNDLE_NAME } from './worker-client.ts';
export { INDEX_SCHEMA } from './index-file.ts';
