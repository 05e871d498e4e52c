import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openTempArchive, type TempArchive, okValue } from '../test-support/temp-archive.ts';
import { openArchive } from './archive.ts';
import { SAMPLE_FILE } from './location.ts';

const value = okValue;
const sampleBytes = () => new Uint8Array(readFileSync(SAMPLE_FILE));

let t: TempArchive;
beforeEach(async () => {
  t = await openTempArchive();
});
afterEach(async () => {
  await t.dispose();
});

describe('Archive', () => {
  it('imports the sample once and reports the second import as a duplicate', async () => {
    const first = value(await t.archive.importFiles([{ name: 'voa.txt', data: sampleBytes() }]));
    expect(first.outcomes).toEqual([
      { name: 'voa.txt', status: 'imported', id: expect.any(Number), title: 'US Experts: N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation', message: null, images: 0 },
    ]);
    const again = value(await t.archive.importFiles([{ name: 'copy.txt', data: sampleBytes() }]));
    expect(again.outcomes[0]).toMatchObject({ status: 'duplicate', id: first.outcomes[0]!.id });
    expect(again.outcomes[0]!.message).toMatch(/"copy\.txt" is already in the archive/);
    expect(value(await t.archive.list({})).total).toBe(1);
  });

  it('keeps the original file byte for byte with its sha256', async () => {
    const { id } = value(await t.archive.importSample());
    const clipping = value(await t.archive.get(id!));
    expect(clipping.original.size).toBe(sampleBytes().byteLength);
    expect(clipping.original.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports a failed import with the file named and stores nothing of it', async () => {
    const report = value(await t.archive.importFiles([
      { name: 'empty.txt', data: new Uint8Array() },
      { name: 'photo.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0]) },
    ]));
    expect(report.outcomes.map((o) => o.status)).toEqual(['failed', 'failed']);
    expect(report.outcomes[0]!.message).toContain('empty.txt');
    expect(report.outcomes[1]!.message).toContain('photo.png');
    expect(value(await t.archive.list({})).total).toBe(0);
  });

  it('finds a new clipping at once, with the matched word marked in the snippet', async () => {
    value(await t.archive.importSample());
    const results = value(await t.archive.search({ text: 'Jannuzi' }));
    expect(results.total).toBe(1);
    const marked = results.hits[0]!.snippet.filter((p) => p.mark).map((p) => p.text);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((m) => /jannuzi/i.test(m))).toBe(true);
  });

  it('answers a query Lunr cannot parse with its best plain-text reading and a note, not an error', async () => {
    value(await t.archive.importSample());
    const result = value(await t.archive.search({ text: 'title:' }));
    expect(result.note).toMatch(/title:word/);
    expect(result.interpretedAs).toBe('title');
  });

  it('tags a clipping, filters by the tag in list and search, and indexes the tag', async () => {
    const { id } = value(await t.archive.importSample());
    const tagged = value(await t.archive.setTags(id!, ['dprk-russia', 'Korea']));
    expect(tagged.tags).toEqual(['dprk-russia', 'Korea']);
    expect(value(await t.archive.listTags())).toEqual([{ tag: 'dprk-russia', count: 1 }, { tag: 'Korea', count: 1 }]);
    expect(value(await t.archive.list({ tag: 'dprk-russia' })).total).toBe(1);
    expect(value(await t.archive.list({ tag: 'other' })).total).toBe(0);
    expect(value(await t.archive.search({ text: 'Jannuzi', tag: 'other' })).total).toBe(0);
    expect(value(await t.archive.search({ text: 'tags:korea' })).total).toBe(1);
  });

  it('deletes a clipping into the Trash (out of the index), and from the store when the Trash is emptied', async () => {
    const { id } = value(await t.archive.importSample());
    value(await t.archive.deleteClipping(id!));
    expect(value(await t.archive.search({ text: 'Jannuzi' })).total).toBe(0);
    expect(value(await t.archive.get(id!)).trashedAt).not.toBeNull();
    value(await t.archive.emptyTrash());
    const missing = await t.archive.get(id!);
    expect(missing.ok ? null : missing.error.code).toBe('not-found');
  });

  it('rebuilds the index by itself when index/ was deleted or damaged', async () => {
    value(await t.archive.importSample());
    await t.archive.whenIndexIdle();
    await t.archive.close();
    const reopen = () => openArchive(t.dir, { pdfEngine: t.pdfEngine, host: 'browser', sampleFile: SAMPLE_FILE });

    rmSync(path.join(t.dir, 'index'), { recursive: true, force: true });
    t.archive = await reopen();
    expect(value(await t.archive.search({ text: 'Jannuzi' })).total).toBe(1);
    await t.archive.whenIndexIdle();
    await t.archive.close();
    expect(existsSync(path.join(t.dir, 'index'))).toBe(true);

    const files = readdirSync(path.join(t.dir, 'index'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) writeFileSync(path.join(t.dir, 'index', f), '{ truncated');
    t.archive = await reopen();
    expect(value(await t.archive.search({ text: 'Jannuzi' })).total).toBe(1);
  });
});
