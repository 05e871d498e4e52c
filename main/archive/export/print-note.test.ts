/**
 * The person's own note is printed with the clipping, in the single PDF and in a dossier, and
 * reads back from the PDF; a clipping without one prints no empty "Note" heading.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPrintHtml, printDossier, runningHeaderText, type PdfEngine } from './index.ts';
import { createChromiumPdfEngine } from '../../chromium/pdf-engine.ts';
import { pdfText } from '../../test-support/pdf-read-back.ts';
import { voaClipping } from '../../test-support/voa-clipping.ts';

const CHROMIUM = process.env.CLIPDESK_CHROMIUM?.trim() || '/usr/bin/chromium';
const NOTE = 'Ask the Moscow desk about the letter.\n\nCompare with the 2015 visit.';

let engine: PdfEngine;

beforeAll(() => {
  if (!existsSync(CHROMIUM)) throw new Error(`Debian's chromium is missing at ${CHROMIUM}: install it to run the PDF export tests.`);
  engine = createChromiumPdfEngine();
});

afterAll(async () => {
  await engine?.close();
});

function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('the note in the print HTML', () => {
  it('holds each paragraph of the note, escaped', () => {
    const html = buildPrintHtml(voaClipping({ note: 'Check <b>this</b>.\n\nSecond thought.' }), { paper: 'A4' });
    expect(html).toContain('<section class="note">');
    expect(html).toContain('<p>Check &lt;b&gt;this&lt;/b&gt;.</p><p>Second thought.</p>');
  });

  it('leaves the section out when there is no note', () => {
    expect(buildPrintHtml(voaClipping({ note: '  ' }), { paper: 'A4' })).not.toContain('class="note"');
    expect(buildPrintHtml(voaClipping(), { paper: 'A4' })).not.toContain('class="note"');
  });
});

describe('the note read back from PDFs', () => {
  it('is printed in the single-clipping PDF', async () => {
    const clipping = voaClipping({ note: NOTE });
    const pdf = await engine.htmlToPdf(buildPrintHtml(clipping, { paper: 'A4' }), { paper: 'A4', title: clipping.title, headerText: runningHeaderText(clipping) });
    const text = flat(await pdfText(pdf));
    expect(text).toMatch(/NOTE Ask the Moscow desk about the letter\. Compare with the 2015 visit\./i);
  });

  it('is printed in a dossier under its clipping', async () => {
    const first = voaClipping({ id: 1, note: NOTE });
    const second = voaClipping({ id: 2, title: 'A second clipping without a note', note: '' });
    const pdf = await printDossier(
      engine,
      { title: 'Notes dossier', origin: 'Selected clippings', preparedAt: '2026-11-29T08:00:00.000Z', entries: [{ clipping: first, terms: [] }, { clipping: second, terms: [] }] },
      { paper: 'A4' },
    );
    const text = flat(await pdfText(pdf));
    expect(text).toContain('Ask the Moscow desk about the letter.');
    expect(text.match(/Ask the Moscow desk/g)).toHaveLength(1);
  });
});
