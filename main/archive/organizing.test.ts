/**
 * Organising through the archive service on a real temp archive (real SQLite, real Lunr): the
 * Trash keeps clippings out of the list, tags and search and brings them back whole; notes are
 * searchable; tag changes reach the index and undo restores it; suggestions come from neighbours.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generatedClipping } from '../test-support/generated-clippings.ts';
import { openTempArchiveWith, type TempArchive, okValue } from '../test-support/temp-archive.ts';

const value = okValue;

let t: TempArchive;
let ids: number[];
beforeEach(async () => {
  ({ temp: t, ids } = await openTempArchiveWith(6, 'clipdesk-organizing-'));
}, 60_000);
afterEach(async () => {
  await t.dispose();
});

const searchIds = async (text: string): Promise<number[]> => value(await t.archive.search({ text })).hits.map((h) => h.id).sort();

describe('Trash', () => {
  it('moves a deleted clipping out of the list, tags and search, restores it, and empties for good', async () => {
    const [first, second] = ids as [number, number];
    value(await t.archive.setTags(first, ['korea/north']));
    value(await t.archive.deleteClipping(first));
    expect(value(await t.archive.list({})).total).toBe(5);
    expect(value(await t.archive.listTags())).toEqual([]);
    expect(await searchIds('"report 1"')).not.toContain(first);
    expect(await searchIds('envoys')).not.toContain(first);
    const trash = value(await t.archive.listTrash({}));
    expect(trash.items.map((i) => i.id)).toEqual([first]);
    expect(value(await t.archive.get(first)).trashedAt).toMatch(/^\d{4}-/);

    value(await t.archive.restoreClipping(first));
    expect(value(await t.archive.list({})).total).toBe(6);
    expect(value(await t.archive.listTags())).toEqual([{ tag: 'korea/north', count: 1 }]);
    expect(await searchIds('envoys')).toContain(first);

    value(await t.archive.trashClippings([first, second]));
    expect(value(await t.archive.emptyTrash())).toEqual({ removed: 2 });
    expect(value(await t.archive.listTrash({})).total).toBe(0);
    expect((await t.archive.get(first)).ok).toBe(false);
    expect(value(await t.archive.list({})).total).toBe(4);
  });

  it('undoes a move to the Trash', async () => {
    value(await t.archive.trashClippings(ids.slice(0, 3)));
    expect(value(await t.archive.undo()).undone).toMatch(/3 clippings to the Trash/);
    expect(value(await t.archive.list({})).total).toBe(6);
    expect(value(await t.archive.undo())).toEqual({ undone: null, next: null });
  });
});

describe('notes', () => {
  it('keeps a note per clipping and finds the clipping by it', async () => {
    const id = ids[2]!;
    const clipping = value(await t.archive.setNote(id, 'Compare with the Vladivostok memo.'));
    expect(clipping.note).toBe('Compare with the Vladivostok memo.');
    expect(await searchIds('vladivostok')).toEqual([id]);
    value(await t.archive.setNote(id, ''));
    expect(await searchIds('vladivostok')).toEqual([]);
    expect((await t.archive.setNote(99_999, 'x')).ok).toBe(false);
  });
});

describe('tag changes reach the index and undo', () => {
  it('bulk tags, renames with children and undoes each step exactly', async () => {
    const tagged = ids.slice(0, 4);
    expect(value(await t.archive.bulkTag(tagged, ['korea/north', 'zebra'], []))).toMatchObject({ affected: 4 });
    await t.archive.whenIndexIdle();
    expect(await searchIds('zebra')).toEqual([...tagged].sort());
    value(await t.archive.renameTag('korea', 'asia/korea'));
    value(await t.archive.renameTag('zebra', 'okapi'));
    await t.archive.whenIndexIdle();
    expect(await searchIds('okapi')).toEqual([...tagged].sort());
    expect(await searchIds('zebra')).toEqual([]);
    expect(value(await t.archive.list({ tag: 'asia' })).total).toBe(4);
    expect(value(await t.archive.tagTree()).map((n) => [n.tag, n.total, n.children[0]?.tag])).toEqual([
      ['asia', 4, 'asia/korea'],
      ['okapi', 4, undefined],
    ]);
    expect(value(await t.archive.undo()).undone).toMatch(/Rename “zebra”/);
    expect(value(await t.archive.undo()).undone).toMatch(/Rename “korea”/);
    expect(value(await t.archive.listTags()).map((x) => x.tag).sort()).toEqual(['korea/north', 'zebra']);
    await t.archive.whenIndexIdle();
    expect(await searchIds('zebra')).toEqual([...tagged].sort());
    expect(value(await t.archive.undo()).undone).toMatch(/add korea\/north, zebra on 4 clippings/);
    expect(value(await t.archive.listTags())).toEqual([]);
    await t.archive.whenIndexIdle();
    expect(await searchIds('zebra')).toEqual([]);
  });

  it('answers a bulk change at once and queues the index update', async () => {
    const change = value(await t.archive.bulkTag(ids, ['zebra'], []));
    expect(change.affected).toBe(6);
    await t.archive.whenIndexIdle();
    expect(await searchIds('zebra')).toEqual([...ids].sort());
  });

  it('reports unknown tags as not-found', async () => {
    const result = await t.archive.renameTag('nothing', 'else');
    expect(result.ok ? null : result.error.code).toBe('not-found');
  });
});

describe('suggestions, histogram and saved searches', () => {
  it('suggests the tags of the nearest neighbours, not the clipping’s own', async () => {
    const [a, b, c] = ids as [number, number, number];
    // Clippings 1 and 8 share a topic in the generator (7 topics); give the neighbours tags.
    const g8 = generatedClipping(8);
    const neighbour = value(await t.archive.importText(g8.text, g8.name)).id!;
    value(await t.archive.setTags(neighbour, ['border', 'talks']));
    value(await t.archive.setTags(b, ['unrelated']));
    value(await t.archive.setTags(a, ['talks']));
    const suggested = value(await t.archive.suggestTags(a));
    expect(suggested.length).toBeLessThanOrEqual(5);
    expect(suggested).toContain('border');
    expect(suggested).not.toContain('talks');
    expect((await t.archive.suggestTags(c + 1000)).ok).toBe(false);
  });

  it('counts clippings per month and keeps saved searches with live counts', async () => {
    const months = value(await t.archive.dateHistogram({}));
    expect(months.reduce((sum, m) => sum + m.count, 0)).toBe(6);
    expect(months.every((m) => /^\d{4}-\d{2}$/.test(m.month))).toBe(true);
    const saved = value(await t.archive.saveSearch('Envoys', { text: 'envoys', tags: ['x'] }));
    expect(saved.count).toBe(0);
    value(await t.archive.bulkTag(ids.slice(0, 2), ['x'], []));
    expect(value(await t.archive.listSavedSearches()).map((s) => [s.name, s.count])).toEqual([['Envoys', 2]]);
    value(await t.archive.deleteSavedSearch(saved.id));
    expect(value(await t.archive.listSavedSearches())).toEqual([]);
  });
});
