import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { ParsedClipping } from '../../../preload/api/index.ts';
import { ArchiveStore } from './store.ts';
import { bulkTag, deleteTag, mergeTags, renameTag, setTagColor, TagOpError, type TagOpResult } from './tag-ops.ts';
import { restoreTags } from './tag-snapshot.ts';
import { tagTree } from './tag-tree.ts';
import { moveToTrash } from './trash.ts';

const parsed = (title: string): ParsedClipping => ({
  title,
  subtitle: null,
  authors: [],
  source: null,
  url: null,
  publishedAt: null,
  language: 'en',
  images: [],
  body: [`${title} body.`],
  authorBio: null,
});
let n = 0;
const original = () => {
  n += 1;
  return { name: `${n}.txt`, sha256: String(n).padStart(64, '0'), mediaType: 'text/plain', data: new TextEncoder().encode(String(n)) };
};

let dir: string;
let store: ArchiveStore;
const add = (title: string, tags: string[]): number => store.insert(parsed(title), original(), '2026-11-29T06:00:00.000Z', tags);
const tagsOf = (id: number): string[] => store.get(id)!.tags;
/** Every clipping's tags and every tag's colour: what "exactly as before" means. */
const state = () =>
  store.read((db) => ({
    links: db.prepare('SELECT ct.clipping_id AS id, t.name FROM clipping_tags ct JOIN tags t ON t.id = ct.tag_id ORDER BY 1, 2').all(),
    tags: db.prepare('SELECT name, color FROM tags ORDER BY name').all(),
  }));
const run = (op: (db: DatabaseSync) => TagOpResult): TagOpResult => store.transaction(op);
const undo = (result: TagOpResult): number[] => store.transaction((db) => restoreTags(db, result.snapshot));

let a: number, b: number, c: number, d: number;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'clipdesk-tags-'));
  store = ArchiveStore.open(dir);
  a = add('A', ['korea/north', 'russia']);
  b = add('B', ['korea/south', 'Korea']);
  c = add('C', ['korea/north', 'korea/south']);
  d = add('D', ['japan']);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('tag tree', () => {
  it('counts a parent as the distinct clippings of its subtree, with implicit parents', () => {
    const tree = store.read(tagTree);
    const korea = tree.find((t) => t.tag === 'Korea')!;
    expect(korea).toMatchObject({ label: 'Korea', count: 1, total: 3 });
    expect(korea.children.map((k) => [k.label, k.count, k.total])).toEqual([
      ['north', 2, 2],
      ['south', 2, 2],
    ]);
    expect(tree.map((t) => t.tag)).toEqual(['japan', 'Korea', 'russia']);
  });

  it('leaves trashed clippings out of counts, totals and filters', () => {
    store.transaction((db) => moveToTrash(db, [c], '2026-11-29T07:00:00.000Z'));
    const korea = store.read(tagTree).find((t) => t.tag === 'Korea')!;
    expect(korea.total).toBe(2);
    expect(korea.children.map((k) => [k.label, k.count, k.total])).toEqual([
      ['north', 1, 1],
      ['south', 1, 1],
    ]);
    expect(store.listTags().find((t) => t.tag === 'korea/north')!.count).toBe(1);
    expect([...store.idsWithTag('korea')].sort()).toEqual([a, b].sort());
    expect(store.list({}).total).toBe(3);
  });

  it('filters by a parent including its children, and not by a mere prefix', () => {
    add('E', ['koreana']);
    expect([...store.idsWithTag('korea')].sort()).toEqual([a, b, c].sort());
    expect(store.list({ tag: 'korea' }).total).toBe(3);
    expect(store.list({ tags: ['korea/north', 'korea/south'], tagMatch: 'all' }).items.map((i) => i.id)).toEqual([c]);
    expect(store.list({ tags: ['russia', 'japan'], tagMatch: 'any' }).total).toBe(2);
  });
});

describe('tag operations undo exactly', () => {
  it('renames a parent and carries its children', () => {
    const before = state();
    const result = run((db) => renameTag(db, 'korea', 'asia/korea'));
    expect(result.affected.sort()).toEqual([a, b, c].sort());
    expect(tagsOf(a)).toEqual(['asia/korea/north', 'russia']);
    expect(tagsOf(b)).toEqual(['asia/korea', 'asia/korea/south']);
    undo(result);
    expect(state()).toEqual(before);
  });

  it('renames onto an existing tag by merging, and into its own subtree', () => {
    const before = state();
    const result = run((db) => renameTag(db, 'korea/north', 'korea/south'));
    expect(tagsOf(c)).toEqual(['korea/south']);
    undo(result);
    expect(state()).toEqual(before);
    const inward = run((db) => renameTag(db, 'korea', 'korea/old'));
    expect(tagsOf(c)).toEqual(['korea/old/north', 'korea/old/south']);
    undo(inward);
    expect(state()).toEqual(before);
  });

  it('changes only the spelling when only the case differs', () => {
    const before = state();
    const result = run((db) => renameTag(db, 'russia', 'Russia'));
    expect(tagsOf(a)).toEqual(['korea/north', 'Russia']);
    undo(result);
    expect(state()).toEqual(before);
  });

  it('merges two or more tags into one, keeping a colour', () => {
    run((db) => setTagColor(db, 'japan', '#aa0000'));
    const before = state();
    const result = run((db) => mergeTags(db, ['japan', 'russia'], 'asia'));
    expect(tagsOf(a)).toEqual(['asia', 'korea/north']);
    expect(tagsOf(d)).toEqual(['asia']);
    expect(store.read(tagTree).find((t) => t.tag === 'asia')!.color).toBe('#aa0000');
    undo(result);
    expect(state()).toEqual(before);
  });

  it('deletes a tag and its children from every clipping', () => {
    const before = state();
    const result = run((db) => deleteTag(db, 'korea'));
    expect(result.affected.sort()).toEqual([a, b, c].sort());
    expect(tagsOf(c)).toEqual([]);
    expect(store.listTags().map((t) => t.tag).sort()).toEqual(['japan', 'russia']);
    undo(result);
    expect(state()).toEqual(before);
  });

  it('adds and removes tags on a selection', () => {
    const before = state();
    const result = run((db) => bulkTag(db, [a, b, d, 9999], ['review', 'korea/north'], ['japan']));
    expect(result.affected.sort()).toEqual([a, b, d].sort());
    expect(tagsOf(d)).toEqual(['korea/north', 'review']);
    expect(tagsOf(b)).toEqual(['Korea', 'korea/north', 'korea/south', 'review']);
    undo(result);
    expect(state()).toEqual(before);
  });

  it('colours a tag and clears it', () => {
    const before = state();
    const result = run((db) => setTagColor(db, 'russia', '#123456'));
    expect(store.read(tagTree).find((t) => t.tag === 'russia')!.color).toBe('#123456');
    undo(result);
    expect(state()).toEqual(before);
  });

  it('refuses unknown tags and empty names with a clear error', () => {
    expect(() => run((db) => renameTag(db, 'nothing', 'x'))).toThrow(TagOpError);
    expect(() => run((db) => renameTag(db, 'korea', ' / '))).toThrow(/empty/);
    expect(() => run((db) => setTagColor(db, 'korea/north', 'red'))).toThrow(/#rrggbb/);
    expect(() => run((db) => mergeTags(db, ['japan'], 'japan'))).toThrow(/other than/);
  });

  it('undoes a chain of changes in reverse order back to the start', () => {
    const before = state();
    const steps = [
      run((db) => renameTag(db, 'korea', 'asia/korea')),
      run((db) => mergeTags(db, ['asia/korea/north', 'japan'], 'east')),
      run((db) => bulkTag(db, [a, b, c, d], ['all'], ['russia'])),
      run((db) => deleteTag(db, 'east')),
    ];
    for (const step of steps.reverse()) undo(step);
    expect(state()).toEqual(before);
  });
});
