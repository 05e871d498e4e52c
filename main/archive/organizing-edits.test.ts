/**
 * Edits from the reader (one clipping's tags, its note) are undo steps like the library's tag
 * changes, on a real temp archive: undo puts the tags (with a dropped tag's colour), the counts
 * and the search index back, and an edit that changes nothing is no step.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempArchiveWith, type TempArchive, okValue } from '../test-support/temp-archive.ts';
import { clippingTagsLabel } from './organizing.ts';

const value = okValue;

let t: TempArchive;
let ids: number[];
beforeEach(async () => {
  ({ temp: t, ids } = await openTempArchiveWith(3, 'clipdesk-reader-undo-'));
}, 60_000);
afterEach(async () => {
  await t.dispose();
});

const searchIds = async (text: string): Promise<number[]> => value(await t.archive.search({ text })).hits.map((h) => h.id).sort();
const tagCounts = async (): Promise<[string, number][]> => value(await t.archive.listTags()).map((c) => [c.tag, c.count]);

describe('undo of one clipping’s tags', () => {
  it('takes back a tag added in the reader: the clipping, the counts, the tree and search', async () => {
    const [a, b] = ids as [number, number];
    value(await t.archive.setTags(b, ['korea/north']));
    value(await t.archive.setTags(a, ['korea/north']));
    const tagged = value(await t.archive.setTags(a, ['korea/north', 'zebra']));
    expect(tagged.tags).toEqual(['korea/north', 'zebra']);
    expect(await searchIds('zebra')).toEqual([a]);

    const undone = value(await t.archive.undo());
    expect(undone.undone).toBe(`Add tag “zebra” to “${tagged.title}”`);
    expect(undone.next).toBe(`Add tag “korea/north” to “${tagged.title}”`);
    expect(value(await t.archive.get(a)).tags).toEqual(['korea/north']);
    expect(await tagCounts()).toEqual([['korea/north', 2]]);
    expect(value(await t.archive.list({ tags: ['zebra'] })).total).toBe(0);
    expect(await searchIds('zebra')).toEqual([]);

    // The step before is the earlier edit of the same clipping; the other clipping keeps its tag.
    value(await t.archive.undo());
    expect(value(await t.archive.get(a)).tags).toEqual([]);
    expect(value(await t.archive.tagTree()).map((n) => [n.tag, n.total])).toEqual([['korea', 1]]);
  });

  it('takes back a removal, bringing a dropped tag back with its colour', async () => {
    const [a] = ids as [number];
    value(await t.archive.setTags(a, ['Urgent', 'korea']));
    value(await t.archive.setTagColor('Urgent', '#dd3333'));
    const removed = value(await t.archive.setTags(a, ['korea']));
    expect(value(await t.archive.tagTree()).map((n) => n.tag)).toEqual(['korea']);
    expect(value(await t.archive.undo()).undone).toBe(`Remove tag “Urgent” from “${removed.title}”`);
    expect(value(await t.archive.get(a)).tags).toEqual(['korea', 'Urgent']);
    expect(value(await t.archive.tagTree()).find((n) => n.tag === 'Urgent')?.color).toBe('#dd3333');
    expect(await searchIds('urgent')).toEqual([a]);
  });

  it('makes no step of an edit that changes nothing, and undoes safely after the clipping is gone', async () => {
    const [a] = ids as [number];
    value(await t.archive.setTags(a, ['korea']));
    value(await t.archive.setTags(a, ['Korea ', 'korea']));
    expect(value(await t.archive.undo()).next).toBeNull();
    expect(value(await t.archive.undo()).undone).toBeNull();

    value(await t.archive.setTags(a, ['gone']));
    value(await t.archive.trashClippings([a]));
    value(await t.archive.emptyTrash());
    expect(value(await t.archive.undo()).undone).toMatch(/to the Trash/);
    expect(value(await t.archive.undo()).undone).toMatch(/Add tag “gone”/);
    expect(await tagCounts()).toEqual([]);
    expect((await t.archive.setTags(99_999, ['x'])).ok).toBe(false);
  });

  it('names the change in the Undo label', () => {
    expect(clippingTagsLabel(['a'], ['a', 'b'], 'T')).toBe('Add tag “b” to “T”');
    expect(clippingTagsLabel(['a', 'b'], ['a'], 'T')).toBe('Remove tag “b” from “T”');
    expect(clippingTagsLabel(['a'], ['b'], 'T')).toBe('Change the tags of “T”');
    expect(clippingTagsLabel(['a'], ['a'], 'T')).toBeNull();
    expect(clippingTagsLabel([], ['a'], 'x'.repeat(80))).toBe(`Add tag “a” to “${'x'.repeat(59)}…”`);
  });
});

describe('undo of a note', () => {
  it('puts the old note back, in the clipping and in search', async () => {
    const [a] = ids as [number];
    value(await t.archive.setNote(a, 'Compare with the Vladivostok memo.'));
    const edited = value(await t.archive.setNote(a, 'Compare with the Khabarovsk memo.'));
    expect(await searchIds('khabarovsk')).toEqual([a]);

    const undone = value(await t.archive.undo());
    expect(undone.undone).toBe(`Edit the note on “${edited.title}”`);
    expect(value(await t.archive.get(a)).note).toBe('Compare with the Vladivostok memo.');
    expect(await searchIds('khabarovsk')).toEqual([]);
    expect(await searchIds('vladivostok')).toEqual([a]);
    value(await t.archive.undo());
    expect(value(await t.archive.get(a)).note).toBe('');
    expect(await searchIds('vladivostok')).toEqual([]);
  });

  it('makes no step of saving the same note again', async () => {
    const [a] = ids as [number];
    value(await t.archive.setNote(a, 'Same.'));
    value(await t.archive.setNote(a, 'Same.  \n'));
    expect(value(await t.archive.undo()).next).toBeNull();
    expect((await t.archive.setNote(99_999, 'x')).ok).toBe(false);
  });
});
