import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lunrSyntaxError } from './lunr-syntax.ts';
import { parseSearchQuery } from './parse.ts';
import { tokenizeQuery } from './tokens.ts';
import { readDate, readDateRange, readLanguage } from './values.ts';

describe('parseSearchQuery', () => {
  it('passes Lunr syntax through untouched', () => {
    for (const q of ['envoy', '+must -not', 'title:envoy', 'envo*', 'envoy~1', 'envoy^10', '+title:north -body:south korea*']) {
      const parsed = parseSearchQuery(q);
      expect(parsed.lunr, q).toBe(q);
      expect(parsed.notes, q).toEqual([]);
      expect(parsed.filters, q).toEqual([]);
    }
  });

  it('reads filters, with - on any of them', () => {
    const parsed = parseSearchQuery('tag:korea -tag:korea/south source:"The Korea Herald" -author:Kim lang:ko -lang:french envoy');
    expect(parsed.lunr).toBe('envoy');
    expect(parsed.filters).toEqual([
      { kind: 'tag', value: 'korea', negated: false },
      { kind: 'tag', value: 'korea/south', negated: true },
      { kind: 'source', value: 'The Korea Herald', negated: false },
      { kind: 'author', value: 'Kim', negated: true },
      { kind: 'lang', value: 'ko', negated: false },
      { kind: 'lang', value: 'fr', negated: true },
    ]);
    expect(parsed.interpretedAs).toBe('tag:korea -tag:korea/south source:"The Korea Herald" -author:Kim lang:ko -lang:fr envoy');
  });

  it('reads comma-separated values as alternatives', () => {
    expect(parseSearchQuery('tag:korea,japan').filters).toEqual([{ kind: 'tag', value: 'korea,japan', values: ['korea', 'japan'], negated: false }]);
    expect(parseSearchQuery('source:guardian,"le monde" x').filters).toEqual([{ kind: 'source', value: 'guardian,le monde', values: ['guardian', 'le monde'], negated: false }]);
    expect(parseSearchQuery('source:"Le Monde, El País"').filters).toEqual([{ kind: 'source', value: 'Le Monde, El País', values: ['Le Monde', 'El País'], negated: false }]);
  });

  it('reads dates as years, months, days and ranges, inclusive at both ends', () => {
    expect(parseSearchQuery('after:2019-01 before:2020-06-30').filters).toEqual([
      { kind: 'date', from: '2019-01', to: null, negated: false },
      { kind: 'date', from: null, to: '2020-06-30', negated: false },
    ]);
    expect(parseSearchQuery('date:2019').filters).toEqual([{ kind: 'date', from: '2019', to: '2019', negated: false }]);
    expect(parseSearchQuery('-date:2015..2016-3').filters).toEqual([{ kind: 'date', from: '2015', to: '2016-03', negated: true }]);
    expect(parseSearchQuery('date:..2010').filters).toEqual([{ kind: 'date', from: null, to: '2010', negated: false }]);
  });

  it('sends a phrase to Lunr as required words without stop words, and keeps it to check', () => {
    const parsed = parseSearchQuery('"the north Korean envoy" sanctions');
    expect(parsed.lunr).toBe('+north +Korean +envoy sanctions');
    expect(parsed.phrases).toEqual([{ text: 'the north Korean envoy', negated: false }]);
    const negated = parseSearchQuery('envoy -"north korea"');
    expect(negated.lunr).toBe('envoy');
    expect(negated.phrases).toEqual([{ text: 'north korea', negated: true }]);
  });

  it('keeps one quoted run of Chinese or Japanese as a phrase (no spaces between its words)', () => {
    expect(parseSearchQuery('"日本銀行は金融政策"').phrases).toEqual([{ text: '日本銀行は金融政策', negated: false }]);
    expect(parseSearchQuery('"envoy"')).toMatchObject({ lunr: 'envoy', phrases: [] });
  });

  it('reads an unknown qualifier as plain words, with a note', () => {
    const parsed = parseSearchQuery('foo:bar envoy');
    expect(parsed.lunr).toBe('foo bar envoy');
    expect(parsed.notes.join(' ')).toContain('“foo:” is not a filter');
  });

  it('reads "title:" (nothing after the colon) as the word title, with a note', () => {
    const parsed = parseSearchQuery('title:');
    expect(parsed.lunr).toBe('title');
    expect(parsed.notes.join(' ')).toMatch(/needs a word after the colon/);
    expect(parsed.interpretedAs).toBe('title');
  });

  it('reads Lunr slips as words, with a note', () => {
    expect(parseSearchQuery('envoy~x').lunr).toBe('envoy x');
    expect(parseSearchQuery('envoy^').notes).toHaveLength(1);
    expect(parseSearchQuery('^2 korea').lunr).toBe('2 korea');
  });

  it('reads a bad date or language as words, with a note', () => {
    const date = parseSearchQuery('before:yesterday');
    expect(date.filters).toEqual([]);
    expect(date.lunr).toBe('before yesterday');
    expect(date.notes.join(' ')).toMatch(/is not a date/);
    const lang = parseSearchQuery('lang:klingon');
    expect(lang.filters).toEqual([]);
    expect(lang.notes.join(' ')).toMatch(/not a language/);
  });

  it('says when a quote was left open, and reads the phrase to the end', () => {
    const parsed = parseSearchQuery('"north korea');
    expect(parsed.phrases).toEqual([{ text: 'north korea', negated: false }]);
    expect(parsed.notes.join(' ')).toMatch(/quote was left open/);
  });

  it('never throws, and always hands Lunr text it can read (fast-check, hostile input)', () => {
    const pieces = fc.constantFrom('"', ':', '-', '+', '~', '^', '*', 'tag:', 'date:', '..', 'title:', 'source:"', ' ', '\\', 'é', '한국', '\u0000', '2019-13', 'lang:');
    const hostile = fc.array(fc.oneof(pieces, fc.string(), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(hostile, (text) => {
        const parsed = parseSearchQuery(text);
        if (parsed.lunr) expect(lunrSyntaxError(parsed.lunr)).toBeNull();
        expect(typeof parsed.interpretedAs).toBe('string');
        // What it says it understood reads back the same way.
        expect(parseSearchQuery(parsed.interpretedAs).filters).toEqual(parsed.filters);
      }),
      { numRuns: 2000 },
    );
  });

  it('survives non-strings and very long input', () => {
    expect(parseSearchQuery(undefined as unknown as string).lunr).toBe('');
    expect(parseSearchQuery('a '.repeat(5000)).lunr.length).toBeGreaterThan(0);
  });
});

describe('tokenizeQuery', () => {
  it('keeps quoted qualifier values whole and signs apart', () => {
    expect(tokenizeQuery('-source:"Le Monde" +x "a b"').tokens).toEqual([
      { sign: '-', qualifier: 'source', value: 'Le Monde', quoted: true, raw: '-source:"Le Monde"' },
      { sign: '+', qualifier: null, value: 'x', quoted: false, raw: '+x' },
      { sign: '', qualifier: null, value: 'a b', quoted: true, raw: '"a b"' },
    ]);
  });
});

describe('filter values', () => {
  it('reads dates leniently and refuses impossible ones', () => {
    expect(readDate('2019')).toBe('2019');
    expect(readDate('2019-1')).toBe('2019-01');
    expect(readDate('2019/01/31')).toBe('2019-01-31');
    expect(readDate('2019-02-29')).toBeNull();
    expect(readDate('2020-02-29')).toBe('2020-02-29');
    expect(readDate('2019-13')).toBeNull();
    expect(readDate('19')).toBeNull();
    expect(readDateRange('2019..')).toEqual({ from: '2019', to: null });
    expect(readDateRange('..')).toBeNull();
  });

  it('reads languages by code or name', () => {
    expect(readLanguage('KO')).toBe('ko');
    expect(readLanguage('Korean')).toBe('ko');
    expect(readLanguage('한국어')).toBe('ko');
    expect(readLanguage('klingon')).toBeNull();
  });
});
