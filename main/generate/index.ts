/**
 * Generated archives for `clipdesk generate`, the benchmarks and tests (issue 4): deterministic,
 * realistic clippings. Outside the core: it writes through the store, and nothing in main/archive
 * uses it.
 * - random.ts        seeded PRNG and a Zipf sampler.
 * - english.ts       function words, news vocabulary, a made-up long tail.
 * - languages.ts     real sentences in Korean, Chinese, Japanese, Russian, French, Spanish, German.
 * - world.ts         outlets, wires, names, the topic tree behind tags.
 * - people.ts, prose.ts, wire.ts  writers, running text, wire copies (near-duplicates).
 * - generated-clipping.ts  what it makes; clippings.ts generateClippings(count, seed).
 * - clipping-text.ts the text file a clipping would have been copied as (its "original").
 * - archive.ts       generateArchive(dir, {count, seed}).
 */
export { generateClippings } from './clippings.ts';
export type { GeneratedClipping } from './generated-clipping.ts';
export { generateArchive, DEFAULT_SEED } from './archive.ts';
export { clippingText } from './clipping-text.ts';
