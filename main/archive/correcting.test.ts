/**
 * Corrections through the service, on a real temp archive: they override the parser, show in
 * lists, survive a re-parse with the current parser, can be restored, and the index follows.
 */
import { DatabaseSync } from 'node:sqlite';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempArchive, type TempArchive, okValue } from '../test-support/temp-archive.ts';
import { DATABASE_FILE } from './store/store.ts';

const value = okValue;
const PARSED_TITLE = 'US Experts: N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation';

let t: TempArchive;
let id: number;
beforeEach(async () => {
  t = await openTempArchive();
  id = value(await t.archive.importSample()).id!;
});
afterEach(async () => {
  await t.dispose();
});

/** What an archive imported by an older Clipdesk looks like: another title, no understanding stored. */
function ageTheStoredClipping(): void {
  const db = new DatabaseSync(path.join(t.dir, DATABASE_FILE), { timeout: 5000 });
  db.prepare("UPDATE clippings SET title = 'What an older parser said', subtitle = 'old dek' WHERE id = ?").run(id);
  db.prepare('DELETE FROM clipping_details WHERE clipping_id = ?').run(id);
  db.close();
}

describe('understanding stored with the clipping', () => {
  it('returns quotes, entities and date confidence from get()', async () => {
    const clipping = value(await t.archive.get(id));
    expect(clipping.quotes?.find((q) => q.text.startsWith('Choe’s meeting'))?.speaker).toBe('Jannuzi');
    expect(clipping.entities?.people).toContain('Vladimir Putin');
    expect(clipping.entities?.organizations).toContain('Mansfield Foundation');
    expect(clipping).toMatchObject({ dateConfidence: null, updatedAt: null, pullQuotes: [], headings: [], corrections: [] });
  });
});

describe('correctClipping', () => {
  it('overrides title, authors, date and source, marks the date stated, and lists show it', async () => {
    const corrected = value(await t.archive.correctClipping(id, { title: 'Envoy in Moscow', authors: ['Jee Abbey Lee', 'Ann Other'], publishedAt: '2014-11-24', source: 'VOA News' }));
    expect(corrected).toMatchObject({ title: 'Envoy in Moscow', authors: ['Jee Abbey Lee', 'Ann Other'], publishedAt: '2014-11-24', dateConfidence: 'stated', source: 'VOA News' });
    expect(corrected.corrections?.map((c) => c.field).sort()).toEqual(['authors', 'publishedAt', 'source', 'title']);
    expect(corrected.corrections?.find((c) => c.field === 'title')?.original).toBe(PARSED_TITLE);
    expect(value(await t.archive.list({})).items[0]).toMatchObject({ title: 'Envoy in Moscow', source: 'VOA News' });
    expect(value(await t.archive.list({ author: 'Ann Other' })).total).toBe(1);
  });

  it('lets search find the new title word and forget the old one in the title', async () => {
    await t.archive.correctClipping(id, { title: 'Zanzibar envoy report' });
    await t.archive.whenIndexIdle();
    expect(value(await t.archive.search({ text: 'zanzibar' })).hits.map((h) => h.id)).toEqual([id]);
    expect(value(await t.archive.search({ text: 'title:isolation' })).total).toBe(0);
  });

  it('restores the parser value with clearCorrection, and the index follows', async () => {
    await t.archive.correctClipping(id, { title: 'Zanzibar envoy report' });
    const restored = value(await t.archive.clearCorrection(id, 'title'));
    expect(restored.title).toBe(PARSED_TITLE);
    expect(restored.corrections).toEqual([]);
    await t.archive.whenIndexIdle();
    expect(value(await t.archive.search({ text: 'zanzibar' })).total).toBe(0);
  });

  it('refuses an empty title and an unknown clipping', async () => {
    expect(await t.archive.correctClipping(id, { title: '  ' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await t.archive.correctClipping(9999, { title: 'x' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('reparseClipping', () => {
  it('reads the original again with the current parser and keeps the corrections on top', async () => {
    await t.archive.correctClipping(id, { source: 'VOA News' });
    ageTheStoredClipping();
    expect(value(await t.archive.get(id)).quotes).toEqual([]);
    const reparsed = value(await t.archive.reparseClipping(id));
    expect(reparsed.title).toBe(PARSED_TITLE);
    expect(reparsed.subtitle).not.toBe('old dek');
    expect(reparsed.source).toBe('VOA News');
    expect(reparsed.corrections?.find((c) => c.field === 'source')?.original).toBe('Voice of America');
    expect(reparsed.quotes?.length).toBeGreaterThan(3);
    // The correction still restores to what the parser says now.
    expect(value(await t.archive.clearCorrection(id, 'source')).source).toBe('Voice of America');
  });

  it('keeps a corrected title through a re-parse, and search still finds it', async () => {
    await t.archive.correctClipping(id, { title: 'Zanzibar envoy report' });
    const reparsed = value(await t.archive.reparseClipping(id));
    expect(reparsed.title).toBe('Zanzibar envoy report');
    await t.archive.whenIndexIdle();
    expect(value(await t.archive.search({ text: 'zanzibar' })).total).toBe(1);
  });

  it('says when the clipping does not exist', async () => {
    expect(await t.archive.reparseClipping(4242)).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
