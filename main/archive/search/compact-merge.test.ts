import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCompactIndex } from './compact-builder.ts';
import type { CompactIndex } from './compact-index.ts';
import { mergeCompactIndexes } from './compact-merge.ts';
import type { IndexDoc } from './lunr-index.ts';
import { SegmentedIndex } from './segments.ts';
import { generateCorpus, generateQueries } from '../../test-support/search-corpus.ts';

/** Every array of the index, for an exact comparison. */
function arrays(index: CompactIndex): Record<string, unknown> {
  return {
    docIds: Array.from(index.docIds),
    fieldLengths: Array.from(index.fieldLengths),
    units: Array.from(index.vocabulary.units),
    offsets: Array.from(index.vocabulary.offsets),
    postingsStart: Array.from(index.postingsStart),
    postingDocs: Array.from(index.postingDocs),
    postingTf: Array.from(index.postingTf),
  };
}

const byId = (docs: Iterable<IndexDoc>): IndexDoc[] => [...docs].sort((a, b) => a.id - b.id);

describe('mergeCompactIndexes', () => {
  const corpus = generateCorpus(240, 7, 60);
  const docs = corpus.docs;

  it('merges a base and segments after edits and deletions into exactly the index a rebuild makes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant('edit' as const), picks: fc.array(fc.integer({ min: 0, max: docs.length - 1 }), { minLength: 1, maxLength: 40 }), donor: fc.integer({ min: 0, max: docs.length - 1 }) }),
            fc.record({ kind: fc.constant('remove' as const), picks: fc.array(fc.integer({ min: 0, max: docs.length - 1 }), { minLength: 1, maxLength: 5 }) }),
            fc.record({ kind: fc.constant('add' as const), count: fc.integer({ min: 1, max: 30 }), donor: fc.integer({ min: 0, max: docs.length - 1 }) }),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        (ops) => {
          const baseDocs = docs.slice(0, 160);
          const live = new Map(baseDocs.map((d) => [d.id, d]));
          const index = new SegmentedIndex(buildCompactIndex(baseDocs));
          let nextId = 10_000;
          for (const op of ops) {
            if (op.kind === 'remove') {
              const ids = op.picks.map((i) => (docs[i] as IndexDoc).id);
              index.apply([], ids);
              for (const id of ids) live.delete(id);
              continue;
            }
            // An edit gives clippings another one's text (their words and lengths change); an add brings new ids.
            const donor = docs[op.donor] as IndexDoc;
            const changed = op.kind === 'edit' ? op.picks.map((i) => ({ ...donor, id: (docs[i] as IndexDoc).id })) : Array.from({ length: op.count }, (_, i) => ({ ...(docs[(op.donor + i) % docs.length] as IndexDoc), id: nextId++ }));
            index.apply(changed, []);
            for (const doc of changed) live.set(doc.id, doc);
          }
          const merged = mergeCompactIndexes(index.mergeParts().parts);
          const rebuilt = buildCompactIndex(byId(live.values()));
          expect(arrays(merged)).toEqual(arrays(rebuilt));
          expect(rebuilt.languages.every((language) => merged.languages.includes(language))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers queries as the rebuilt index does once swapped in as the base', () => {
    const index = new SegmentedIndex(buildCompactIndex(docs.slice(0, 200)));
    index.apply(docs.slice(200).map((d) => ({ ...d })), [docs[3]!.id, docs[50]!.id]);
    index.apply([{ ...docs[10]!, id: docs[20]!.id }], []);
    const { parts, seq } = index.mergeParts();
    index.replaceBase(mergeCompactIndexes(parts), seq);
    expect(index.segmentCount).toBe(0);
    const expected = new SegmentedIndex(buildCompactIndex(byId([...docs.slice(0, 200).filter((d) => d.id !== docs[3]!.id && d.id !== docs[50]!.id && d.id !== docs[20]!.id), { ...docs[10]!, id: docs[20]!.id }, ...docs.slice(200)])));
    for (const query of generateQueries(corpus.words, 60, 3)) expect(index.search(query)).toEqual(expected.search(query));
  });

  it('refuses parts that both hold a clipping as live', () => {
    const one = buildCompactIndex(docs.slice(0, 3));
    expect(() => mergeCompactIndexes([{ index: one, dead: null }, { index: one, dead: null }])).toThrow(/live in two parts/);
  });
});
