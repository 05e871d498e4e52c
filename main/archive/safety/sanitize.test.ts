/**
 * sanitizeClippingHtml over every XSS fixture (e2e/fixtures/xss, the OWASP filter-evasion cases):
 * what comes out, parsed again by jsdom, holds nothing that could run, load or submit; it is
 * stable (sanitising twice changes nothing) and keeps the article's words.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../location.ts';
import { safeWebUrl, sanitizeClippingHtml } from './sanitize.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'e2e', 'fixtures', 'xss');
const pages = readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).sort();
const DANGEROUS = 'script, style, iframe, frame, object, embed, form, input, button, svg, math, base, meta, link, template, noscript';

describe('sanitizeClippingHtml', () => {
  it('has the fixtures to work on', () => expect(pages.length).toBeGreaterThanOrEqual(30));

  it.each(pages)('%s: nothing that runs, loads or submits survives', (file) => {
    const clean = sanitizeClippingHtml(readFileSync(path.join(FIXTURES, file), 'utf8'));
    const doc = new JSDOM(`<body>${clean}</body>`).window.document;
    expect(doc.querySelectorAll(DANGEROUS).length, clean).toBe(0);
    for (const element of doc.body.querySelectorAll('*')) {
      for (const attr of element.attributes) {
        expect(attr.name, `${element.tagName} in ${file}`).not.toMatch(/^on|^style$|^formaction$|^srcdoc$|^background$/i);
        if (['href', 'src'].includes(attr.name)) expect(attr.value, file).toMatch(/^(https?:\/\/|#|app:\/\/clipdesk\/)/);
      }
      if (element.tagName === 'IMG') expect(element.getAttribute('src'), 'a web image would be fetched when reading').toBeNull();
    }
    expect(sanitizeClippingHtml(clean)).toBe(clean);
    // An unclosed <script> swallows the rest of the page, as in a browser: then there is nothing left to keep.
    if (file !== '05-script-no-closing-tag.html') expect(doc.body.textContent).toContain('The city council voted on Tuesday');
  });

  it('keeps reading markup and web links, and archive images', () => {
    const html = '<h2>Sub</h2><p>A <a href="https://example.org/a">link</a> and <em>stress</em>.</p><img src="app://clipdesk/assets/abc.png" alt="x">';
    expect(sanitizeClippingHtml(html)).toBe('<h2>Sub</h2><p>A <a href="https://example.org/a" rel="noreferrer noopener">link</a> and <em>stress</em>.</p><img src="app://clipdesk/assets/abc.png" alt="x">');
  });
});

describe('safeWebUrl', () => {
  it.each([
    ['https://www.voanews.com/a/1.html', 'https://www.voanews.com/a/1.html'],
    [' http://example.org ', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['file:///etc/passwd', null],
    ['//evil.example/x', null],
    ['https://', null],
    ['', null],
    [null, null],
  ])('%s → %s', (url, expected) => expect(safeWebUrl(url)).toBe(expected));
});
