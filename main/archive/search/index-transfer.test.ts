import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { IndexAssembler, sendIndexInChunks } from './index-transfer.ts';
import type { IndexChunk } from './index-transfer.ts';
import { buildLunrIndex } from './lunr-index.ts';
import { makeDoc, sampleDocs } from './test-archive.ts';

const QUERIES = ['jannuzi', 'meeting', 'ja*', '*ow', 'janusi~2', '+trade -russia', 'title:korea', 'seoul wheat^20', 'korea seoul', 'colour:red', 'title:'];

function answers(index: lunr.Index): unknown[] {
  return QUERIES.map((query) => {
    try {
      return index.search(query).map((hit) => [hit.ref, hit.score, Object.keys(hit.matchData.metadata)]);
    } catch (error) {
      return (error as Error).message;
    }
  });
}

function chunksOf(index: lunr.Index, chunkChars?: number): IndexChunk[] {
  const chunks: IndexChunk[] = [];
  sendIndexInChunks(JSON.parse(JSON.stringify(index)) as object, (chunk) => chunks.push(chunk), chunkChars);
  return chunks;
}

describe('moving an index in chunks', () => {
  it('assembles an index that answers every query exactly as lunr.Index.load does', async () => {
    const original = buildLunrIndex(sampleDocs());
    const loaded = lunr.Index.load(JSON.parse(JSON.stringify(original)) as object);
    for (const chunkChars of [undefined, 40]) {
      const chunks = chunksOf(original, chunkChars);
      if (chunkChars) expect(chunks.length).toBeGreaterThan(10);
      const assembler = new IndexAssembler();
      for (const chunk of chunks) assembler.accept(chunk);
      const assembled = await assembler.finish();
      expect(answers(assembled)).toEqual(answers(loaded));
      expect(answers(assembled)).toEqual(answers(original));
    }
  });

  it('works in slices, letting timers run between them, rather than in one long task', async () => {
    // Enough distinct words that assembling takes several of its 8 ms slices.
    const docs = Array.from({ length: 400 }, (_, id) =>
      makeDoc(id, { body: Array.from({ length: 60 }, (_, k) => `w${(id * 61 + k * 7919) % 20000}x`).join(' ') }));
    const chunks = chunksOf(buildLunrIndex(docs), 4096);
    const assembler = new IndexAssembler();
    let ticks = 0;
    const ticker = setInterval(() => { ticks += 1; }, 1);
    const started = performance.now();
    for (const chunk of chunks) assembler.accept(chunk);
    expect(performance.now() - started).toBeLessThan(20);
    const assembled = await assembler.finish();
    clearInterval(ticker);
    expect(ticks).toBeGreaterThanOrEqual(2);
    expect(assembled.search('w61x').map((hit) => hit.ref)).toEqual(['1']);
  });

  it('rejects an index whose terms are out of order, or that lacks its fields', async () => {
    const chunks = chunksOf(buildLunrIndex(sampleDocs()));
    const postings = chunks.find((chunk) => chunk.part === 'postings');
    if (!postings) throw new Error('no postings chunk');
    const reversed = { part: 'postings' as const, json: JSON.stringify((JSON.parse(postings.json) as unknown[]).reverse()) };
    const unordered = new IndexAssembler();
    for (const chunk of chunks) unordered.accept(chunk === postings ? reversed : chunk);
    await expect(unordered.finish()).rejects.toThrow(/order/i);

    const headless = new IndexAssembler();
    for (const chunk of chunks.filter((c) => c.part !== 'meta')) headless.accept(chunk);
    await expect(headless.finish()).rejects.toThrow(/fields and pipeline/);
  });
});
