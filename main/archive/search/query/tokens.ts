/**
 * The query text cut into pieces: words, "quoted phrases" and qualifier:values (a value may be
 * quoted: source:"The Korea Herald"), each with the sign in front of it. Never throws: an unclosed
 * quote runs to the end and says so.
 */
export interface QueryToken {
  /** '-' excludes, '+' requires (Lunr), '' neither. */
  sign: '' | '-' | '+';
  /** "tag" in tag:korea, lower-cased; null for a bare word or phrase. */
  qualifier: string | null;
  /** The word, the phrase's text, or the qualifier's value, without quotes. */
  value: string;
  /** The value was in quotes. */
  quoted: boolean;
  /** The piece as typed. */
  raw: string;
}

export interface Tokenized {
  tokens: QueryToken[];
  unclosedQuote: boolean;
}

const QUALIFIER = /^([\p{L}_][\p{L}\p{N}_-]*):/u;

export function tokenizeQuery(text: string): Tokenized {
  const tokens: QueryToken[] = [];
  let unclosedQuote = false;
  let i = 0;
  const n = text.length;
  const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);
  const readQuoted = (start: number): { value: string; end: number } => {
    const close = text.indexOf('"', start + 1);
    if (close === -1) {
      unclosedQuote = true;
      return { value: text.slice(start + 1), end: n };
    }
    return { value: text.slice(start + 1, close), end: close + 1 };
  };
  while (i < n) {
    if (isSpace(text[i])) {
      i++;
      continue;
    }
    const start = i;
    let sign: QueryToken['sign'] = '';
    if ((text[i] === '-' || text[i] === '+') && i + 1 < n && !isSpace(text[i + 1])) {
      sign = text[i] as '-' | '+';
      i++;
    }
    if (text[i] === '"') {
      const q = readQuoted(i);
      i = q.end;
      tokens.push({ sign, qualifier: null, value: q.value, quoted: true, raw: text.slice(start, i) });
      continue;
    }
    const qualifier = QUALIFIER.exec(text.slice(i));
    if (qualifier && text[i + qualifier[0].length] === '"') {
      const q = readQuoted(i + qualifier[0].length);
      i = q.end;
      tokens.push({ sign, qualifier: qualifier[1]!.toLowerCase(), value: q.value, quoted: true, raw: text.slice(start, i) });
      continue;
    }
    let quoted = false;
    while (i < n && !isSpace(text[i])) {
      // A quote inside a qualifier's value runs to its closing quote: source:guardian,"le monde".
      if (qualifier && text[i] === '"') {
        quoted = true;
        i = readQuoted(i).end;
      } else i++;
    }
    const word = text.slice(start + sign.length, i);
    if (qualifier) {
      const value = word.slice(qualifier[0].length);
      tokens.push({ sign, qualifier: qualifier[1]!.toLowerCase(), value: quoted ? value.replaceAll('"', '') : value, quoted, raw: text.slice(start, i) });
    }
    else tokens.push({ sign, qualifier: null, value: word, quoted: false, raw: text.slice(start, i) });
  }
  return { tokens, unclosedQuote };
}
