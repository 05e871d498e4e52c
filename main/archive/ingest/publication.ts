/**
 * The publication a copied text comes from, when the text itself says so. Copied text carries no
 * metadata, so we look where a page names its publisher: an author bio ("serves as Voice of
 * America's correspondent"), a production note ("This report was produced ... VOA ..."), a
 * copyright line, or a "for <Publication>" credit. Abbreviations are expanded through a small
 * table of well-known publication names; nothing site-specific is matched.
 */

/** Well-known publications and the short forms they sign with. */
const PUBLICATIONS: { name: string; aliases: string[] }[] = [
  { name: 'Voice of America', aliases: ['VOA'] },
  { name: 'Associated Press', aliases: ['AP', 'The Associated Press'] },
  { name: 'Agence France-Presse', aliases: ['AFP'] },
  { name: 'Reuters', aliases: [] },
  { name: 'BBC News', aliases: ['BBC'] },
  { name: 'Radio Free Asia', aliases: ['RFA'] },
  { name: 'Radio Free Europe/Radio Liberty', aliases: ['RFE/RL'] },
  { name: 'The New York Times', aliases: ['NYT', 'New York Times'] },
  { name: 'The Washington Post', aliases: ['Washington Post'] },
  { name: 'The Wall Street Journal', aliases: ['WSJ', 'Wall Street Journal'] },
  { name: 'National Public Radio', aliases: ['NPR'] },
  { name: 'CNN', aliases: [] },
  { name: 'Al Jazeera', aliases: [] },
  { name: 'The Guardian', aliases: [] },
  { name: 'Deutsche Welle', aliases: ['DW'] },
  { name: 'Yonhap', aliases: ['Yonhap News Agency'] },
  { name: 'Kyodo News', aliases: ['Kyodo'] },
  { name: 'Bloomberg', aliases: ['Bloomberg News'] },
];

const CAPITALISED_NAME = String.raw`(?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+(?:of|de|du|des|der|für|the|and|&)\s+\p{Lu}[\p{L}&.'’-]*|\s+\p{Lu}[\p{L}&.'’-]*){0,5}`;

/** Finds the publication named by the text's own notes (bio, production line, copyright). */
export function findPublication(lines: string[], bioText: string | null): string | null {
  const notes: string[] = [];
  if (bioText) notes.push(bioText);
  for (const line of lines) {
    if (/\b(?:report|story|article)\s+was\s+(?:produced|written|reported|contributed)\b/i.test(line)) notes.push(line);
    if (/^(?:©|\(c\)|copyright\b)/i.test(line.trim())) notes.push(line);
  }
  for (const note of notes) {
    const known = knownPublicationIn(note);
    if (known) return known;
  }
  for (const note of notes) {
    const named = namedPublicationIn(note);
    if (named) return named;
  }
  return null;
}

/** The first well-known publication (by full name or alias) mentioned in a note. */
function knownPublicationIn(note: string): string | null {
  let best: { name: string; index: number } | null = null;
  for (const publication of PUBLICATIONS) {
    for (const form of [publication.name, ...publication.aliases]) {
      const match = new RegExp(`(?<![\\p{L}])${escapeRegExp(form)}(?![\\p{L}])`, 'u').exec(note);
      if (match && (!best || match.index < best.index)) best = { name: publication.name, index: match.index };
    }
  }
  return best?.name ?? null;
}

/** A capitalised name in a publisher position: "© 2017 The X Company", "joined X's", "for X". */
function namedPublicationIn(note: string): string | null {
  const copyright = new RegExp(String.raw`(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(${CAPITALISED_NAME})`, 'iu').exec(note);
  if (copyright?.[1]) return trimCompanySuffix(copyright[1]);
  const possessive = new RegExp(String.raw`\b(?:as|at|for|joined|joining)\s+(${CAPITALISED_NAME})['’]s\b`, 'u').exec(note);
  if (possessive?.[1]) return possessive[1];
  return null;
}

function trimCompanySuffix(name: string): string {
  return name.replace(/\s+(?:Company|Co\.?|Inc\.?|Ltd\.?|LLC|Corporation|Corp\.?|Media|Group|Interactive)$/i, '').trim();
}

/** A publication name from a web address's host, as a last resort ("www.voanews.com" -> "voanews.com"). */
export function publicationFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.replace(/^(?:www\d*|m|amp|mobile)\./i, '');
    return host === '' ? null : host;
  } catch {
    return null;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
