import { describe, expect, it } from 'vitest';
import { IngestError, mediaTypeOf, parseClippingFile } from './index.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const article = [
  'Council Approves Harbour Plan',
  '',
  'The council approved the long-debated harbour plan on Monday after a three-hour meeting, ending a decade of argument.',
  '',
  'Residents who had campaigned for the plan said the decision would bring jobs and a cleaner waterfront to the town.',
].join('\n');

function failure(name: string, data: Uint8Array): IngestError {
  try {
    parseClippingFile(name, data);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error(`${name} was parsed`);
}

describe('parseClippingFile', () => {
  it('parses a text file', () => {
    const clipping = parseClippingFile('harbour.txt', utf8(article));
    expect(clipping.title).toBe('Council Approves Harbour Plan');
    expect(clipping.body).toHaveLength(2);
  });

  it('rejects an empty file, naming it', () => {
    const error = failure('empty.txt', new Uint8Array());
    expect(error.code).toBe('parse-failed');
    expect(error.file).toBe('empty.txt');
    expect(error.message).toBe('"empty.txt" is empty: there is no text to import.');
    expect(failure('blank.txt', utf8(' \n\t\n')).message).toBe('"blank.txt" is empty: there is no text to import.');
  });

  it('rejects binary files, saying what they look like', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(failure('photo.png', png).message).toBe('"photo.png" is not a text or web page file (it looks like a PNG image).');
    const noise = Uint8Array.from({ length: 512 }, (_, i) => (i * 7) % 256);
    const error = failure('photo.txt', noise);
    expect(error.code).toBe('unsupported-file');
    expect(error.message).toBe('"photo.txt" is not a text or web page file (it looks like binary data).');
  });

  it('rejects files over 50 MB before reading them', () => {
    const big = new Uint8Array(50 * 1024 * 1024 + 1).fill(0x61);
    const error = failure('huge.html', big);
    expect(error.code).toBe('unsupported-file');
    expect(error.message).toMatch(/^"huge\.html" is 50\.0 MB, more than the 50 MB Clipdesk reads/);
  });

  it('rejects text with no recognisable article', () => {
    const error = failure('menu.txt', utf8('Home\nNews\nShare\nPrint\nSubscribe'));
    expect(error.code).toBe('parse-failed');
    expect(error.message).toBe('"menu.txt" has no recognisable article text.');
  });

  it('reads Latin-1 text and a UTF-8 page that declares gb2312', () => {
    const latin1 = Uint8Array.from([...'Café Society Opens\n\nThe café on the square reopened on Monday with a new menu, new chairs, and the old owner back behind the counter.'].map((c) => c.charCodeAt(0)));
    const clipping = parseClippingFile('cafe.txt', latin1);
    expect(clipping.title).toBe('Café Society Opens');
    expect(clipping.body[0]).toContain('The café on the square');
    const page = `<html><head><meta charset="gb2312"><title>Überraschung in Köln</title></head><body><article><p>${'Die Überraschung in Köln war groß, als der Rat am Montag den neuen Plan für den Hafen vorstellte. '.repeat(4)}</p></article></body></html>`;
    const fromPage = parseClippingFile('koeln.html', utf8(page));
    expect(fromPage.title).toBe('Überraschung in Köln');
    expect(fromPage.body[0]).toContain('Die Überraschung in Köln');
  });

  it('honours a byte-order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(article)]);
    expect(parseClippingFile('bom.txt', withBom).title).toBe('Council Approves Harbour Plan');
  });
});

describe('mediaTypeOf', () => {
  it('goes by extension, then by content', () => {
    expect(mediaTypeOf('a.TXT', utf8('<html>'))).toBe('text/plain');
    expect(mediaTypeOf('a.htm', utf8('hello'))).toBe('text/html');
    expect(mediaTypeOf('a.mht', utf8('hello'))).toBe('multipart/related');
    expect(mediaTypeOf('pasted', utf8('  <!DOCTYPE html><html></html>'))).toBe('text/html');
    expect(mediaTypeOf('saved', utf8('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n'))).toBe('multipart/related');
    expect(mediaTypeOf('note', utf8('Just some words'))).toBe('text/plain');
  });
});
