/**
 * The export service on a real temp archive: progress and cancelling of a long dossier (and the
 * event loop kept free meanwhile), Markdown and JSON exports, the single-clipping PDF's document
 * information and margins, and the order of clippings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clipping, ExportProgress, Result } from '../../preload/api/index.ts';
import { orderClippings } from './exporting.ts';
import { pdfDocumentInfo, pdfPageTexts } from './export/pdf-read.ts';
import { pdfInfo } from '../test-support/pdf-read-back.ts';
import { VOA_BODY, voaClipping } from '../test-support/voa-clipping.ts';
import { generatedClipping } from '../test-support/generated-clippings.ts';
import { openTempArchive, type TempArchive } from '../test-support/temp-archive.ts';

const COUNT = 40;
let t: TempArchive;
let voaId = 0;
const ids: number[] = [];

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

beforeAll(async () => {
  t = await openTempArchive('clipdesk-exporting-');
  voaId = value(await t.archive.importSample()).id!;
  value(await t.archive.setTags(voaId, ['dprk-russia']));
  for (let n = 1; n <= COUNT; n++) {
    const g = generatedClipping(n);
    ids.push(value(await t.archive.importText(g.text, g.name)).id!);
  }
}, 60_000);

afterAll(async () => {
  await t?.dispose();
});

describe('a long dossier', () => {
  it('reports each phase in order under its job id, ends with done, and never holds the event loop long', async () => {
    // Warm up: the first PDF read loads pdfjs's optional canvas binding, once per process.
    await pdfPageTexts(value(await t.archive.exportPdf(voaId)).data);
    const events: ExportProgress[] = [];
    const off = t.archive.on('exportProgress', (p) => events.push(p));
    // A timer that should fire every 5 ms: the longest gap between its runs is the longest stall.
    let last = performance.now();
    let longest = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    try {
      const file = value(await t.archive.exportDossier({ title: 'Forty', selection: { ids }, order: 'imported', paper: 'A4', jobId: 'job-forty' }));
      const texts = await pdfPageTexts(file.data);
      expect(texts.length).toBeGreaterThan(COUNT + 2);
    } finally {
      clearInterval(timer);
      off();
    }
    expect(events.every((e) => e.jobId === 'job-forty')).toBe(true);
    const phases = events.map((e) => e.phase).filter((p, i, all) => p !== all[i - 1]);
    expect(phases).toEqual(['gathering', 'layout', 'numbering', 'printing', 'done']);
    expect(events.find((e) => e.phase === 'gathering' && e.done === COUNT)?.total).toBe(COUNT);
    const numbering = events.filter((e) => e.phase === 'numbering');
    expect(numbering.at(-1)!.done).toBe(numbering.at(-1)!.total);
    // Alone, the longest stall measured is about 150 ms (Playwright decoding the printed PDF, pdfjs
    // parsing the first page's fonts); other test files printing at the same time stretch it. Reading
    // 100 pages back without yielding would hold the loop for a second or more.
    expect(longest, `the event loop stalled for ${Math.round(longest)} ms`).toBeLessThan(1000);
  }, 120_000);

  it('can be cancelled while it prints, and then says so', async () => {
    const off = t.archive.on('exportProgress', (p) => {
      if (p.jobId === 'job-cancel' && p.phase === 'layout' && p.done === 0) void t.archive.cancelExport('job-cancel');
    });
    try {
      const started = Date.now();
      const result = await t.archive.exportDossier({ title: 'Cancelled', selection: { ids }, order: 'selected', paper: 'A4', jobId: 'job-cancel' });
      expect(result).toMatchObject({ ok: false, error: { code: 'cancelled', message: 'The export of the dossier “Cancelled” was cancelled.' } });
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      off();
    }
    // Nothing runs under that id any more, and the engine still works for the next export.
    expect(value(await t.archive.cancelExport('job-cancel'))).toEqual({ jobId: 'job-cancel', cancelled: false });
    const next = value(await t.archive.exportDossier({ title: 'After', selection: { ids: ids.slice(0, 2) }, order: 'selected', paper: 'A4' }));
    expect((await pdfPageTexts(next.data))[0]).toContain('After');
  }, 120_000);

  it('refuses a second job under a job id that is running', async () => {
    const first = t.archive.exportDossier({ title: 'One', selection: { ids: ids.slice(0, 3) }, order: 'selected', paper: 'A4', jobId: 'same' });
    const second = await t.archive.exportDossier({ title: 'Two', selection: { ids: ids.slice(0, 3) }, order: 'selected', paper: 'A4', jobId: 'same' });
    expect(second).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('already running') } });
    expect((await first).ok).toBe(true);
  }, 60_000);
});

describe('Markdown and JSON', () => {
  it('writes one Markdown file per clipping with YAML front matter', async () => {
    const files = value(await t.archive.exportMarkdown([voaId, ids[0]!], { mode: 'files' }));
    // The sample states no date, so its name carries the day it was imported.
    expect(files[0]!.fileName).toMatch(/^Voice of America - US Experts- N\. Korean Envoy Sent to Russia to Ease Diplomatic Isolation \(\d{4}-\d{2}-\d{2}\)\.md$/);
    expect(files[1]!.fileName).toBe('Report 1- envoys discuss the border crossing (2015-06-27).md');
    const voa = new TextDecoder().decode(files[0]!.data);
    expect(files[0]!.mediaType).toBe('text/markdown; charset=utf-8');
    expect(voa.startsWith('---\ntitle: "US Experts: N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation"\nauthors: ["Jee Abbey Lee"]\nsource: "Voice of America"\n')).toBe(true);
    expect(voa).toContain('\ntags: ["dprk-russia"]\nlanguage: "en"\n');
    expect(voa).toContain('\n# US Experts: N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation\n');
    expect(voa).toContain('\n## About the author: Jee Abbey Lee\n');
    expect(voa).toContain('Source: Voice of America. Jee Abbey Lee.');
    const report = new TextDecoder().decode(files[1]!.data);
    expect(report).toContain('publishedAt: "2015-06-27"');
  });

  it('writes one Markdown file for many, each clipping under its own heading', async () => {
    const [file, ...rest] = value(await t.archive.exportMarkdown(ids.slice(0, 3), { mode: 'single', title: 'Three reports' }));
    expect(rest).toEqual([]);
    expect(file!.fileName).toMatch(/^Three reports \(\d{4}-\d{2}-\d{2}\)\.md$/);
    const text = new TextDecoder().decode(file!.data);
    expect(text).toMatch(/^---\ntitle: "Three reports"\nexportedAt: "[^"]+"\ncount: 3\n/);
    for (const n of [1, 2, 3]) expect(text).toContain(`\n## ${generatedClipping(n).title}\n`);
  });

  it('writes JSON with the clippings exactly as the contract has them', async () => {
    const file = value(await t.archive.exportJson([voaId, ids[1]!]));
    expect(file.mediaType).toBe('application/json');
    const doc = JSON.parse(new TextDecoder().decode(file.data)) as { format: string; version: number; count: number; clippings: Clipping[] };
    expect(doc).toMatchObject({ format: 'clipdesk-clippings', version: 1, count: 2 });
    expect(doc.clippings).toEqual([value(await t.archive.get(voaId)), value(await t.archive.get(ids[1]!))]);
  });

  it('names the clippings that do not exist', async () => {
    expect(await t.archive.exportJson([voaId, 424242])).toMatchObject({ ok: false, error: { code: 'not-found', message: 'There is no clipping 424242 in this archive.' } });
    expect(await t.archive.exportMarkdown([424243], { mode: 'files' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('one clipping as PDF', () => {
  it('carries its authors, source and tags in the document information', async () => {
    const file = value(await t.archive.exportPdf(voaId));
    expect(await pdfDocumentInfo(file.data)).toMatchObject({
      Title: 'US Experts: N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation',
      Author: 'Jee Abbey Lee',
      Subject: 'Voice of America',
      Keywords: 'dprk-russia',
    });
  });

  it('fits more on a page with narrow margins than with wide ones', async () => {
    const long = ids[COUNT - 2]!; // the longest generated clippings run to several pages
    const narrow = await pdfInfo(value(await t.archive.exportPdf(long, { margins: 'narrow' })).data);
    const normal = await pdfInfo(value(await t.archive.exportPdf(long, { margins: 'normal' })).data);
    const wide = await pdfInfo(value(await t.archive.exportPdf(long, { margins: 'wide', lightInk: true })).data);
    expect(narrow.pages).toBeLessThanOrEqual(normal.pages);
    expect(normal.pages).toBeLessThan(wide.pages);
  });
});

describe('orderClippings', () => {
  const make = (id: number, publishedAt: string | null, importedAt: string): Clipping =>
    voaClipping({ id, publishedAt, importedAt, body: VOA_BODY.slice(0, 1) });
  const a = make(1, '2015-03-01', '2026-01-03T00:00:00Z');
  const b = make(2, null, '2026-01-01T00:00:00Z');
  const c = make(3, '2014-12-31T23:00:00-05:00', '2026-01-02T00:00:00Z');
  const d = make(4, '2015-03-01', '2026-01-01T00:00:00Z');

  it('puts the oldest publication first, undated last, ties by import', () => {
    expect(orderClippings([a, b, c, d], 'published').map((x) => x.id)).toEqual([3, 4, 1, 2]);
  });
  it('orders by import, oldest first', () => {
    expect(orderClippings([a, b, c, d], 'imported').map((x) => x.id)).toEqual([2, 4, 3, 1]);
  });
  it('keeps the selection as given', () => {
    expect(orderClippings([c, a, d, b], 'selected').map((x) => x.id)).toEqual([3, 1, 4, 2]);
  });
});
