/**
 * Page breaks as a reader would judge them, on real PDFs: a photo is never cut in two, a heading is
 * never left alone at the foot of a page, and non-Latin text prints with an embedded font.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clipping, PaperSize } from '../../../preload/api/index.ts';
import { buildPrintHtml, runningHeaderText } from './index.ts';
import { createChromiumPdfEngine } from '../../chromium/pdf-engine.ts';
import type { PdfEngine } from './index.ts';
import { pdfFonts, pdfImagePages, pdfInfo, pdfText, renderPagePng } from '../../test-support/pdf-read-back.ts';
import { VOA_BODY, voaClipping } from '../../test-support/voa-clipping.ts';
import { pngDataUrl } from '../../test-support/png-data-url.ts';

const CHROMIUM = process.env.CLIPDESK_CHROMIUM?.trim() || '/usr/bin/chromium';
let engine: PdfEngine;

beforeAll(() => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Debian's chromium is missing at ${CHROMIUM}: install it (sudo apt-get install chromium) to run the PDF export tests; CI installs it.`,
    );
  }
  engine = createChromiumPdfEngine();
});

afterAll(async () => {
  await engine?.close();
});

async function exportPdf(clipping: Clipping, paper: PaperSize = 'A4'): Promise<Uint8Array> {
  return engine.htmlToPdf(buildPrintHtml(clipping, { paper }), {
    paper,
    title: clipping.title,
    headerText: runningHeaderText(clipping),
  });
}

/** The page (1-based) whose text contains `needle`, or 0. */
async function pageOf(pdf: Uint8Array, pages: number, needle: string): Promise<number> {
  for (let page = 1; page <= pages; page++) if ((await pdfText(pdf, page)).includes(needle)) return page;
  return 0;
}

describe('page breaks', () => {
  it('keeps each photo whole on one page', async () => {
    // Three tall photos (each capped at 110 mm, so no more than two share a page): the layout must
    // move a photo that would not fit to the next page rather than cut it.
    const colours: [number, number, number][] = [[176, 196, 222], [222, 184, 135], [143, 188, 143]];
    const images = colours.map((rgb, i) => ({
      caption: `Photo ${i + 1}: a tall picture that does not fit twice on a page.`,
      credit: 'Test Photo',
      src: pngDataUrl(300, 500, rgb),
    }));
    const pdf = await exportPdf(voaClipping({ images }));
    const imagePages = await pdfImagePages(pdf);
    expect(imagePages).toHaveLength(3); // a photo cut by a page break would be drawn on two pages
    expect(new Set(imagePages).size).toBeGreaterThan(1);
    // And each caption sits on its photo's page.
    const { pages } = await pdfInfo(pdf);
    for (const [i, page] of imagePages.entries()) expect(await pageOf(pdf, pages, `Photo ${i + 1}:`)).toBe(page);
    await renderPagePng(pdf, 'photos-a4-page2', 2);
  });

  it('never leaves the author heading at the foot of a page, whatever the body length', async () => {
    // Growing the body moves the bio down a line at a time, across the first page break.
    const filler = 'A line of filler text that moves the author bio down the page.';
    const SWEEP = 16;
    let straddled = 0;
    for (let extra = 0; extra < SWEEP; extra++) {
      const body = [...VOA_BODY, ...Array.from({ length: extra }, () => filler)];
      const pdf = await exportPdf(voaClipping({ body }), 'Letter');
      const { pages } = await pdfInfo(pdf);
      const heading = await pageOf(pdf, pages, 'ABOUT THE AUTHOR');
      const lastBioLine = await pageOf(pdf, pages, 'correspondent for Arirang TV.');
      expect(heading).toBeGreaterThan(0);
      expect(lastBioLine).toBe(heading);
      if (heading > 1) straddled++;
    }
    // The sweep must actually have pushed the bio past the first page break, or it tested nothing.
    expect(straddled).toBeGreaterThan(0);
    expect(straddled).toBeLessThan(SWEEP);
  });
});

describe('non-Latin clippings', () => {
  it('prints Chinese text with an embedded CJK font, as selectable text', async () => {
    const clipping = voaClipping({
      title: '美国专家：朝鲜特使访俄意在缓解外交孤立',
      language: 'zh',
      body: ['朝鲜劳动党高级官员崔龙海周一结束了为期一周的俄罗斯之行。', ...VOA_BODY.slice(0, 2)],
    });
    const pdf = await exportPdf(clipping);
    const text = await pdfText(pdf);
    expect(text).toContain('美国专家：朝鲜特使访俄意在缓解外交孤立');
    expect(text).toContain('朝鲜劳动党高级官员崔龙海周一结束了为期一周的俄罗斯之行。');
    // Skia writes Noto CJK (CFF outlines in a font collection) as unnamed Type 3 fonts, not as CID
    // fonts: still embedded, and with Unicode maps, so the text stays selectable and searchable.
    const fonts = await pdfFonts(pdf);
    expect(fonts.some((f) => !/DejaVu|Liberation/.test(f.name))).toBe(true);
    expect(fonts.filter((f) => !f.embedded || !f.unicode)).toEqual([]);
    await renderPagePng(pdf, 'cjk-a4-page1');
  });
});
