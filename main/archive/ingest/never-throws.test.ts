import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IngestError, parseClippingFile, parseHtmlClipping, parseTextClipping } from './index.ts';

const lineish = fc.array(
  fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom('', 'Share', 'By JANE DOE and John Smith Jan. 3, 2020', '16x9 Image', 'Jee Abbey Lee', '© 2020 The Times', '<p>', '(AP Photo/X)'),
    fc.lorem({ maxCount: 40, mode: 'sentences' }),
  ),
  { maxLength: 40 },
);

function isWellFormed(clipping: ReturnType<typeof parseTextClipping>): boolean {
  return typeof clipping.title === 'string' && Array.isArray(clipping.body) && clipping.body.every((p) => typeof p === 'string' && p.trim() === p && p !== '')
    && Array.isArray(clipping.authors) && Array.isArray(clipping.images);
}

describe('the parsers never throw', () => {
  it('parseTextClipping on arbitrary text', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), lineish.map((lines) => lines.join('\n'))), (text) => {
      expect(isWellFormed(parseTextClipping(text))).toBe(true);
    }), { numRuns: 300 });
  });

  it('parseHtmlClipping on arbitrary HTML and addresses', () => {
    const tag = fc.constantFrom('p', 'div', 'article', 'figure', 'figcaption', 'h1', 'h2', 'li', 'ul', 'script', 'meta', 'time', 'title', 'br', 'img');
    const element = fc.tuple(tag, lineish).map(([name, lines]) => `<${name}>${lines.join(' ')}</${name}>`);
    const html = fc.oneof(fc.string({ unit: 'binary' }), fc.array(element, { maxLength: 12 }).map((parts) => `<html><body>${parts.join('')}</body></html>`));
    fc.assert(fc.property(html, fc.option(fc.oneof(fc.webUrl(), fc.string())), (page, url) => {
      expect(isWellFormed(parseHtmlClipping(page, url ?? undefined))).toBe(true);
    }), { numRuns: 60 });
  });

  it('parseClippingFile either parses or throws an IngestError naming the file, for any bytes and name', () => {
    const name = fc.constantFrom('a.txt', 'b.html', 'c.mhtml', 'd.mht', 'e', 'f.htm', 'g.pdf');
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      lineish.map((lines) => new TextEncoder().encode(lines.join('\n'))),
      fc.string().map((text) => new TextEncoder().encode(`MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n${text}`)),
    );
    fc.assert(fc.property(name, bytes, (fileName, data) => {
      try {
        const clipping = parseClippingFile(fileName, data);
        expect(clipping.body.length).toBeGreaterThan(0);
      } catch (error) {
        expect(error).toBeInstanceOf(IngestError);
        expect((error as IngestError).file).toBe(fileName);
        expect((error as IngestError).message).toContain(`"${fileName}"`);
      }
    }), { numRuns: 80 });
  });
});
