/**
 * Dossiers read back as a reader would: a real temp archive (the VOA sample and generated
 * clippings), real Chromium, and the PDF opened with pdfjs (text, bookmarks, document info) and
 * poppler (fonts, page images saved under test-results/artifacts/dossier/ for a person to look at).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierSelection, ErrorCode, ExportedFile, Result } from '../../preload/api/index.ts';
import { PROJECT_ROOT } from './location.ts';
import { pdfDocumentInfo, pdfOutline, pdfPageTexts } from './export/pdf-read.ts';
import { printDossier, type DossierContent, type PdfEngine } from './export/index.ts';
import { pdfFonts, pdfInfo, renderPagesPng } from '../test-support/pdf-read-back.ts';
import { generatedClipping } from '../test-support/generated-clippings.ts';
import { openTempArchive, type TempArchive } from '../test-support/temp-archive.ts';

const ARTIFACTS = path.join(PROJECT_ROOT, 'test-results/artifacts/dossier');
const VOA_TITLE = 'US Experts: N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation';
const GENERATED = 10;

let t: TempArchive;
let voaId = 0;
const generatedIds: number[] = [];

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

beforeAll(async () => {
  t = await openTempArchive('clipdesk-dossier-');
  voaId = value(await t.archive.importSample()).id!;
  value(await t.archive.setTags(voaId, ['dprk-russia', 'diplomacy']));
  for (let n = 1; n <= GENERATED; n++) {
    const g = generatedClipping(n);
    const outcome = value(await t.archive.importText(g.text, g.name));
    generatedIds.push(outcome.id!);
    if (n % 3 === 0) value(await t.archive.setTags(outcome.id!, ['dprk-russia']));
  }
}, 60_000);

afterAll(async () => {
  await t?.dispose();
});

/** A page's running header, its number "n / N" and the rest, as pdfjs reads them (the margin boxes first). */
function pageParts(text: string): { header: string; page: number; of: number; body: string } {
  const match = /^(.*?) (\d+) \/ (\d+) (.*)$/.exec(text);
  expect(match, text.slice(0, 120)).not.toBeNull();
  return { header: match![1]!, page: Number(match![2]), of: Number(match![3]), body: match![4]! };
}

/** The page number the contents give for each title: the number printed right after it. */
function tocNumbers(tocText: string, titles: readonly string[]): number[] {
  let at = 0;
  return titles.map((title, n) => {
    const start = tocText.indexOf(`${n + 1}. ${title} `, at);
    expect(start, title).toBeGreaterThan(-1);
    at = start + `${n + 1}. ${title} `.length;
    return Number(/^(\d+)\b/.exec(tocText.slice(at))?.[1]);
  });
}

describe('a dossier of selected clippings, ordered by publication', () => {
  let file: ExportedFile;
  let texts: string[];
  const title = 'Russia and North Korea, 2015';
  // Oldest first: the generated reports go back 3 days each from report 1; the undated sample last.
  const expectedOrder = [...Array.from({ length: GENERATED }, (_, i) => generatedClipping(GENERATED - i).title), VOA_TITLE];

  beforeAll(async () => {
    const ids = [...generatedIds, voaId];
    file = value(
      await t.archive.exportDossier({
        title,
        subtitle: 'What the press said',
        preparedBy: 'Jane Analyst',
        selection: { ids },
        order: 'published',
        highlightQuery: 'envoys',
        paper: 'A4',
      }),
    );
    texts = await pdfPageTexts(file.data);
    await renderPagesPng(file.data, ARTIFACTS, 'selected-a4', [1, 2, 3, texts.length]);
  }, 120_000);

  it('is a named PDF whose page count the viewer and poppler agree on, numbered "n / N" on every page', async () => {
    expect(file.mediaType).toBe('application/pdf');
    expect(file.fileName).toMatch(/^Russia and North Korea, 2015 \(\d{4}-\d{2}-\d{2}\)\.pdf$/);
    const info = await pdfInfo(file.data);
    expect(info.pages).toBe(texts.length);
    expect(info.pages).toBeGreaterThanOrEqual(GENERATED + 1 + 2);
    // The cover has neither running header nor number; every other page has both.
    expect(texts[0]!.startsWith('DOSSIER') || texts[0]!.startsWith('D O S S I E R')).toBe(true);
    expect(texts[0]).not.toMatch(/\d+ \/ \d+/);
    texts.slice(1).forEach((text, i) => expect(pageParts(text)).toMatchObject({ page: i + 2, of: texts.length }));
  });

  it('has a cover with the title, subtitle, source of the selection, date range, count and who prepared it', () => {
    const cover = texts[0]!;
    for (const words of [title, 'What the press said', 'From Selected clippings', 'Clippings 11', 'Prepared by Jane Analyst']) {
      expect(cover).toContain(words);
    }
    // The generated clippings run from 3 to 30 days before 30 June 2015; the VOA sample is undated.
    expect(cover).toContain('Published 31 May 2015 – 27 June 2015 (1 undated)');
  });

  it('lists the clippings oldest first, and each TOC page number is the page where that clipping starts', () => {
    const { header, body: toc } = pageParts(texts[1]!);
    expect(header).toBe(title);
    expect(toc.startsWith('Contents 1. ')).toBe(true);
    let at = 0;
    for (const entry of expectedOrder) {
      const found = toc.indexOf(entry, at);
      expect(found, entry).toBeGreaterThan(at - 1);
      at = found;
    }
    const numbers = tocNumbers(toc, expectedOrder);
    expect(numbers[0]).toBe(3);
    numbers.forEach((page, i) => {
      const { body } = pageParts(texts[page - 1]!);
      // The clipping's mark and its headline at the top of that page, and its title in the running
      // header of each of its pages (the VOA sample's with its source).
      expect(body.startsWith(`CLIPPING ${i + 1} OF ${expectedOrder.length} ${expectedOrder[i]}`), `page ${page}`).toBe(true);
      const last = (numbers[i + 1] ?? texts.length + 1) - 1;
      for (let p = page; p <= last; p++) {
        expect(pageParts(texts[p - 1]!).header).toBe(i === expectedOrder.length - 1 ? `Voice of America — ${VOA_TITLE}` : expectedOrder[i]);
      }
      if (i > 0) expect(page).toBeGreaterThan(numbers[i - 1]!);
    });
  });

  it('has one bookmark per clipping, in order, each opening its first page', async () => {
    const outline = await pdfOutline(file.data);
    const numbers = tocNumbers(pageParts(texts[1]!).body, expectedOrder);
    expect(outline.map((o) => o.title)).toEqual(expectedOrder);
    expect(outline.map((o) => o.page)).toEqual(numbers);
    expect(outline.every((o) => o.children.length === 0)).toBe(true);
  });

  it('keeps each clipping whole: the VOA citation and the author bio are there', () => {
    const all = texts.join(' ');
    expect(all).toContain('Jee Abbey Lee is a veteran broadcast journalist');
    expect(all).toContain('served as the chief Bank of Korea correspondent for Arirang TV.');
    expect(all).toContain(`Source: Voice of America. Jee Abbey Lee. “${VOA_TITLE}”.`);
    expect(all).toMatch(/Clipped on \d{1,2} \w+ \d{4}\./);
    expect(all).toContain('Tags: diplomacy dprk-russia');
    expect(all).toContain('Report 7: envoys discuss trade talks');
  });

  it('sets the document information and embeds its fonts', async () => {
    const info = await pdfDocumentInfo(file.data);
    expect(info).toMatchObject({ Title: title, Author: 'Jane Analyst', Subject: 'What the press said — Selected clippings' });
    expect(String(info.Keywords).split(', ').sort()).toEqual(['diplomacy', 'dprk-russia']);
    // And as poppler reads it.
    expect(await pdfInfo(file.data)).toMatchObject({ title, author: 'Jane Analyst', subject: 'What the press said — Selected clippings' });
    const fonts = await pdfFonts(file.data);
    expect(fonts.filter((f) => !f.embedded || !f.unicode)).toEqual([]);
  });
});

describe('numbering from the text when the engine makes no bookmarks', () => {
  it('still puts the right page numbers in the contents, found by reading each page', async () => {
    // An engine like an Electron without generateDocumentOutline: the same Chromium, bookmarks off.
    const noOutline: PdfEngine = { htmlToPdf: (html, o) => t.pdfEngine.htmlToPdf(html, { ...o, outline: false }), close: async () => undefined };
    const clippings = await Promise.all([voaId, ...generatedIds.slice(0, 4)].map(async (id) => value(await t.archive.get(id))));
    const entries = clippings.map((clipping) => ({ clipping, terms: [] }));
    const content: DossierContent = { title: 'Text numbered', origin: 'Selected clippings', preparedAt: new Date().toISOString(), entries };
    const phases: string[] = [];
    const pdf = await printDossier(noOutline, content, { paper: 'A4' }, { onProgress: (phase, done, total) => phases.push(`${phase} ${done}/${total}`) });
    const texts = await pdfPageTexts(pdf);
    expect(await pdfOutline(pdf)).toEqual([]);
    expect(phases).toContain(`numbering ${texts.length}/${texts.length}`); // every page was read
    const numbers = tocNumbers(pageParts(texts[1]!).body, clippings.map((c) => c.title));
    numbers.forEach((page, i) => {
      const text = pageParts(texts[page - 1]!).body;
      expect(text.startsWith(`CLIPPING ${i + 1} OF 5 ${content.entries[i]!.clipping.title}`), `page ${page}`).toBe(true);
    });
  }, 60_000);
});

describe('dossiers from a tag and from a search', () => {
  it('takes every clipping with the tag, and says so on the cover', async () => {
    const file = value(await t.archive.exportDossier({ title: 'Tagged', selection: { tag: 'dprk-russia' }, order: 'imported', paper: 'Letter' }));
    const texts = await pdfPageTexts(file.data);
    expect(texts[0]).toContain('From Clippings tagged “dprk-russia” Clippings 4');
    expect((await pdfOutline(file.data)).map((o) => o.title)).toEqual([
      VOA_TITLE,
      generatedClipping(3).title,
      generatedClipping(6).title,
      generatedClipping(9).title,
    ]);
    const info = await pdfInfo(file.data);
    expect(Math.round(info.widthPts)).toBe(612);
  }, 60_000);

  it('takes what a search finds, in relevance order when asked for the selected order', async () => {
    const file = value(
      await t.archive.exportDossier({ title: 'Jannuzi', selection: { query: 'Jannuzi' }, order: 'selected', highlightQuery: 'Jannuzi', paper: 'A4', lightInk: true, margins: 'narrow' }),
    );
    const texts = await pdfPageTexts(file.data);
    expect(texts[0]).toContain('From Search “Jannuzi” Clippings 1');
    expect((await pdfOutline(file.data)).map((o) => o.title)).toEqual([VOA_TITLE]);
    await renderPagesPng(file.data, ARTIFACTS, 'search-light-ink-narrow', [3]);
  }, 60_000);
});

describe('dossier errors come back as typed values', () => {
  it.each<[string, DossierSelection, ErrorCode, RegExp]>([
    ['a clipping that does not exist', { ids: [999_999] }, 'not-found', /no clipping 999999/],
    ['a tag nobody used', { tag: 'no-such-tag' }, 'invalid-argument', /tagged “no-such-tag”: no clippings/],
    ['a search that cannot be parsed', { query: 'title:' }, 'query-syntax', /./],
  ])('refuses %s', async (_what, selection, code, message) => {
    const result = await t.archive.exportDossier({ title: 'x', selection, order: 'selected', paper: 'A4' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(message);
    }
  });
});
