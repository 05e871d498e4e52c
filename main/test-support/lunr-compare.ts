/**
 * Test support for the differential tests against stock Lunr: Lunr's answer to a query as plain
 * hits (or the error it throws), and the differences between two answers, described.
 */
import type lunr from 'lunr';

interface Hit {
  id: number;
  score: number;
  terms: string[];
}

export type Answer = { hits: Hit[] } | { error: string };

export function stockAnswer(index: lunr.Index, query: string): Answer {
  try {
    return { hits: index.search(query).map((r) => ({ id: Number(r.ref), score: r.score, terms: Object.keys(r.matchData.metadata).sort() })) };
  } catch (error) {
    return { error: (error as Error).name };
  }
}

/** Differences between Lunr's answer and ours, described; empty when they agree. */
export function compare(query: string, expected: Answer, actual: Answer): string[] {
  if ('error' in expected || 'error' in actual) {
    return 'error' in expected && 'error' in actual ? [] : [`${query}: ${JSON.stringify(expected).slice(0, 200)} vs ${JSON.stringify(actual).slice(0, 200)}`];
  }
  const problems: string[] = [];
  const lunrById = new Map(expected.hits.map((hit) => [hit.id, hit]));
  if (expected.hits.length !== actual.hits.length) problems.push(`${query}: Lunr finds ${expected.hits.length}, we find ${actual.hits.length}`);
  actual.hits.forEach((hit, i) => {
    const theirs = lunrById.get(hit.id);
    if (!theirs) return void problems.push(`${query}: ${hit.id} is not a Lunr hit`);
    if (Math.abs(theirs.score - hit.score) > 1e-6) problems.push(`${query}: ${hit.id} scores ${hit.score}, Lunr ${theirs.score}`);
    if (theirs.terms.join() !== [...hit.terms].sort().join()) problems.push(`${query}: ${hit.id} matched ${hit.terms}, Lunr ${theirs.terms}`);
    const previous = actual.hits[i - 1];
    if (previous && (lunrById.get(previous.id)?.score ?? Infinity) < theirs.score - 1e-6) problems.push(`${query}: ${previous.id} before ${hit.id}`);
  });
  return problems.slice(0, 3);
}
