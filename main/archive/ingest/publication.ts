/**
 * The publication a copied text comes from, when the text itself says so. Copied text carries no
 * metadata, so we look where a page names its publisher: an author bio ("serves as Voice of
 * America's correspondent"), a production note ("This report was produced ... VOA ..."), a
 * copyright line, or a "for <Publication>" credit. Abbreviations are expanded through a small
 * table of well-known publication names; nothing site-specific is matched.
 */

/** Well-known publications and the short forms they sign with. */
import { isLikelyPersonName } from './authors.ts';
import { outletForUrl, outletNamed, outletNames } from './outlets.ts';

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
export function findPublication(lines: string[], bioText: string | null, bylines: string[] = [], url: string | null = null): string | null {
  // The article's own address, when the copy carries it, names a known outlet outright.
  const byAddress = outletForUrl(url);
  if (byAddress) return byAddress;
  const notes: string[] = [];
  if (bioText) notes.push(bioText);
  for (const line of lines) {
    if (/\b(?:report|story|article)\s+was\s+(?:produced|written|reported|contributed)\b/i.test(line)) notes.push(line);
  }
  for (const note of notes) {
    const known = knownPublicationIn(note);
    if (known) return known;
  }
  const selfNamed = selfNamingLine(lines);
  if (selfNamed) return selfNamed;
  // A copyright line naming the publication itself (not its owner) is the page's own word.
  const copyright = copyrightHolder(lines);
  if (copyright) return copyright;
  const voted = mostNamedOutlet(lines);
  if (voted) return voted;
  const named = bioText ? namedPublicationIn(bioText) : null;
  if (named) return named;
  for (const line of lines) {
    // A wire dateline opens the story: "LONDON (Reuters) -", "WASHINGTON (AP) —".
    const dateline = /^\p{Lu}[\p{Lu} .,'’-]{1,40}\s*\(([^)]{2,40})\)\s*[-–—]/u.exec(line.trim());
    const agency = dateline?.[1] ? publicationNamed(dateline[1].trim()) : null;
    if (agency) return agency;
  }
  for (const byline of bylines) {
    const agency = /[,|–—-]\s*([^,|–—-]+?)\s*$/.exec(byline)?.[1];
    const known = agency ? publicationNamed(agency) : null;
    if (known) return known;
  }
  return null;
}

/**
 * A line where a page names itself: "The Verge homepage", "The Daily Ledger - Back to home",
 * "Originally published on Live Science.", "More from Sportsnet", or a staff photographer's credit
 * naming a known outlet ("Doug Mills/The New York Times").
 */
function selfNamingLine(lines: string[]): string | null {
  const patterns = [
    /^(.{2,50}?)\s*(?:[-–—|]\s*)?(?:back to home|homepage|home page|logo)\s*$/i,
    /^originally (?:published|appeared) (?:on|in|at|by)\s+(.{2,50}?)\.?$/i,
  ];
  for (const pattern of patterns) {
    for (const line of lines) {
      const name = pattern.exec(line.trim())?.[1]?.trim();
      if (name && isNameLike(name)) return outletNamed(name) ?? name;
    }
  }
  for (const line of lines) {
    const credit = /\/\s*([^/]{2,50})$/.exec(line.trim())?.[1];
    const outlet = credit ? outletNamed(credit) : null;
    if (outlet && !WIRE_AND_PHOTO_AGENCIES.test(outlet)) return outlet;
  }
  return null;
}

/** Outlets named by an ordinary word: a menu of sections or sister sites names them too, so they need more than a mention. */
const ORDINARY_WORD_NAMES = new Set(['science', 'people', 'nature', 'time', 'money', 'fortune', 'slate', 'salon', 'stuff', 'metro', 'observer',
  'vice', 'insider', 'mint', 'dawn', 'vanguard', 'variety', 'billboard', 'deadline', 'quartz', 'wired', 'vogue', 'focus', 'stern', 'expresso',
  'público', 'observador', 'veja', 'i', 'inc.', 'eater', 'curbed', 'polygon', 'nation', 'the nation', 'the week', 'the times', 'the sun', 'the age',
  'the register', 'the root', 'the star', 'the hill', 'the australian', 'the national', 'the wire', 'the athletic', 'the intercept', 'ft', 'news24',
  'bild', 'welt', 'abc', 'the spectator', 'recode']);

/**
 * The known outlet a copy names most: on lines of their own (a masthead) or inside lines
 * ("Copyright © 2019, Los Angeles Times", "Follow The New York Times Opinion"). A menu of sister
 * sites names each of them once; the page's own name comes back. At least two mentions.
 */
function mostNamedOutlet(lines: string[]): string | null {
  const counts = new Map<string, number>();
  const mastheads = new Set(lines.slice(0, 80).map((line) => line.trim()));
  // One pass over the text with every name at once (a regular expression per name was 450 scans).
  for (const match of lines.join('\n').matchAll(outletPattern())) {
    const name = match[0];
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, found] of counts) {
    // A line near the top that is exactly the name is a masthead: worth a second mention.
    const count = found + (mastheads.has(name) ? 1 : 0);
    if (count >= 2 && count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

let outletRegExp: RegExp | null = null;

/** Every countable outlet name, longest first, as whole words. Wire services are left out: they are credited inside stories run by every outlet. */
function outletPattern(): RegExp {
  if (!outletRegExp) {
    const names = [...new Set([...outletNames(), ...PUBLICATIONS.map((p) => p.name)])]
      .filter((name) => name.length >= 3 && !ORDINARY_WORD_NAMES.has(name.toLowerCase()) && !WIRE_AND_PHOTO_AGENCIES.test(name))
      .sort((a, b) => b.length - a.length);
    outletRegExp = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  }
  return outletRegExp;
}

const WIRE_AND_PHOTO_AGENCIES = /^(?:(?:the )?associated press|reuters|agence france-presse|afp|getty images|epa|bloomberg|upi|xinhua|kyodo news|yonhap news agency|tass)$/i;
/** Legal forms and owners' words after a publication's name in a copyright line. */
const LEGAL_FORM = /(?:,?\s+(?:inc|llc|ltd|limited|plc|pty(?:\s+ltd)?|corp(?:oration)?|gmbh|ag|s\.?a\.?|co)\.?)+$|\s+company$/i;
/** A copyright holder that is the owning company, not the publication: "EHM Productions", "The Atlantic Monthly Group". */
const OWNER_WORDS = /\b(?:dow jones|nbcuniversal|news communications?|gannett|advance local|hearst|tribune publishing|news corp|conde nast|condé nast|dotdash|meredith|sinclair|tegna|nexstar|mcclatchy|lee enterprises|productions|group|holdings|interactive|communications|broadcasting|enterprises|publishing|publications|partners|networks?|media(?:\s+\w+)?)\b/i;

/** "© 2019 CNBC LLC. All Rights Reserved.", "Copyright © 2019, Los Angeles Times | Terms": the holder, cleaned. */
function copyrightHolder(lines: string[]): string | null {
  for (const line of [...lines].reverse()) {
    const match = /(?:[©ⓒ]|\([cс]\)|copyright)\s*(?:[©ⓒ]\s*)?(?:\d{4}(?:\s*[-–]\s*\d{0,4})?\s*,?\s*)?(.+)$/i.exec(line.trim());
    if (!match?.[1] || /\b(?:subsidiary|division|part) of\b/i.test(line)) continue;
    const holder = match[1].replace(/\s+\d{4}(?:\s*[-–]\s*\d{4})?\b.*$/, '').split(/\s*[|·•]\s*|\.\s+|\s+all rights reserved|,\s+all rights|\s+-\s+/i)[0]?.replace(LEGAL_FORM, '').replace(/[.,\s]+$/, '').trim() ?? '';
    // A photographer's "© Jane Doe" names a person, not the publication.
    if (!isNameLike(holder) || OWNER_WORDS.test(holder) || WIRE_AND_PHOTO_AGENCIES.test(holder) || isLikelyPersonName(holder)) continue;
    return outletNamed(holder) ?? holder;
  }
  return null;
}

/** A short capitalised name, not a sentence: "Los Angeles Times", "POLYGRAPH.info", "ScienceAlert". */
function isNameLike(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 6 && /^[\p{Lu}\d]/u.test(text) && !/[!?]/.test(text) && !/\b(?:rights|reserved|terms|privacy|policy)\b/i.test(text);
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
function publicationFromUrl(url: string | null | undefined): string | null {
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
