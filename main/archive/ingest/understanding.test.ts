/**
 * What the parsers understand beyond the fields: quotations and speakers, named entities, pull
 * quotes, subheadings, and how sure a date is. On the bundled VOA sample, on hand-made pages, and
 * on a few real pages of the corpus (skipped, saying why, when the corpus is absent).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlClipping, parseTextClipping } from './index.ts';


const repoRoot = path.resolve(import.meta.dirname, '../../..');
const sample = parseTextClipping(readFileSync(path.join(repoRoot, 'assets/sample-voa-choe-ryong-hae-russia.txt'), 'utf8'));

describe('quotations in the VOA sample', () => {
  const quotes = sample.quotes ?? [];
  const by = (start: string) => quotes.find((q) => q.text.startsWith(start));

  it('gives Jannuzi his quote ("...," said Jannuzi) with the paragraph it is in', () => {
    const quote = by('Choe’s meeting [with Putin] reduces');
    expect(quote?.speaker).toBe('Jannuzi');
    expect(sample.body[quote!.paragraph]).toContain(quote!.text);
  });

  it('names DeTrani in full and drops the clause after the name', () => {
    expect(by('Pyongyang is trying to not be dependent')?.speaker).toBe('Joseph DeTrani');
  });

  it('keeps a noun phrase as the speaker when the text gives no name', () => {
    expect(by('We maintain friendly relations')?.speaker).toBe('the Russian president');
    expect(by('I personally think Kim Jong Un')?.speaker).toBe('the former intelligence official');
  });

  it('takes the speaker from an earlier sentence of the paragraph ("Jannuzi said he agreed. \\"...\\"")', () => {
    expect(by('DPRK-China relations remain chilly')?.speaker).toBe('Jannuzi');
  });

  it('strips the quotation marks and the comma before the attribution', () => {
    for (const quote of quotes) expect(quote.text).not.toMatch(/^["“]|[,"”]$/);
  });
});

describe('quotations in other shapes', () => {
  const quotesOf = (paragraphs: string[]) => parseTextClipping(['A headline for a test of quotes', '', ...paragraphs].join('\n\n')).quotes ?? [];

  it('reads a speaker before the quote (Putin said: "...")', () => {
    const [quote] = quotesOf([
      'In a statement on Tuesday evening that surprised the assembled diplomats, Putin said: "We will not accept any of these terms as they stand today."',
    ]);
    expect(quote).toMatchObject({ speaker: 'Putin', text: 'We will not accept any of these terms as they stand today.' });
  });

  it('leaves the speaker null when nobody is named, and skips scare quotes', () => {
    const quotes = quotesOf([
      'The sign on the door of the closed factory read "No entry for anyone without a permit from the owners" in large letters.',
      'Critics called the plan a "reset" of the relationship between the two countries and their long-standing alliance.',
    ]);
    expect(quotes).toEqual([{ text: 'No entry for anyone without a permit from the owners', speaker: null, paragraph: 0 }]);
  });
});

describe('people, places and organisations in the VOA sample', () => {
  const entities = sample.entities!;

  it('finds the people, titles and possessives taken off, first names alone folded into full names', () => {
    expect(entities.people).toEqual(expect.arrayContaining(['Choe Ryong Hae', 'Vladimir Putin', 'Frank Jannuzi', 'Kim Jong Un', 'Joseph DeTrani', 'Sergey Lavrov']));
    for (const name of entities.people) expect(name).not.toMatch(/^(?:President|Minister|Kim|Frank)$|[,.’']$|’s/);
  });

  it('finds the places, each once, without possessives or punctuation', () => {
    expect(entities.places).toEqual(expect.arrayContaining(['Russia', 'Moscow', 'Beijing', 'Pyongyang', 'North Korea']));
    expect(new Set(entities.places.map((p) => p.toLowerCase())).size).toBe(entities.places.length);
    for (const place of entities.places) expect(place).not.toMatch(/[,."’]|’s$/);
  });

  it('finds organisations named by their kind of body, and does not call a word of them a place', () => {
    expect(entities.organizations).toEqual(expect.arrayContaining(['Mansfield Foundation']));
    expect(entities.places).not.toContain('Mansfield');
  });
});

describe('dates, pull quotes and subheadings', () => {
  it('never takes the date in a photo caption as the publication date', () => {
    expect(sample.publishedAt).toBeNull();
    expect(sample.dateConfidence).toBeNull();
  });

  it('marks a dateline date as stated and a date found in the text as inferred', () => {
    const stated = parseTextClipping('Talks resume in Geneva\n\nBy Ann Lee\nNov. 20, 2014\n\nDiplomats from both sides met again in Geneva on Thursday for a long day of talks about the border.');
    expect(stated).toMatchObject({ publishedAt: '2014-11-20', dateConfidence: 'stated' });
    const inferred = parseTextClipping('Talks resume in Geneva\n\nDiplomats from both sides met again in Geneva on Nov. 20, 2014, for a long day of talks about the border.');
    expect(inferred).toMatchObject({ publishedAt: '2014-11-20', dateConfidence: 'inferred' });
  });

  it('reads an update line as the update date, not the publication date', () => {
    const clipping = parseTextClipping('Talks resume in Geneva\n\nBy Ann Lee\nPublished Nov. 20, 2014\nUpdated Nov. 21, 2014\n\nDiplomats from both sides met again in Geneva on Thursday for a long day of talks about the border.');
    expect(clipping).toMatchObject({ publishedAt: '2014-11-20', updatedAt: '2014-11-21' });
  });

  it('sets a pull quote in a copied text apart from the body', () => {
    const passage = 'Nobody in the room expected the vote to pass by such a wide margin.';
    const clipping = parseTextClipping([
      'A council votes on the new budget',
      `The council met late on Tuesday to settle the budget for the coming year. ${passage} Members then went home.`,
      'The debate had lasted for most of the afternoon, with speakers from every district taking their turn.',
      `“${passage}”`,
      'The mayor said she would sign the budget into law within the week, ending months of uncertainty.',
    ].join('\n\n'));
    expect(clipping.pullQuotes).toEqual([passage]);
    expect(clipping.body.some((p) => p === `“${passage}”`)).toBe(false);
  });

  it('reads pull quotes, subheadings and the update date from a saved page', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the article tells a long story about the harbour and the people who work in it every day.</p>`;
    const clipping = parseHtmlClipping(`<!doctype html><html lang="en"><head><title>The harbour at dawn</title>
      <meta property="article:published_time" content="2020-05-01"><meta property="article:modified_time" content="2020-05-02T10:00:00Z"></head>
      <body><article><h1>The harbour at dawn</h1>${para(1)}<p>An old skipper put it plainly. The sea does not care who owns the boats. Then he went back to his nets.</p>
      <blockquote class="pull-quote">The sea does not care who owns the boats.</blockquote>${para(3)}
      <aside class="pullquote">Every boat in the harbour came back before the storm broke.</aside>
      <h2>Night shift</h2>${para(4)}<p class="graf--pullquote">Nobody on the quay had seen a night shift like it in twenty years.</p>${para(5)}</article></body></html>`);
    expect(clipping.pullQuotes).toEqual([
      'The sea does not care who owns the boats.',
      'Every boat in the harbour came back before the storm broke.',
      'Nobody on the quay had seen a night shift like it in twenty years.',
    ]);
    // A pull quote that is the only copy of its words stays in the body (set apart there by the reader).
    expect(clipping.body.filter((p) => p === 'Nobody on the quay had seen a night shift like it in twenty years.')).toHaveLength(1);
    // A repeat of the article's words leaves the body; the aside (which Readability drops) is kept as a pull quote.
    expect(clipping.body).not.toContain('The sea does not care who owns the boats.');
    expect(clipping.body.join(' ')).toContain('An old skipper put it plainly. The sea does not care');
    expect(clipping.body.filter((p) => p.startsWith('Every boat')).length).toBeLessThanOrEqual(1);
    expect(clipping.headings?.map((i) => clipping.body[i])).toEqual(['Night shift']);
    expect(clipping).toMatchObject({ publishedAt: '2020-05-01', dateConfidence: 'stated', updatedAt: '2020-05-02T10:00:00Z' });
  });
});

const corpus = path.resolve(repoRoot, '../shared/corpus/web-pages');
const present = existsSync(corpus);
if (!present) console.log(`Skipping quotes and entities on corpus pages: the corpus ${corpus} is absent.`);

describe.skipIf(!present)('quotes and entities on real pages of the corpus', () => {
  const page = (name: string, file: 'source.html' | 'clip.txt') => readFileSync(path.join(corpus, name, file), 'utf8');

  it('finds a marked pull quote on The Verge page, and keeps no second copy of it in the body', () => {
    const clipping = parseHtmlClipping(page('theverge', 'source.html'));
    const quote = 'It’s easiest to judge the Vision Pro on what won’t change';
    expect(clipping.pullQuotes).toContain(quote);
    expect(clipping.body.filter((p) => p === quote).length).toBeLessThanOrEqual(1);
    expect(clipping.entities?.organizations.length).toBeGreaterThan(0);
  });

  it('finds quotations with named speakers and the people of a news page, from HTML and from its copy', () => {
    for (const file of ['source.html', 'clip.txt'] as const) {
      const clipping = file === 'source.html' ? parseHtmlClipping(page('nytimes-1', file)) : parseTextClipping(page('nytimes-1', file));
      expect(clipping.entities?.places).toContain('Sudan');
      expect(clipping.quotes?.some((q) => q.speaker !== null)).toBe(true);
      for (const quote of clipping.quotes ?? []) expect(clipping.body[quote.paragraph]).toContain(quote.text);
    }
  });
});
