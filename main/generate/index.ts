/**
 * Generated archives for benchmarks and tests (issue 4): deterministic, realistic clippings.
 * - random.ts        seeded PRNG and a Zipf sampler.
 * - english.ts       function words, news vocabulary, a made-up long tail.
 * - languages.ts     real sentences in Korean, Chinese, Japanese, Russian, French, Spanish, German.
 * - world.ts         outlets, wires, names, the topic tree behind tags.
 * - people.ts, prose.ts, wire.ts  writers, running text, wire copies (near-duplicates).
 * - clippings.ts     generateClippings(count, seed).
 * - clipping-text.ts the text file a clipping would have been copied as (its "original").
 * - archive.ts       generateArchive(dir, {count, seed}).
 */
export { generateClippings, type GeneratedClipping } from './clippings.ts';
export { generateArchive, DEFAULT_SEED, type GenerateOptions } from './archive.ts';
export { clippingText } from './clipping-text.ts';
export { FOREIGN_LANGUAGES, FOREIGN_SHARE } from './languages.ts';
export { TOPICS, OUTLETS } from './world.ts';
