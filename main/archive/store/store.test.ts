import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { ParsedClipping } from '../../../preload/api/index.ts';
import { ArchiveStore, DATABASE_FILE } from './store.ts';
import { SCHEMA_VERSION } from './migrations.ts';

const parsed: ParsedClipping = {
  title: 'US Experts: N. Korean Envoy Sent to Russia',
  subtitle: null,
  authors: ['Jee Abbey Lee'],
  source: 'Voice of America',
  url: null,
  publishedAt: '2014-11-25',
  language: 'en',
  images: [{ caption: 'Lavrov welcomes Choe Ryong Hae.', credit: 'AP', src: null }],
  body: ['First paragraph.', 'Second paragraph with Jannuzi.'],
  authorBio: { name: 'Jee Abbey Lee', text: 'Bio one.\n\nBio two.' },
};
const original = (text: string) => ({ name: 'a.txt', sha256: text.padEnd(64, '0'), mediaType: 'text/plain', data: new TextEncoder().encode(text) });

let dir: string;
let store: ArchiveStore;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'clipdesk-store-'));
  store = ArchiveStore.open(dir);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ArchiveStore', () => {
  it('round-trips a clipping with its parts, tags and original bytes', () => {
    const id = store.insert(parsed, original('abc'), '2026-11-29T06:00:00.000Z', ['korea', 'Korea', ' russia ']);
    store.close();
    store = ArchiveStore.open(dir);
    const got = store.get(id)!;
    expect(got).toMatchObject({ ...parsed, id, tags: ['korea', 'russia'], importedAt: '2026-11-29T06:00:00.000Z' });
    expect(got.original).toEqual({ name: 'a.txt', sha256: 'abc'.padEnd(64, '0'), size: 3, mediaType: 'text/plain' });
    expect(new TextDecoder().decode(store.original(id)!.data)).toBe('abc');
  });

  it('finds a clipping by the hash of its original and refuses a second copy of the same bytes', () => {
    const id = store.insert(parsed, original('abc'), '2026-11-29T06:00:00.000Z');
    expect(store.findByOriginal('abc'.padEnd(64, '0'))).toEqual({ id, title: parsed.title });
    expect(() => store.insert(parsed, original('abc'), '2026-11-29T06:00:00.000Z')).toThrow(/UNIQUE/);
    expect(store.count()).toBe(1);
  });

  it('bumps the revision on every write and keeps it across reopen', () => {
    const r0 = store.revision();
    const id = store.insert(parsed, original('a'), '2026-11-29T06:00:00.000Z');
    store.setTags(id, ['x']);
    expect(store.revision()).toBe(r0 + 2);
    store.close();
    store = ArchiveStore.open(dir);
    expect(store.revision()).toBe(r0 + 2);
  });

  it('lists newest first, by published date, and by tag; counts tags', () => {
    const a = store.insert({ ...parsed, publishedAt: '2020-01-01' }, original('a'), '2026-01-01T00:00:00Z', ['t1']);
    const b = store.insert({ ...parsed, publishedAt: '2010-01-01' }, original('b'), '2026-02-01T00:00:00Z', ['t1', 't2']);
    const c = store.insert({ ...parsed, publishedAt: null }, original('c'), '2026-03-01T00:00:00Z');
    expect(store.list({}).items.map((s) => s.id)).toEqual([c, b, a]);
    expect(store.list({ sort: 'published' }).items.map((s) => s.id)).toEqual([a, b, c]);
    expect(store.list({ tag: 't2' })).toMatchObject({ total: 1, items: [{ id: b, tags: ['t1', 't2'] }] });
    expect(store.listTags()).toEqual([{ tag: 't1', count: 2 }, { tag: 't2', count: 1 }]);
    expect(store.list({ limit: 1, offset: 1 }).items.map((s) => s.id)).toEqual([b]);
  });

  it('deletes a clipping with its parts, its original and tags nobody else uses', () => {
    const id = store.insert(parsed, original('a'), '2026-01-01T00:00:00Z', ['solo']);
    expect(store.delete(id)).toBe(true);
    expect(store.get(id)).toBeNull();
    expect(store.listTags()).toEqual([]);
    expect(store.delete(id)).toBe(false);
    expect(store.findByOriginal('a'.padEnd(64, '0'))).toBeNull();
  });

  it('gives the text of each field for the index', () => {
    const id = store.insert(parsed, original('a'), '2026-01-01T00:00:00Z', ['dprk', 'korea/north']);
    expect(store.texts([id])).toEqual([
      {
        id,
        title: parsed.title,
        authors: 'Jee Abbey Lee',
        source: 'Voice of America',
        tags: 'dprk korea north',
        captions: 'Lavrov welcomes Choe Ryong Hae. AP',
        body: 'First paragraph.\n\nSecond paragraph with Jannuzi.',
        bio: 'Jee Abbey Lee\nBio one.\n\nBio two.',
        language: 'en',
      },
    ]);
  });

  it('refuses an archive written by a newer version, and leaves it untouched', () => {
    store.close();
    const db = new DatabaseSync(path.join(dir, DATABASE_FILE));
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => ArchiveStore.open(dir)).toThrow(/newer version of Clipdesk.*archive\.sqlite|archive\.sqlite.*newer version/);
    const check = new DatabaseSync(path.join(dir, DATABASE_FILE));
    expect((check.prepare('PRAGMA user_version').get() as { user_version: number }).user_version).toBe(SCHEMA_VERSION + 1);
    check.close();
    store = ArchiveStore.open(mkdtempSync(path.join(tmpdir(), 'clipdesk-store-')));
  });
});
