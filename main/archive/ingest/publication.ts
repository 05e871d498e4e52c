/**
 * The publication a copied text comes from, when the text itself says so. Copied text carries no
 * metadata, so we look where a page names its publisher: an author bio ("serves as Voice of
 * America's correspondent"), a production note ("This report was produced ... VOA ..."), a
 * copyright line, or a "for <Publication>" credit. Abbreviations are expanded through a small
 * table of well-known publication names; nothing site-specific is matched.
 */

/** Well-known publications and the short forms they sign with. */
import { outletForUrl, outletNamed } from './outlets.ts';

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

/**
 * Finds the publication a copied page names for itself. In order of trust: the page's own notes
 * (author bio, "This report was produced ..." line, copyright line), a wire dateline ("LONDON
 * (Reuters) -"), a masthead line near the top
 * that is exactly a well-known publication's name, then a wire service credited in the byline
 * ("By Jane Doe, Reuters").
 */
export function findPublication(lines: string[], bioText: string | null, bylines: string[] = []): string | null {
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
  // A copyright line names the owning company ("CBS Interactive"), not the publication: only a
  // bio's "joined X" / "X's correspondent" is read for a name outside the table.
  const named = bioText ? namedPublicationIn(bioText) : null;
  if (named) return named;
  for (const line of lines) {
    // A wire dateline opens the story: "LONDON (Reuters) -", "WASHINGTON (AP) —".
    const dateline = /^\p{Lu}[\p{Lu} .,'’-]{1,40}\s*\(([^)]{2,40})\)\s*[-–—]/u.exec(line.trim());
    const agency = dateline?.[1] ? publicationNamed(dateline[1].trim()) : null;
    if (agency) return agency;
  }
  for (const line of lines.slice(0, 80)) {
    const masthead = publicationNamed(line.trim());
    if (masthead) return masthead;
  }
  for (const byline of bylines) {
    const agency = /[,|–—-]\s*([^,|–—-]+?)\s*$/.exec(byline)?.[1];
    const known = agency ? publicationNamed(agency) : null;
    if (known) return known;
  }
  return null;
}

/** The publication whose name or alias is exactly this text. */
function publicationNamed(text: string): string | null {
  const folded = text.toLowerCase();
  for (const publication of PUBLICATIONS) {
    if ([publication.name, ...publication.aliases].some((form) => form.toLowerCase() === folded)) return publication.name;
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

/** A capitalised name in a publisher position of a bio: "serves as X's correspondent", "joined X's staff". */
function namedPublicationIn(note: string): string | null {
  const possessive = new RegExp(String.raw`\b(?:as|at|for|joined|joining)\s+(${CAPITALISED_NAME})['’]s\b`, 'u').exec(note);
  return possessive?.[1] ?? null;
}

/**
 * A saved page's publication: the known outlet of its address, else the name it gives itself
 * (og:site_name, then the JSON-LD publisher) without a tagline after a separator, else its domain.
 * A site_name that is an address or a lower-case slug ("cleveland", "https://www.x.in") is no name.
 */
export function pagePublication(page: { siteName: string | null; publisher: string | null; url: string | null }): string | null {
  const known = outletForUrl(page.url);
  if (known) return known;
  for (const candidate of [page.siteName, page.publisher]) {
    const name = (candidate ?? '').replace(/\s+/g, ' ').trim().split(/\s+[|–—-]\s+|\s*\|\s*/)[0]?.trim() ?? '';
    if (name === '' || /^(?:https?:|www\.)/i.test(name) || name.length > 60) continue;
    if (/^[\p{Ll}\d.-]+$/u.test(name) && !name.includes('.')) continue;
    return outletNamed(name) ?? name;
  }
  return publicationFromUrl(page.url);
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
