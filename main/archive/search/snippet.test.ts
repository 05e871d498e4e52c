import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SnippetPart } from '../../../preload/api/index.ts';
import { buildLunrIndex, matchedTerms } from './lunr-index.ts';
import { makeSnippet } from './index.ts';
import { makeDoc } from '../../test-support/search-fixtures.ts';
import { SAMPLE_FILE } from '../location.ts';

const SAMPLE = readFileSync(SAMPLE_FILE, 'utf8');

/** The terms a real Lunr search for `query` matched in `text`, as the archive service gets them. */
function termsFor(query: string, text: string): string[] {
  const index = buildLunrIndex([makeDoc(1, { body: text })]);
  const [hit] = index.search(query);
  if (!hit) throw new Error(`"${query}" does not match the text`);
  return matchedTerms(hit);
}

function marked(parts: SnippetPart[]): string[] {
  return parts.filter((part) => part.mark).map((part) => part.text);
}

function joined(parts: SnippetPart[]): string {
  return parts.map((part) => part.text).join('');
}

describe('makeSnippet', () => {
  it('marks "Jannuzi" in the sample for the query "Jannuzi"', () => {
    const parts = makeSnippet(SAMPLE, termsFor('Jannuzi', SAMPLE));
    expect(marked(parts).length).toBeGreaterThanOrEqual(1);
    for (const text of marked(parts)) expect(text).toBe('Jannuzi');
  });

  it('marks every inflection whose stem was matched: "meeting" marks "meetings" and "Meeting,"', () => {
    const text = 'The meetings went well. Meeting, again, was useful; they meet often.';
    const terms = termsFor('meeting', text);
    expect(terms).toEqual(['meet']);
    expect(marked(makeSnippet(text, terms))).toEqual(['meetings', 'Meeting', 'meet']);
  });

  it('keeps punctuation around a marked word outside the mark, and splits hyphenated words as Lunr does', () => {
    const text = 'Envoy Choe Ryong-Hae ("Choe") met Lavrov.';
    const parts = makeSnippet(text, termsFor('hae choe', text));
    expect(marked(parts)).toEqual(['Choe', 'Hae', 'Choe']);
    expect(joined(parts)).toBe(text);
  });

  it('marks the whole word a reader sees, accents included, though Lunr indexed it without them', () => {
    const text = 'Un café au lait à Москва.';
    const terms = termsFor('caf', text);
    expect(terms).toEqual(['caf']);
    const parts = makeSnippet(text, terms);
    expect(marked(parts)).toEqual(['café']);
    expect(joined(parts)).toBe(text);
  });

  it('returns the whole text, unmarked and without ellipses, when it fits and nothing matches', () => {
    expect(makeSnippet('A short note.', ['absent'])).toEqual([{ text: 'A short note.', mark: false }]);
  });

  it('cuts a long text around the match with an ellipsis at each cut end', () => {
    const filler = (word: string): string => Array.from({ length: 60 }, () => word).join(' ');
    const text = `${filler('alpha')} the volcano erupted ${filler('omega')}`;
    const parts = makeSnippet(text, ['volcano'], 80);
    expect(parts[0]?.text).toMatch(/^…alpha/);
    expect(parts[0]?.mark).toBe(false);
    expect(parts.at(-1)?.text).toMatch(/omega…$/);
    expect(marked(parts)).toEqual(['volcano']);
    const body = joined(parts).replace(/^…|…$/g, '');
    expect(body.length).toBeLessThanOrEqual(80);
    expect(text).toContain(body);
    expect(body.startsWith('alpha')).toBe(true);
  });

  it('adds no ellipsis at an end that was not cut', () => {
    const text = `Volcano ${Array.from({ length: 100 }, () => 'ash').join(' ')}`;
    const parts = makeSnippet(text, ['volcano'], 60);
    expect(parts[0]).toEqual({ text: 'Volcano', mark: true });
    expect(parts.at(-1)?.text.endsWith('…')).toBe(true);
  });

  it('chooses the densest cluster of matches, not the first one', () => {
    const gap = Array.from({ length: 80 }, () => 'filler').join(' ');
    const text = `trade ${gap} trade and more trade, trade ${gap}`;
    const parts = makeSnippet(text, ['trade'], 60);
    expect(marked(parts)).toEqual(['trade', 'trade', 'trade']);
  });

  it('starts at the beginning, cut at a word, when nothing matches in a long text', () => {
    const text = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
    const parts = makeSnippet(text, ['absent'], 50);
    expect(parts).toHaveLength(1);
    expect(parts[0]?.text.startsWith('word0 word1')).toBe(true);
    expect(parts[0]?.text).toMatch(/word\d+…$/);
  });

  it('never returns HTML: markup in the text stays literal text and no tags are added', () => {
    const text = 'Alert <script>alert(1)</script> at the volcano & "quotes" <mark>';
    const parts = makeSnippet(text, ['volcano']);
    expect(joined(parts)).toBe(text);
    expect(marked(parts)).toEqual(['volcano']);
    for (const part of parts) expect(Object.keys(part).sort()).toEqual(['mark', 'text']);
  });

  it('folds line breaks and runs of spaces into single spaces', () => {
    expect(joined(makeSnippet('First line\n\n  second\tline', []))).toBe('First line second line');
  });

  it('gives nothing for empty text', () => {
    expect(makeSnippet('', ['x'])).toEqual([]);
    expect(makeSnippet(' \n ', ['x'])).toEqual([]);
  });

  it('keeps the default window near 240 characters for the sample', () => {
    const parts = makeSnippet(SAMPLE, termsFor('russia', SAMPLE));
    expect(joined(parts).length).toBeLessThanOrEqual(242);
    expect(marked(parts).length).toBeGreaterThanOrEqual(2);
  });
});
