import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchIndex } from './index.ts';
import type { SearchOutcome } from './index.ts';
import { DocSource, makeDoc, makeTempDir, sampleDocs } from '../../test-support/search-fixtures.ts';
import type { TempDir } from '../../test-support/search-fixtures.ts';

let temp: TempDir;
let index: SearchIndex;

beforeAll(async () => {
  temp = makeTempDir();
  index = await SearchIndex.open({ dir: temp.indexDir, revision: 1, loadDocs: new DocSource(sampleDocs()).loadDocs });
});

afterAll(async () => {
  await index.close();
  temp.remove();
});

function ids(outcome: SearchOutcome): number[] {
  if (!outcome.ok) throw new Error(`search failed: ${outcome.message}`);
  return outcome.hits.map((hit) => hit.id);
}

describe('SearchIndex.search: Lunr query syntax', () => {
  it('caps a fuzzy edit distance at 2, so `word~9` cannot expand the vocabulary without end', () => {
    const wide = index.search('jannuzi~9 pyongyang~12');
    const capped = index.search('jannuzi~2 pyongyang~2');
    expect(wide.ok && capped.ok).toBe(true);
    if (wide.ok && capped.ok) expect(wide.hits).toEqual(capped.hits);
  });

  it('ranks a title match above a body match (title^10)', () => {
    const outcome = index.search('jannuzi');
    expect(ids(outcome)).toEqual([2, 1]);
  });

  it('searches authors, source, tags, captions and bio', () => {
    expect(ids(index.search('padden'))).toEqual([1]);
    expect(ids(index.search('herald'))).toEqual([5]);
    expect(ids(index.search('japan'))).toEqual([4]);
    expect(ids(index.search('lavrov'))).toEqual([1]);
    expect(ids(index.search('correspondent'))).toEqual([1]);
  });

  it('stems words with Lunr\'s pipeline and returns the matched index terms', () => {
    const outcome = index.search('meeting');
    expect(ids(outcome).sort()).toEqual([1, 3]);
    if (!outcome.ok) return;
    for (const hit of outcome.hits) expect(hit.terms).toEqual(['meet']);
    expect(outcome.hits[0]?.score).toBeGreaterThan(0);
  });

  it('orders hits best first', () => {
    const outcome = index.search('korea seoul');
    if (!outcome.ok) throw new Error(outcome.message);
    const scores = outcome.hits.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(outcome.hits.length).toBeGreaterThanOrEqual(2);
  });

  it('expands wildcards to the index terms they matched', () => {
    const outcome = index.search('ja*');
    expect(ids(outcome).sort()).toEqual([1, 2, 4]);
    if (!outcome.ok) return;
    expect(outcome.hits.find((hit) => hit.id === 4)?.terms).toEqual(['japan']);
  });

  it('answers fuzzy queries', () => {
    expect(ids(index.search('janusi~2')).sort()).toEqual([1, 2]);
    expect(ids(index.search('janusi'))).toEqual([]);
  });

  it('honours + and -', () => {
    expect(ids(index.search('+trade +russia'))).toEqual([1]);
    expect(ids(index.search('trade -russia'))).toEqual([4]);
    expect(ids(index.search('+seoul -snow'))).toEqual([1]);
  });

  it('restricts a term to a field', () => {
    expect(ids(index.search('title:korea'))).toEqual([2]);
    expect(ids(index.search('source:korea'))).toEqual([5]);
    expect(ids(index.search('tags:diplomacy'))).toEqual([1]);
  });

  it('accepts boosts on terms', () => {
    const plain = ids(index.search('seoul wheat'));
    const boosted = ids(index.search('seoul wheat^20'));
    expect(boosted[0]).toBe(3);
    expect(plain.sort()).toEqual(boosted.sort());
  });

  it('returns a query Lunr cannot parse as {ok:false} with Lunr\'s message', () => {
    expect(index.search('title:')).toEqual({ ok: false, message: 'expecting term, found nothing' });
    expect(index.search('foo^')).toEqual({ ok: false, message: 'boost must be numeric' });
    const unknownField = index.search('colour:red');
    expect(unknownField.ok).toBe(false);
    if (!unknownField.ok) expect(unknownField.message).toMatch(/unrecognised field 'colour'/);
  });

  it('finds nothing, rather than everything, for a blank query', () => {
    expect(index.search('')).toEqual({ ok: true, hits: [] });
    expect(index.search('   ')).toEqual({ ok: true, hits: [] });
  });

  it('never throws, whatever the query', () => {
    for (const query of ['~', '^', ':', '*', 'a:b:c', '+', '-', '"', 'title:*', 'x~-1', '\u0000', 'a'.repeat(5000)]) {
      expect(() => index.search(query)).not.toThrow();
    }
  });

  it('finds a clipping by a word that only a recent change added, with the same syntax', async () => {
    await index.update({ upsert: [makeDoc(9, { title: 'Fusion reactor', tags: 'energy' })], remove: [], revision: 2 });
    expect(ids(index.search('title:fusion'))).toEqual([9]);
    expect(ids(index.search('+reactor -wheat'))).toEqual([9]);
    expect(ids(index.search('fusio*'))).toEqual([9]);
    expect(index.search('title:')).toEqual({ ok: false, message: 'expecting term, found nothing' });
  });
});
