/**
 * One clipping, all the way to a real PDF through Debian's Chromium, read back with poppler.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clipping, PaperSize } from '../../../preload/api/index.ts';
import { buildPrintHtml, runningHeaderText } from './index.ts';
import { createChromiumPdfEngine } from '../../chromium/pdf-engine.ts';
import type { PdfEngine } from './index.ts';
import { pdfFonts, pdfInfo, pdfText, renderPagePng } from '../../test-support/pdf-read-back.ts';
import { VOA_BODY, voaClipping } from '../../test-support/voa-clipping.ts';

const CHROMIUM = process.env.CLIPDESK_CHROMIUM?.trim() || '/usr/bin/chromium';

// Chromium lays pages out in whole CSS pixels, so its A4 is 594.96 x 841.92 pt; ISO A4 is
// 595.28 x 841.89. Half a point is far below any other paper size's difference.
const PAPER_PTS: Record<PaperSize, [number, number]> = { A4: [595.28, 841.89], Letter: [612, 792] };
const TOLERANCE_PTS = 0.5;

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

async function exportPdf(clipping: Clipping, paper: PaperSize): Promise<Uint8Array> {
  const html = buildPrintHtml(clipping, { paper });
  return engine.htmlToPdf(html, { paper, title: clipping.title, headerText: runningHeaderText(clipping) });
}

describe.each(['A4', 'Letter'] as const)('the VOA clipping as a %s PDF', (paper) => {
  let pdf: Uint8Array;
  let text: string;

  beforeAll(async () => {
    pdf = await exportPdf(voaClipping(), paper);
    text = await pdfText(pdf);
    await renderPagePng(pdf, `voa-${paper.toLowerCase()}-page1`);
  });

  it('is a PDF of the chosen paper size', async () => {
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const info = await pdfInfo(pdf);
    const [width, height] = PAPER_PTS[paper];
    expect(Math.abs(info.widthPts - width)).toBeLessThan(TOLERANCE_PTS);
    expect(Math.abs(info.heightPts - height)).toBeLessThan(TOLERANCE_PTS);
    expect(info.title).toBe('US Experts: N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation');
  });

  it('has the headline, byline, source, date and caption with its credit', () => {
    expect(text).toContain('US Experts: N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation');
    expect(text).toContain('By Jee Abbey Lee');
    expect(text).toContain('Voice of America · 24 November 2014');
    expect(text).toContain(
      "Russian Foreign Minister Sergey Lavrov, right, welcomes North Korea's special envoy Choe Ryong Hae during their meeting in Moscow, Russia, Nov. 20, 2014.",
    );
    expect(text).toContain('AP PHOTO'); // the credit, set in capitals
  });

  it('has the body in order, then the bio, tags and the source line', () => {
    const first = text.indexOf('U.S. experts say North Korea’s recent dispatch');
    const last = text.indexOf('This report was produced in collaboration with the VOA Korean service.');
    const bio = text.indexOf('Jee Abbey Lee is a veteran broadcast journalist');
    const bio2 = text.indexOf('served as the chief Bank of Korea correspondent for Arirang TV.');
    const tags = text.indexOf('Tags: dprk-russia diplomacy');
    const source = text.indexOf(
      'Source: Voice of America. Jee Abbey Lee. “US Experts: N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation”. 24 November 2014.',
    );
    const url = text.indexOf('https://www.voanews.com/a/north-korean-envoy-russia/2530425.html');
    const clipped = text.indexOf('Clipped on 29 November 2026.');
    for (const position of [first, last, bio, bio2, tags, source, url, clipped]) expect(position).toBeGreaterThan(-1);
    expect(first).toBeLessThan(last);
    expect(last).toBeLessThan(bio);
    expect(bio).toBeLessThan(bio2);
    expect(bio2).toBeLessThan(tags);
    expect(tags).toBeLessThan(source);
    expect(source).toBeLessThan(url);
    expect(url).toBeLessThan(clipped);
    expect(text).toContain('ABOUT THE AUTHOR Jee Abbey Lee');
  });

  it('has the running header and page numbers', async () => {
    const page1 = await pdfText(pdf, 1);
    expect(page1.startsWith('Voice of America — US Experts: N. Korean Envoy Sent to Russia')).toBe(true);
    expect(page1).toMatch(/1 ?\/ ?1$/);
  });

  it('embeds every font, with Unicode maps so the text is selectable', async () => {
    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded || !f.unicode)).toEqual([]);
    expect(fonts.some((f) => /DejaVuSerif|LiberationSerif|NotoSerif/.test(f.name))).toBe(true);
  });
});

describe('a long clipping', () => {
  it('numbers its pages and repeats the running header on each', async () => {
    const body = Array.from({ length: 8 }, (_, round) => VOA_BODY.map((p) => `${p} (Part ${round + 1}.)`)).flat();
    const pdf = await exportPdf(voaClipping({ body }), 'A4');
    const { pages } = await pdfInfo(pdf);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      const text = await pdfText(pdf, page);
      expect(text.startsWith('Voice of America — US Experts')).toBe(true);
      expect(text).toMatch(new RegExp(`${page} ?/ ?${pages}$`));
    }
    await renderPagePng(pdf, 'voa-long-a4-page2', 2);
  });
});

describe('untrusted clipping text', () => {
  it('prints markup in a title or paragraph as text, never as markup', async () => {
    const clipping = voaClipping({
      title: 'Breaking <script>alert("x")</script> news',
      body: ['Look: <img src=http://127.0.0.1:9/x.png> and <b>bold</b> & more.'],
      authors: ['<i>Mallory</i>'],
    });
    const text = await pdfText(await exportPdf(clipping, 'A4'));
    expect(text).toContain('Breaking <script>alert("x")</script> news');
    expect(text).toContain('Look: <img src=http://127.0.0.1:9/x.png> and <b>bold</b> & more.');
    expect(text).toContain('By <i>Mallory</i>');
  });

  it('leaves the date out when it is unknown and the source line still says when it was clipped', async () => {
    const clipping = voaClipping({ publishedAt: null, source: null, url: null, tags: [] });
    const text = await pdfText(await exportPdf(clipping, 'Letter'));
    expect(text).not.toContain('24 November 2014');
    expect(text).not.toContain('Voice of America ·');
    expect(text.startsWith('US Experts: N. Korean Envoy')).toBe(true); // the running header is the title alone
    expect(text).not.toContain('Tags:');
    expect(text).toContain('Source: Jee Abbey Lee. “US Experts');
    expect(text).toContain('Clipped on 29 November 2026.');
  });
});
