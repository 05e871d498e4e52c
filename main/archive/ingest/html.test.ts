import { describe, expect, it } from 'vitest';
import { parseHtmlClipping } from './index.ts';

const paragraphs = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the report explains, in plain words and at some length, what the council decided about the harbour on Monday and why it matters to the people who live near it.</p>`).join('\n');

const page = `<!doctype html>
<html lang="en-GB"><head>
<title>Harbour plan approved | The Daily Example</title>
<meta property="og:title" content="Harbour plan approved">
<meta property="og:site_name" content="The Daily Example">
<meta property="og:image" content="/img/harbour.jpg">
<meta property="article:published_time" content="2024-05-06T09:30:00+01:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour plan approved","author":[{"@type":"Person","name":"Ana Costa"},{"@type":"Person","name":"Ben Ode"}],"publisher":{"@type":"Organization","name":"The Daily Example"}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/share">Share</a></nav>
<article>
<header><h1>Harbour plan approved</h1>
<p class="article-dek">After ten years of argument the council said yes to the new harbour on Monday.</p></header>
<p class="byline">By Ana Costa and Ben Ode</p>
<figure><img src="/img/harbour.jpg" alt="The harbour"><figcaption>Boats in the harbour at dawn. (AP Photo/Kim Lee)</figcaption></figure>
${paragraphs(3)}
<h2>What happens next</h2>
${paragraphs(2)}
<ul><li>First point of the plan, which is long enough to be read as text.</li><li>Second point.</li></ul>
<blockquote>"We waited ten years for this," said a resident.</blockquote>
<div class="author-bio"><p>Ana Costa covers the coast for The Daily Example. She has reported from harbours on three continents.</p></div>
</article>
<aside class="related"><p class="teaser-dek">Another story about boats, which is not this story's dek at all.</p></aside>
<footer>Copyright 2024 The Daily Example</footer>
</body></html>`;

describe('parseHtmlClipping', () => {
  const clipping = parseHtmlClipping(page, 'https://news.example.org/2024/harbour');

  it('reads title, authors, site, date and language from the page metadata', () => {
    expect(clipping.title).toBe('Harbour plan approved');
    expect(clipping.authors).toEqual(['Ana Costa', 'Ben Ode']);
    expect(clipping.source).toBe('The Daily Example');
    expect(clipping.publishedAt).toBe('2024-05-06T09:30:00+01:00');
    expect(clipping.language).toBe('en');
    expect(clipping.url).toBe('https://news.example.org/2024/harbour');
  });

  it('finds the dek under the headline and the author box, and keeps the bio out of the body', () => {
    expect(clipping.subtitle).toBe('After ten years of argument the council said yes to the new harbour on Monday.');
    expect(clipping.authorBio).toEqual({
      name: 'Ana Costa',
      text: 'Ana Costa covers the coast for The Daily Example. She has reported from harbours on three continents.',
    });
    expect(clipping.body.join(' ')).not.toContain('three continents');
  });

  it('takes the lead figure with its caption and credit, the address made absolute', () => {
    expect(clipping.images[0]).toEqual({
      caption: 'Boats in the harbour at dawn.',
      credit: 'AP Photo/Kim Lee',
      src: 'https://news.example.org/img/harbour.jpg',
      position: 0, // it stands before the first paragraph
    });
  });

  it('splits the article into paragraphs, headings, list items and quotes, without the chrome', () => {
    expect(clipping.body[0]).toMatch(/^Paragraph 1 of the report/);
    expect(clipping.body).toContain('What happens next');
    expect(clipping.body).toContain('Second point.');
    expect(clipping.body).toContain('"We waited ten years for this," said a resident.');
    expect(clipping.body.join(' ')).not.toMatch(/Share|Copyright|Boats in the harbour/);
  });

  it('leaves unknown fields empty rather than inventing them', () => {
    const bare = parseHtmlClipping(`<html><body><article>${paragraphs(4)}</article></body></html>`);
    expect(bare.authors).toEqual([]);
    expect(bare.publishedAt).toBeNull();
    expect(bare.source).toBeNull();
    expect(bare.images).toEqual([]);
    expect(bare.url).toBeNull();
    expect(bare.subtitle).toBeNull();
    expect(bare.authorBio).toBeNull();
    expect(bare.body).toHaveLength(4);
  });

  it('falls back to the host name for the source, and ignores an address it cannot use', () => {
    const bare = `<html><body><article>${paragraphs(4)}</article></body></html>`;
    expect(parseHtmlClipping(bare, 'https://www.example.com/a').source).toBe('example.com');
    expect(parseHtmlClipping(bare, 'not a url').url).toBeNull();
  });
});
