/**
 * The parts of a dossier and the other exports, each on its own: the print HTML (escaping, marks,
 * numbers), finding clippings in page texts, the PDF document information update, Markdown escaping
 * and file names.
 */
import { describe, expect, it } from 'vitest';
import { buildDossierHtml, dateRange, dossierKeywords, type DossierContent } from './dossier-html.ts';
import { highlighter } from './highlight.ts';
import { findMarkerPages, pdfDocumentInfo, pdfPageTexts } from './pdf-read.ts';
import { withPdfInfo } from './pdf-info.ts';
import { clippingMarkdown, escapeMarkdown } from './markdown.ts';
import { collectionFileName, uniqueFileNames } from './file-name.ts';
import { createChromiumPdfEngine } from '../../chromium/pdf-engine.ts';
import { cssString, dossierPageRules } from './dossier-css.ts';
import { voaClipping } from '../../test-support/voa-clipping.ts';

function content(overrides: Partial<DossierContent> = {}): DossierContent {
  return {
    title: 'Dossier <b>bold</b>',
    origin: 'Search “envoy”',
    preparedAt: '2026-11-29T06:00:00.000Z',
    entries: [
      { clipping: voaClipping({ id: 1, title: 'First <script>x</script>' }), terms: ['envoy'] },
      { clipping: voaClipping({ id: 2, title: 'Second', publishedAt: '2015-01-02', tags: ['korea', 'diplomacy'] }), terms: [] },
    ],
    ...overrides,
  };
}

describe('the dossier print HTML', () => {
  it('escapes every piece of clipping and dossier text', () => {
    const html = buildDossierHtml(content(), { paper: 'A4' }, null);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('<title>Dossier &lt;b&gt;bold&lt;/b&gt;</title>');
    expect(html).toContain('First &lt;script&gt;x&lt;/script&gt;');
  });

  it('marks the search terms in the clipping that matched them, and only there', () => {
    const html = buildDossierHtml(content(), { paper: 'A4' }, null);
    const [first, second] = html.split('<article').slice(1);
    expect(first).toContain('North Korea&#39;s special <mark>envoy</mark> Choe Ryong Hae'); // the caption
    expect(first).toContain('special <mark>envoy</mark> to Russia');
    expect(second).not.toContain('<mark>');
  });

  it('numbers the contents only on the second pass, with each clipping marked and anchored', () => {
    const unnumbered = buildDossierHtml(content(), { paper: 'A4' }, null);
    expect(unnumbered).toContain('<span class="page"></span>');
    const numbered = buildDossierHtml(content(), { paper: 'Letter' }, [3, 5]);
    expect(numbered).toContain('href="#clipping-2"');
    expect(numbered).toMatch(/First &lt;script&gt;x&lt;\/script&gt;<\/span>.*<span class="page">3<\/span>/);
    expect(numbered).toMatch(/>Second<\/span>.*<span class="page">5<\/span>/);
    expect(numbered).toContain('<article id="clipping-2">');
    expect(numbered).toContain('<p class="kicker">Clipping 2 of 2</p>');
    // No heading but the clippings' titles, so the bookmarks list only clippings.
    expect(numbered.match(/<h\d/g)).toEqual(['<h1', '<h1']);
  });

  it('gives the date range of the dated clippings and counts the undated', () => {
    const dated = (d: string | null) => voaClipping({ publishedAt: d });
    expect(dateRange([dated('2015-03-01'), dated('2014-11-24T10:00:00Z'), dated(null)])).toBe('24 November 2014 – 1 March 2015 (1 undated)');
    expect(dateRange([dated('2015-03-01')])).toBe('1 March 2015');
    expect(dateRange([dated(null)])).toBeNull();
  });

  it('takes its keywords from the tags, most used first', () => {
    expect(dossierKeywords(content().entries)).toEqual(['diplomacy', 'dprk-russia', 'korea']);
  });
});

describe('the dossier page rules', () => {
  it('writes header text as CSS strings nothing can break out of', () => {
    expect(cssString('Voice of America — Title')).toBe('"Voice of America — Title"');
    const hostile = cssString('a"b\\c</style><script>x</script>\n');
    expect(hostile.slice(1, -1)).not.toMatch(/["<>\n]/);
  });

  it('gives each clipping a named page with its own header, and the cover none', () => {
    const rules = dossierPageRules('Dossier', ['VOA — One', 'Two'], { paper: 'A4' });
    expect(rules).toContain('@page dossier-cover { @top-left { content: none; } @bottom-center { content: none; } }');
    expect(rules).toContain('@page clipping-2 { @top-left { content: "Two";');
    expect(rules).toContain('#clipping-1 { page: clipping-1; }');
    expect(rules).toContain('content: counter(page) " / " counter(pages)');
  });
});

describe('highlighter', () => {
  it('marks words as the index stems them and escapes the rest', () => {
    expect(highlighter(['meet'])('<Meetings>, a meeting & meet-ups')).toBe('&lt;<mark>Meetings</mark>&gt;, a <mark>meeting</mark> &amp; <mark>meet</mark>-ups');
    expect(highlighter([])('a < b')).toBe('a &lt; b');
  });
});

describe('findMarkerPages', () => {
  const pages = ['Cover', 'Contents 1. A 3 2. B 4', 'CLIPPING 1 OF 12 A text', 'CLIPPING 2 OF 12 B', 'more of B', 'CLIPPING 11 OF 12 K', 'CLIPPING 12 OF 12 L'];
  it('finds each mark from the given page on, whatever the case and spacing', () => {
    expect(findMarkerPages(pages, ['Clipping 1 of 12', 'Clipping 2 of 12', 'Clipping 11 of 12', 'Clipping 12 of 12'], 3)).toEqual([3, 4, 6, 7]);
    expect(findMarkerPages(['x CLIPPING 1 OF 1 y'], ['Clipping  1 of 1'])).toEqual([1]);
  });
  it('finds a mark after a page number and before a title that starts with a digit', () => {
    expect(findMarkerPages(['Header 3 / 12 CLIPPING 1 OF 1 2015 in review'], ['Clipping 1 of 1'])).toEqual([1]);
    expect(() => findMarkerPages(['CLIPPING 1 OF 12 Title'], ['Clipping 1 of 1'])).toThrow(/not found/);
  });

  it('does not take "Clipping 1 of 12" for "Clipping 11 of 12"', () => {
    expect(() => findMarkerPages(pages.slice(5), ['Clipping 1 of 12'])).toThrow(/"Clipping 1 of 12" was not found/);
  });
});

describe('withPdfInfo', () => {
  it('sets Title, Author, Subject and Keywords in any script, and the pages stay readable', async () => {
    const engine = createChromiumPdfEngine();
    try {
      const pdf = await engine.htmlToPdf('<!DOCTYPE html><title>Old</title><p>Page text</p>', { paper: 'A4', title: 'Old' });
      const updated = withPdfInfo(pdf, { title: '朝鲜 (North) Korea', author: 'Zoë Ölmez', subject: 'Tagged “dprk”', keywords: ['a', 'b\nc'] });
      expect(Buffer.from(updated.subarray(0, pdf.length)).equals(Buffer.from(pdf))).toBe(true); // appended, not rewritten
      expect(await pdfDocumentInfo(updated)).toMatchObject({ Title: '朝鲜 (North) Korea', Author: 'Zoë Ölmez', Subject: 'Tagged “dprk”', Keywords: 'a, b c', Creator: 'Clipdesk' });
      expect((await pdfPageTexts(updated))[0]).toContain('Page text');
    } finally {
      await engine.close();
    }
  });

  it('leaves bytes it does not understand alone', () => {
    const notPdf = new TextEncoder().encode('not a pdf at all');
    expect(withPdfInfo(notPdf, { title: 'x' })).toBe(notPdf);
  });
});

describe('Markdown', () => {
  it('escapes what would become markup, so clipping text reads the same', () => {
    expect(escapeMarkdown('# Not a heading')).toBe('\\# Not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('- not an item')).toBe('\\- not an item');
    expect(escapeMarkdown('a *b* <img src=x onerror=alert(1)> [l](javascript:x)')).toBe('a \\*b\\* \\<img src=x onerror=alert(1)\\> \\[l\\](javascript:x)');
    expect(escapeMarkdown('#hashtag stays')).toBe('#hashtag stays');
  });

  it('puts every field in the front matter as YAML that cannot be broken out of', () => {
    const md = clippingMarkdown(voaClipping({ title: 'Quote " and\nnew: line', url: 'javascript:alert(1)' }));
    expect(md.startsWith('---\ntitle: "Quote \\" and\\nnew: line"\n')).toBe(true);
    expect(md).toContain('url: "javascript:alert(1)"');
    expect(md).not.toContain('<javascript:');
    expect(md).toContain('Source: Voice of America. Jee Abbey Lee. “Quote " and new: line”. 24 November 2014. javascript:alert(1)');
    expect(clippingMarkdown(voaClipping())).toContain(' <https://www.voanews.com/a/north-korean-envoy-russia/2530425.html>');
  });
});

describe('file names of exports', () => {
  it('names a collection by its title and day', () => {
    expect(collectionFileName('Korea / Russia: 2015?', '2026-11-29T06:00:00Z', 'pdf')).toBe('Korea - Russia- 2015- (2026-11-29).pdf');
    expect(collectionFileName('  ', '2026-11-29T06:00:00Z', 'md')).toBe('Clippings (2026-11-29).md');
  });
  it('makes names unique within one export, ignoring case', () => {
    expect(uniqueFileNames(['A.md', 'a.md', 'B.md', 'A.md'])).toEqual(['A.md', 'a (2).md', 'B.md', 'A (3).md']);
  });
});
