import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectLanguage } from '../archive/ingest/language.ts';
import { parseTextClipping } from '../archive/ingest/index.ts';
import { ArchiveStore } from '../archive/store/store.ts';
import { nearDuplicateKey } from '../archive/store/near-duplicates.ts';
import { clippingText, generateArchive, generateClippings, type GeneratedClipping } from './index.ts';

const take = (count: number, seed: number): GeneratedClipping[] => [...generateClippings(count, seed)];

describe('generateClippings', () => {
  it('gives the same clippings for the same seed, and a shorter run is a prefix of a longer one', () => {
    const a = take(300, 42);
    expect(take(300, 42)).toEqual(a);
    expect(take(120, 42)).toEqual(a.slice(0, 120));
    expect(take(300, 43)).not.toEqual(a);
  });

  it('writes clippings with everything the archive shows: titles, outlets, dates over twenty years, tags from the tree', () => {
    const clippings = take(2000, 1);
    for (const c of clippings) {
      expect(c.title.length).toBeGreaterThan(5);
      expect(c.source).toBeTruthy();
      expect(c.publishedAt).toMatch(/^(200[6-9]|201\d|202[0-5])-\d\d-\d\d$/);
      expect(Date.parse(c.importedAt)).toBeGreaterThanOrEqual(Date.parse(c.publishedAt!));
      expect(c.tags.length).toBeGreaterThan(0);
      expect(c.body.length).toBeGreaterThan(3);
    }
    const years = new Set(clippings.map((c) => c.publishedAt!.slice(0, 4)));
    expect(years.size).toBe(20);
    expect(clippings.some((c) => c.tags.includes('korea/north'))).toBe(true);
    expect(clippings.some((c) => c.images.some((i) => i.credit?.includes('/')))).toBe(true);
    expect(clippings.some((c) => c.authorBio !== null)).toBe(true);
    expect(new Set(clippings.flatMap((c) => c.authors)).size).toBeGreaterThan(300);
  });

  it('writes English bodies of about 600 words with real function words and a long-tailed vocabulary', () => {
    const english = take(400, 5).filter((c) => c.language === 'en');
    const counts = english.map((c) => c.body.join(' ').split(/\s+/).length);
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(mean).toBeGreaterThan(500);
    expect(mean).toBeLessThan(750);
    const words = english.flatMap((c) => c.body.join(' ').toLowerCase().split(/[^a-z]+/).filter(Boolean));
    const freq = new Map<string, number>();
    for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);
    const ranked = [...freq.entries()].sort((x, y) => y[1] - x[1]);
    expect(ranked.slice(0, 5).map(([w]) => w)).toContain('the');
    // Zipf: many words seen once, a few seen very often.
    expect(ranked.filter(([, n]) => n === 1).length).toBeGreaterThan(2000);
    expect(ranked[0]![1]).toBeGreaterThan(100 * ranked[Math.floor(ranked.length / 2)]![1]);
  });

  it('writes about a tenth of the clippings in other languages, each detected as what it claims', () => {
    const clippings = take(3000, 9);
    const foreign = clippings.filter((c) => c.language !== 'en');
    expect(foreign.length / clippings.length).toBeGreaterThan(0.07);
    expect(foreign.length / clippings.length).toBeLessThan(0.13);
    const languages = new Set(foreign.map((c) => c.language));
    for (const code of ['ko', 'zh', 'ru', 'fr', 'es']) expect(languages).toContain(code);
    for (const c of foreign.slice(0, 60)) expect(detectLanguage(c.body.join('\n')), c.title).toBe(c.language);
  });

  it('runs wire stories under several outlets with small edits, keeping their lead, so they share a near-duplicate key', () => {
    const clippings = take(3000, 11);
    const stories = new Map<number, GeneratedClipping[]>();
    for (const c of clippings) if (c.wireStory !== null) stories.set(c.wireStory, [...(stories.get(c.wireStory) ?? []), c]);
    const groups = [...stories.values()].filter((g) => g.length > 1);
    expect(groups.length).toBeGreaterThan(20);
    for (const group of groups) {
      expect(new Set(group.map((c) => c.source)).size).toBe(group.length);
      expect(new Set(group.map((c) => nearDuplicateKey(c.body))).size).toBe(1);
    }
    // Not every copy is identical: the edits are there.
    expect(groups.some((g) => new Set(g.map((c) => c.body.join('\n'))).size > 1)).toBe(true);
    // And unrelated clippings do not share keys.
    const keys = clippings.filter((c) => c.wireStory === null).map((c) => nearDuplicateKey(c.body));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('renders each clipping as a text file the importer reads back with the same title and body', () => {
    for (const c of take(20, 3).filter((x) => x.language === 'en').slice(0, 5)) {
      const parsed = parseTextClipping(clippingText(c));
      expect(parsed.title).toBe(c.title);
      expect(parsed.body.join(' ')).toContain(c.body[c.body.length - 1]!.slice(0, 60));
    }
  });
});

describe('generateArchive', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'clipdesk-generate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores every clipping with its tags and its original text, fast', async () => {
    const progress: number[] = [];
    const started = performance.now();
    await generateArchive(dir, { count: 3000, seed: 4, onProgress: (d) => progress.push(d) });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(progress.at(-1)).toBe(3000);
    const store = ArchiveStore.open(dir);
    try {
      expect(store.count()).toBe(3000);
      const expected = take(3000, 4);
      const stored = store.get(2500)!;
      const want = expected[2499]!;
      expect(stored.title).toBe(want.title);
      expect(stored.body).toEqual(want.body);
      expect(stored.tags).toEqual([...want.tags].sort((a, b) => a.localeCompare(b)));
      const original = store.original(2500)!;
      expect(new TextDecoder().decode(original.data)).toBe(clippingText(want));
      expect(stored.original.sha256).toBe(createHash('sha256').update(original.data).digest('hex'));
      expect(store.revision()).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  });
});

describe('near-duplicate keys of clippings stored before keys existed', () => {
  it('are filled once when the archive is opened', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'clipdesk-backfill-'));
    try {
      await generateArchive(dir, { count: 50, seed: 6 });
      const { DatabaseSync } = await import('node:sqlite');
      const db = new DatabaseSync(path.join(dir, 'archive.sqlite'));
      const keys = db.prepare('SELECT id, near_key FROM clippings ORDER BY id').all();
      db.exec("UPDATE clippings SET near_key = NULL; DELETE FROM meta WHERE key = 'near_keys_filled'");
      db.close();
      ArchiveStore.open(dir).close();
      const reopened = new DatabaseSync(path.join(dir, 'archive.sqlite'));
      expect(reopened.prepare('SELECT id, near_key FROM clippings ORDER BY id').all()).toEqual(keys);
      expect(reopened.prepare("SELECT value FROM meta WHERE key = 'near_keys_filled'").get()).toBeTruthy();
      reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
