/**
 * How much two clippings' bodies are the same text: the share of the shorter body's four-word
 * shingles (case and punctuation aside) found in the other. A saved page and a copy of it differ
 * in what surrounds the article (a caption kept, a related link left in), not in its sentences,
 * so containment in the shorter one, not overlap of the whole, is what says "the same article".
 */

function shingleSet(body: readonly string[]): Set<string> {
  const words = body.join(' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles = new Set<string>();
  for (let i = 0; i + 4 <= words.length; i++) shingles.add(words.slice(i, i + 4).join(' '));
  return shingles;
}

/** 0 (nothing shared) to 1 (the shorter body is wholly inside the other); 0 for bodies under four words. */
export function bodyContainment(a: readonly string[], b: readonly string[]): number {
  const first = shingleSet(a);
  const second = shingleSet(b);
  const [small, large] = first.size <= second.size ? [first, second] : [second, first];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  return shared / small.size;
}
