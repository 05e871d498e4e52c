/**
 * The search language: Lunr's own syntax for free text (+must -not title:word word* word~1 ^2),
 * plus "exact phrases" and filters the store answers: tag:, source:, author:, lang:, before:,
 * after:, date: (each may be negated with a leading "-"). In the manner of Karakeep's
 * searchQueryParser, nothing here fails: a qualifier we do not know, an empty value or a slip
 * Lunr would reject is read as plain words, and a gentle note says how the query was read.
 */
import { isStopWord, LUNR_FIELDS, lunrSyntaxError, plainWords } from './lunr-syntax.ts';
import { tokenizeQuery, type QueryToken } from './tokens.ts';
import { readDate, readDateRange, readLanguage } from './values.ts';

export type TextFilterKind = 'tag' | 'source' | 'author' | 'lang';

export type QueryFilter =
  /** `values` are alternatives: tag:korea,japan is either tag. */
  | { kind: TextFilterKind; value: string; values?: string[]; negated: boolean }
  /** Published from `from` to `to` inclusive, as ISO prefixes; either end may be open. */
  | { kind: 'date'; from: string | null; to: string | null; negated: boolean };

export interface QueryPhrase {
  /** As typed, between the quotes. */
  text: string;
  negated: boolean;
}

export interface ParsedQuery {
  /** Lunr query text for the free-text part ('' when there is none): the phrases' words are required terms in it. */
  lunr: string;
  phrases: QueryPhrase[];
  filters: QueryFilter[];
  /** Things said to the person about how the query was read. */
  notes: string[];
  /** The query as it was understood, in the same language. */
  interpretedAs: string;
  /** like:ID — clippings like this one ("more like this"), or null. */
  like: number | null;
}

const FILTER_QUALIFIERS: Record<string, TextFilterKind | 'before' | 'after' | 'date'> = {
  tag: 'tag',
  source: 'source',
  outlet: 'source',
  author: 'author',
  by: 'author',
  lang: 'lang',
  language: 'lang',
  before: 'before',
  after: 'after',
  date: 'date',
};

const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const quoteIfNeeded = (value: string): string => (/[\s"]/.test(value) || value === '' ? `"${value.replaceAll('"', '')}"` : value);

class QueryReader {
  readonly clauses: string[] = [];
  readonly phrases: QueryPhrase[] = [];
  readonly filters: QueryFilter[] = [];
  readonly notes: string[] = [];
  readonly shown: string[] = [];
  like: number | null = null;

  /** Plain words for a piece that could not be read as typed. */
  words(text: string, sign: QueryToken['sign']): void {
    for (const word of plainWords(text)) {
      const clause = sign === '-' ? `-${word}` : word;
      this.clauses.push(clause);
      this.shown.push(clause);
    }
  }

  token(token: QueryToken): void {
    if (token.qualifier === null) return token.quoted ? this.phrase(token) : this.lunrClause(token);
    const kind = FILTER_QUALIFIERS[token.qualifier];
    if (kind) return this.filter(token, kind);
    if (token.qualifier === 'like' && /^\d{1,15}$/.test(token.value) && token.sign !== '-') {
      this.like = Number(token.value);
      this.shown.push(`like:${this.like}`);
      return;
    }
    if (LUNR_FIELDS.includes(token.qualifier)) return this.lunrClause(token);
    this.notes.push(`“${token.qualifier}:” is not a filter here, so “${token.raw}” was searched as words.`);
    this.words(`${token.qualifier} ${token.value}`, token.sign);
  }

  phrase(token: QueryToken): void {
    const words = plainWords(token.value);
    if (words.length === 0) return;
    // One quoted word is a word, except in scripts written without spaces, where it is a phrase.
    if (words.length === 1 && token.sign !== '-' && !UNSPACED_SCRIPT.test(words[0]!)) return this.lunrClause({ ...token, value: words[0]!, quoted: false });
    const negated = token.sign === '-';
    this.phrases.push({ text: token.value, negated });
    this.shown.push(`${negated ? '-' : ''}"${words.join(' ')}"`);
    // A phrase's words must all be there (Lunr), then the phrase is checked in the stored text.
    // Stop words are not in the index, so they are left to the check.
    if (!negated) for (const word of words) if (!isStopWord(word)) this.clauses.push(`+${word}`);
  }

  lunrClause(token: QueryToken): void {
    const text = token.qualifier === null ? `${token.sign}${token.value}` : `${token.sign}${token.qualifier}:${token.value}`;
    const problem = lunrSyntaxError(text);
    if (problem === null) {
      this.clauses.push(text);
      this.shown.push(text);
      return;
    }
    // A lone operator ("-", "*~") is a query being typed, not a slip worth a note.
    if (token.qualifier === null && plainWords(token.value).length === 0) return;
    if (token.qualifier !== null && token.value.trim() === '') {
      this.notes.push(`“${token.raw}” needs a word after the colon (${token.qualifier}:word), so “${token.qualifier}” was searched as a word.`);
    } else {
      this.notes.push(`Lunr could not read “${token.raw}” (${problem}), so it was searched as plain words.`);
    }
    this.words(token.qualifier === null ? token.value : `${token.qualifier} ${token.value}`, token.sign === '-' ? '-' : '');
  }

  filter(token: QueryToken, kind: TextFilterKind | 'before' | 'after' | 'date'): void {
    const negated = token.sign === '-';
    // A quote cannot be part of a value: it would not read back the same way.
    const value = token.value.replaceAll('"', '').trim();
    const sign = negated ? '-' : '';
    if (value === '') {
      this.notes.push(`“${token.raw}” needs a value (${token.qualifier}:something), so “${token.qualifier}” was searched as a word.`);
      return this.words(token.qualifier ?? '', token.sign);
    }
    if (kind === 'tag' || kind === 'source' || kind === 'author') {
      const values = value.split(',').map((v) => v.trim()).filter(Boolean);
      this.filters.push(values.length > 1 ? { kind, value, values, negated } : { kind, value, negated });
      this.shown.push(`${sign}${kind}:${quoteIfNeeded(value)}`);
      return;
    }
    if (kind === 'lang') {
      const code = readLanguage(value);
      if (code) {
        this.filters.push({ kind: 'lang', value: code, negated });
        this.shown.push(`${sign}lang:${code}`);
        return;
      }
      this.notes.push(`“${value}” is not a language code or name (lang:ko, lang:french), so it was searched as words.`);
      return this.words(value, token.sign);
    }
    const range = kind === 'date' ? readDateRange(value) : readDate(value);
    if (range === null) {
      this.notes.push(`“${value}” is not a date (2019, 2019-06 or 2019-06-30; ranges as 2019..2020), so “${token.raw}” was searched as words.`);
      return this.words(`${token.qualifier} ${value}`, token.sign);
    }
    const filter: QueryFilter =
      typeof range === 'string'
        ? { kind: 'date', from: kind === 'after' ? range : null, to: kind === 'before' ? range : null, negated }
        : { kind: 'date', from: range.from, to: range.to, negated };
    this.filters.push(filter);
    this.shown.push(`${sign}${kind}:${value.replace(/\s+/g, '')}`);
  }
}

export function parseSearchQuery(text: string): ParsedQuery {
  const source = typeof text === 'string' ? text : '';
  const { tokens, unclosedQuote } = tokenizeQuery(source);
  const reader = new QueryReader();
  for (const token of tokens) reader.token(token);
  if (unclosedQuote) reader.notes.push('A quote was left open, so the phrase runs to the end of the query.');
  let lunr = reader.clauses.join(' ');
  // Each clause was checked alone; together they are checked once more, and read as words at worst.
  if (lunr && lunrSyntaxError(lunr) !== null) {
    lunr = plainWords(lunr).join(' ');
    reader.notes.push('The query was searched as plain words.');
  }
  return { lunr, phrases: reader.phrases, filters: reader.filters, notes: reader.notes, interpretedAs: reader.shown.join(' '), like: reader.like };
}
