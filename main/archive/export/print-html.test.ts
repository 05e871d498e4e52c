import { describe, expect, it } from 'vitest';
import { buildPrintHtml } from './print-html.ts';
import { byline, citationParts, formatDate, runningHeaderText } from './print-text.ts';
import { voaClipping } from '../../test-support/voa-clipping.ts';
import { pngDataUrl } from '../../test-support/png-data-url.ts';

describe('print text', () => {
  it('formats ISO dates by their calendar day, whatever the time zone', () => {
    expect(formatDate('2014-11-24')).toBe('24 November 2014');
    expect(formatDate('2014-11-24T23:30:00-05:00')).toBe('24 November 2014');
    expect(formatDate(null)).toBeNull();
    expect(formatDate('  ')).toBeNull();
    expect(formatDate('Nov 2014')).toBe('Nov 2014'); // as stated, not guessed at
  });

  it('writes the byline as people do', () => {
    expect(byline(['Jee Abbey Lee'])).toBe('By Jee Abbey Lee');
    expect(byline(['A', 'B'])).toBe('By A and B');
    expect(byline(['A', 'B', 'C'])).toBe('By A, B and C');
    expect(byline([' ', ''])).toBeNull();
  });

  it('makes the running header and citation from what is known', () => {
    expect(runningHeaderText(voaClipping())).toBe(
      'Voice of America — US Experts: N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation',
    );
    expect(runningHeaderText(voaClipping({ source: null, title: 'T' }))).toBe('T');
    expect(citationParts(voaClipping({ authors: ['A', 'B'], url: null }))).toEqual({
      text: 'Voice of America. A and B. “US Experts: N. Korean Envoy Sent to Russia to Ease Diplomatic Isolation”. 24 November 2014.',
      url: null,
      clipped: 'Clipped on 29 November 2026.',
    });
  });
});

describe('buildPrintHtml', () => {
  it('is one self-contained document: inline CSS, no script, nothing remote', () => {
    const html = buildPrintHtml(voaClipping(), { paper: 'Letter' });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('@page { size: letter;');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|<iframe|@import|src="http/i);
    expect(html).toContain('<html lang="en">');
  });

  it('escapes every piece of clipping text', () => {
    const evil = '<script>alert(1)</script>"\'&';
    const html = buildPrintHtml(
      voaClipping({
        title: evil,
        subtitle: evil,
        authors: [evil],
        source: evil,
        publishedAt: evil,
        language: '"><script>',
        images: [{ caption: evil, credit: evil, src: `javascript:${evil}` }],
        body: [evil],
        authorBio: { name: evil, text: evil },
        tags: [evil],
        url: `javascript:${evil}`,
      }),
      { paper: 'A4' },
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('href="javascript');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;');
    expect(html).toContain('<html lang="und">');
  });

  it('prints only images already inside the document (data: URLs), never web addresses', () => {
    const photo = pngDataUrl(2, 2, [0, 0, 0]);
    const web = buildPrintHtml(voaClipping(), { paper: 'A4' });
    expect(web).not.toContain('<img');
    expect(web).toContain('<figcaption>Russian Foreign Minister');
    const inline = buildPrintHtml(
      voaClipping({ images: [{ caption: 'Cap', credit: null, src: photo }] }),
      { paper: 'A4' },
    );
    expect(inline).toContain(`<img src="${photo}" alt="Cap">`);
  });

  it('leaves out what the clipping does not have', () => {
    const html = buildPrintHtml(
      voaClipping({ authors: [], source: null, publishedAt: null, images: [], authorBio: null, tags: [], url: null }),
      { paper: 'A4' },
    );
    expect(html).not.toMatch(/class="(meta|bio|tags)"|<figure|<a /);
    expect(html).toContain('Clipped on 29 November 2026.');
  });
});
