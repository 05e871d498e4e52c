/**
 * The cases a new user met on unseen pages (issue 12), each as a small made-up page or copy of the
 * same shape in first-read-fixtures/: the headline, byline, date, source, link and body are read
 * right the first time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClippingFile } from './index.ts';

const fixture = (name: string) => parseClippingFile(name, readFileSync(path.join(import.meta.dirname, 'first-read-fixtures', name)));

describe('first read of unseen pages', () => {
  it('a byline line "Name Europe correspondent" is the byline, not the headline', () => {
    const clipping = fixture('guardian-style-copy.txt');
    expect(clipping.title).toBe('Danish island votes to keep its last ferry running through the winter');
    expect(clipping.authors).toEqual(['Jon Henley']);
    expect(clipping.subtitle).toBe('Residents of Sejerø say the crossing is a lifeline as the council weighs cuts to rural services');
    expect(clipping.publishedAt).toBe('2017-01-13');
    expect(clipping.source).toBe('The Daily Ledger');
    expect(clipping.body[0]).toMatch(/^Islanders on Sejerø/);
    expect(clipping.body.join(' ')).not.toMatch(/Share on|Topics/);
  });

  it('a saved page with its address in the file has a source and a link', () => {
    const clipping = fixture('nyt-style-page.html');
    expect(clipping.source).toBe('The New York Times');
    expect(clipping.url).toBe('https://www.nytimes.com/2017/01/13/world/europe/fishing-fleet-storm.html');
  });

  it('"Photo" and "Continue reading the main story" stay out of the body (and so out of the list preview)', () => {
    const clipping = fixture('nyt-style-page.html');
    expect(clipping.body).toHaveLength(4);
    expect(clipping.body[0]).toMatch(/^The fishing fleet/);
    expect(clipping.body).not.toContain('Photo');
    expect(clipping.body).not.toContain('Continue reading the main story');
  });

  it('"Jan 13, 2017Updated Jan 14, 2017" is a publication date and an update, not text', () => {
    const clipping = fixture('updated-date-line.txt');
    expect(clipping.publishedAt).toBe('2017-01-13');
    expect(clipping.updatedAt).toBe('2017-01-14');
    expect(clipping.authors).toEqual(['Lena Fischer']);
    expect([clipping.title, clipping.subtitle, ...clipping.body].join(' ')).not.toMatch(/Updated/);
  });

  it('two paragraphs copied without a headline make a clipping named by its first words', () => {
    const clipping = fixture('two-paragraphs-no-headline.txt');
    expect(clipping.title).toBe('The water authority said on Tuesday that reservoirs in the…');
    expect(clipping.body).toHaveLength(2);
  });

  it('a "skip to content" line, a motto, a sponsor line and a "User Terms" link are not the headline', () => {
    const clipping = fixture('chrome-above-headline.txt');
    expect(clipping.title).toBe('Wildfire smoke closes schools across three northern counties');
    expect(clipping.authors).toEqual(['Sam Whitaker']);
  });

  it('"Headline by Name February 1, 2016" on one line is split into headline, byline and date', () => {
    const clipping = fixture('headline-by-date-one-line.txt');
    expect(clipping.title).toBe('Harbour cranes return to work after three-day strike ends');
    expect(clipping.authors).toEqual(['Maria Okafor']);
    expect(clipping.publishedAt).toBe('2016-02-01');
  });

  it('names people, places and organisations without headline words, and "US", "U.S." and "United States" as one place', () => {
    const { entities } = fixture('pearl-dress.txt');
    expect(entities?.people).toEqual(expect.arrayContaining(['Amara Okonjo', 'Milo Varga']));
    expect(entities?.people.join(' ')).not.toMatch(/Dress|Oscar|Stolen/);
    expect(entities?.places.filter((p) => /^(?:US|U\.S\.|United States)$/.test(p))).toEqual(['United States']);
    expect(entities?.organizations.join(' | ')).not.toMatch(/U\.S\.|Wednesday/);
  });
});
