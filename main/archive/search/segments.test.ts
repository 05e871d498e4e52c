import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCompactIndex } from './compact-builder.ts';
import type { IndexDoc } from './lunr-index.ts';
import { SegmentedIndex } from './segments.ts';
import { makeDoc } from '../../test-support/search-fixtures.ts';

const WORDS = ['amber', 'basalt', 'cobalt', 'dune', 'ember', 'fjord'];

type Op =
  | { kind: 'upsert'; docs: Array<{ id: number; word: number }> }
  | { kind: 'remove'; ids: number[] }
  | { kind: 'merge-start' }
  | { kind: 'merge-end' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('upsert' as const), docs: fc.array(fc.record({ id: fc.integer({ min: 1, max: 12 }), word: fc.integer({ min: 0, max: WORDS.length - 1 }) }), { minLength: 1, maxLength: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), ids: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 2 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'merge-start' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'merge-end' as const }) },
);

function doc(id: number, word: number): IndexDoc {
  return makeDoc(id, { title: `${WORDS[word] ?? 'none'} clipping` });
}

function found(index: SegmentedIndex, query: string): number[] {
  const outcome = index.search(query);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.hits.map((hit) => hit.id).sort((a, b) => a - b);
}

describe('SegmentedIndex', () => {
  it('always answers as if one index held exactly the live documents (random changes and merges)', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        const model = new Map<number, number>();
        const index = new SegmentedIndex(buildCompactIndex([]));
        let merge: { seq: number; docs: IndexDoc[] } | null = null;
        for (const op of ops) {
          if (op.kind === 'upsert') {
            const docs = op.docs.map((d) => doc(d.id, d.word));
            index.apply(docs, []);
            for (const d of op.docs) model.set(d.id, d.word);
          } else if (op.kind === 'remove') {
            index.apply([], op.ids);
            for (const id of op.ids) model.delete(id);
          } else if (op.kind === 'merge-start') {
            // What the worker would be handed: the documents as they are now.
            merge ??= { seq: index.seq, docs: [...model].map(([id, word]) => doc(id, word)) };
          } else if (merge) {
            index.replaceBase(buildCompactIndex(merge.docs), merge.seq);
            merge = null;
          }
          for (const [w, word] of WORDS.entries()) {
            const expected = [...model].filter(([, v]) => v === w).map(([id]) => id).sort((a, b) => a - b);
            expect(found(index, word)).toEqual(expected);
          }
          expect(found(index, 'clipping')).toEqual([...model.keys()].sort((a, b) => a - b));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps few segments when clippings arrive one at a time', () => {
    const index = new SegmentedIndex(buildCompactIndex([]));
    for (let id = 1; id <= 100; id += 1) index.apply([doc(id, id % WORDS.length)], []);
    expect(index.segmentDocCount).toBe(100);
    expect(index.segmentCount).toBeLessThanOrEqual(10);
    expect(found(index, 'clipping')).toHaveLength(100);
  });

  it('drops superseded copies when compacting', () => {
    const index = new SegmentedIndex(buildCompactIndex([]));
    for (let round = 0; round < 50; round += 1) index.apply([doc(1, round % WORDS.length)], []);
    expect(index.segmentDocCount).toBeLessThanOrEqual(2);
    expect(found(index, 'clipping')).toEqual([1]);
  });
});
