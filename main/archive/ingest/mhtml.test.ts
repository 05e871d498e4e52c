import { describe, expect, it } from 'vitest';
import { parseClippingFile } from './index.ts';

const sentence = 'The lighthouse on the northern cape was relit on Saturday after a restoration that took volunteers six years to finish.';

/** What Chromium's "Save as single file" writes: the page as quoted-printable, then its resources. */
function mhtmlFixture(): string {
  const html = `<!DOCTYPE html><html lang=3D"en"><head><meta charset=3D"utf-8"><title>Lighthouse relit</title>
<meta property=3D"og:site_name" content=3D"Cape Gazette"></head><body><article><h1>Lighthouse relit</h1>
<p>${sentence} Caf=C3=A9 owners nearby stayed open late.</p>
<p>${sentence.replace('Saturday', 'Sunday')} A very long line that the encoder had to fold =
across two lines of the file.</p>
<p>${sentence}</p></article></body></html>`;
  return [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://capegazette.example/news/lighthouse',
    'Subject: Lighthouse relit',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    '\tboundary="----MultipartBoundary--abc123----"',
    '',
    '',
    '------MultipartBoundary--abc123----',
    'Content-Type: text/html',
    'Content-ID: <frame-1@mhtml.blink>',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://capegazette.example/news/lighthouse',
    '',
    html,
    '',
    '------MultipartBoundary--abc123----',
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    'Content-Location: https://capegazette.example/logo.png',
    '',
    'iVBORw0KGgo=',
    '',
    '------MultipartBoundary--abc123------',
    '',
  ].join('\r\n');
}

describe('MHTML files', () => {
  it('decodes the quoted-printable page and uses its Content-Location as the address', () => {
    const clipping = parseClippingFile('lighthouse.mhtml', new TextEncoder().encode(mhtmlFixture()));
    expect(clipping.title).toBe('Lighthouse relit');
    expect(clipping.url).toBe('https://capegazette.example/news/lighthouse');
    expect(clipping.source).toBe('Cape Gazette');
    expect(clipping.language).toBe('en');
    expect(clipping.body).toHaveLength(3);
    expect(clipping.body[0]).toContain('Café owners nearby stayed open late.');
    expect(clipping.body[1]).toContain('had to fold across two lines');
  });

  it('decodes a base64 page part too', () => {
    const html = `<html><head><title>Lighthouse relit</title></head><body><article><p>${sentence}</p><p>${sentence}</p><p>${sentence}</p></article></body></html>`;
    const file = [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/html; charset="utf-8"',
      'Content-Transfer-Encoding: base64',
      'Content-Location: https://example.org/x',
      '',
      Buffer.from(html).toString('base64').replace(/(.{76})/g, '$1\r\n'),
      '--b1--',
    ].join('\r\n');
    const clipping = parseClippingFile('x.mht', new TextEncoder().encode(file));
    expect(clipping.title).toBe('Lighthouse relit');
    expect(clipping.url).toBe('https://example.org/x');
    expect(clipping.body).toHaveLength(3);
  });

  it('says so when the archive holds no page', () => {
    const file = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b1"\r\n\r\n--b1\r\nContent-Type: image/png\r\n\r\nxyz\r\n--b1--\r\n';
    expect(() => parseClippingFile('empty.mhtml', new TextEncoder().encode(file))).toThrow(/"empty\.mhtml" is not a readable web archive/);
  });
});
