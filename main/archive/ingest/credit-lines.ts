/**
 * Bylines without a "By": the ways news pages credit a writer by name and role or outlet
 * ("Jon Henley Europe correspondent", "Jane Doe, Political Editor", "Tom Davies Associated Press",
 * "Anna Lee and Sam Ortiz Sioux Falls Argus Leader", "Nishant Kumar @nkumar"), and a headline
 * that carries its own byline and date on one line ("Headline by Jane Doe February 1, 2016").
 */
import { normaliseNameCase } from './authors.ts';
import { dateInText } from './dates.ts';

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*\.?`;
/** A name ends in a full word, not an initial ("Trevor J. Mitchell", not "Trevor J."). */
const LAST_WORD = String.raw`\p{Lu}[\p{L}'’-]+`;
const PARTICLE = String.raw`(?:de|da|do|dos|del|della|di|du|van|von|der|den|le|la|al|el|bin|ibn)`;
/**
 * Two to four capitalised words, particles allowed between them: "Jon Henley", "Trevor J. Mitchell",
 * "Ana de Souza". The middle is lazy: "Jon Henley Europe correspondent" names Jon Henley.
 */
const NAME = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)?${NAME_WORD}){0,2}?\s+(?:${PARTICLE}\s+)?${LAST_WORD}`;
const NAMES = String.raw`(${NAME}(?:\s*(?:,|and|&|und|et|e|y)\s+${NAME})*)`;
/** What follows a name in a credit: a newsroom role, a wire service, a handle. */
const ROLE = String.raw`(?:(?:senior|chief|deputy|associate|special|staff|contributing|political|economics|business|science|health|technology|tech|sports?|foreign|national|world|investigative|digital|managing|executive|editorial|[\p{Lu}][\p{L}-]+)\s+){0,3}(?:correspondent|editor|reporter|writer|columnist|contributor|critic|producer|analyst|journalist|chief|bureau chief|photographer|commentator|presenter|anchor|host)`;
const AGENCY = String.raw`(?:(?:The\s+)?Associated Press|AP|Reuters|AFP|Agence France-Presse|Bloomberg(?: News)?|dpa|EFE|ANSA|Kyodo|Yonhap|UPI)`;
/** A newspaper's name after the writer's: "Sioux Falls Argus Leader". Loose, so only trusted where a byline is expected. */
const NEWSPAPER = String.raw`(?:[\p{Lu}][\p{L}.&'-]*\s+){0,4}(?:News|Times|Post|Journal|Leader|Herald|Tribune|Gazette|Press|Chronicle|Courier|Examiner|Register)`;
const OUTLET = String.raw`(?:${AGENCY}|${NEWSPAPER})`;
/** The role in title case ("Political Editor"): only after a comma or bar, or "Biden Names New Treasury Chief" would credit Biden. */
const TITLED_ROLE = ROLE.replace(/\((\?:)?([a-z])/g, (_, q: string | undefined, c: string) => `(${q ?? ''}[${c}${c.toUpperCase()}]`)
  .replace(/\|([a-z])/g, (_, c: string) => `|[${c}${c.toUpperCase()}]`);
const ROLE_CREDIT = new RegExp(String.raw`^${NAMES}(?:\s*[,|–—-]\s*(?:${TITLED_ROLE}|${OUTLET}|@\w+)|\s+(?:${ROLE}|${OUTLET}|@\w+))\.?$`, 'u');
/** Without a newspaper's name: "Bezos Buys Washington Post" is a headline, not a credit. */
const STRICT_ROLE_CREDIT = new RegExp(String.raw`^${NAMES}(?:\s*[,|–—-]\s*(?:${TITLED_ROLE}|${AGENCY}|@\w+)|\s+(?:${ROLE}|${AGENCY}|@\w+))\.?$`, 'u');

/**
 * Names credited by a line like "Jon Henley Europe correspondent"; null when the line is not such
 * a credit. `strict` leaves out credits to a newspaper's name, which a headline can end with too.
 */
export function roleCreditNames(line: string, strict = false): string[] | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.split(' ').length > 14) return null;
  // "Chris Davies - Nov 19, 2019, 10:31 pm CST", "Catherine Shu @catherineshu / 2 days": a name, then its date or handle.
  const dated = NAME_THEN_DATE.exec(text);
  if (dated?.[1] && dated[2] && (dateInText(dated[2]) || RELATIVE_TIME.test(dated[2]))) return namesOf(dated[1]);
  const handled = NAME_THEN_HANDLE.exec(text);
  if (handled?.[1]) return namesOf(handled[1]);
  if (/[.!?]$/.test(text.replace(/\b(?:[A-Z]|Jr|Sr)\.$/, ''))) return null;
  const match = (strict ? STRICT_ROLE_CREDIT : ROLE_CREDIT).exec(text);
  if (!match?.[1]) return null;
  const names = match[1].split(/\s*(?:,|\band\b|&|\bund\b|\bet\b|\be\b|\by\b)\s+/).map((n) => n.trim()).filter(Boolean);
  // A name of role words alone ("Senior Editor") is no person.
  if (names.some((n) => new RegExp(`^${ROLE}$`, 'iu').test(n))) return null;
  return names.map(normaliseNameCase);
}

const NAME_THEN_DATE = new RegExp(String.raw`^${NAMES}\s*[-–—|·•,]\s*(.+)$`, 'u');
const NAME_THEN_HANDLE = new RegExp(String.raw`^${NAMES}\s+@\w+\b.*$`, 'u');
const RELATIVE_TIME = /^\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)(?:\s+ago)?$/i;

function namesOf(list: string): string[] | null {
  const names = list.split(/\s*(?:,|\band\b|&)\s+/).map((n) => n.trim()).filter(Boolean);
  if (names.some((n) => new RegExp(`^${ROLE}$`, 'iu').test(n) || /\b(?:Updated|Published|Posted)\b/.test(n))) return null;
  return names.map(normaliseNameCase);
}

export interface InlineByline {
  headline: string;
  authors: string[];
  publishedAt: string | null;
}

/** Case matters here (a name is capitalised), so the date is any word-and-numbers shape that dateInText then reads. */
const INLINE = new RegExp(String.raw`^(.{12,}?)\s+[Bb]y\s+(${NAME}(?:\s+(?:and|&)\s+${NAME})?)(?:\s*[,|·•–—-]?\s*(\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}.*|\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4}.*|\d{4}-\d{2}-\d{2}.*))?$`, 'u');

/**
 * "Harbour cranes return to work by Maria Okafor February 1, 2016": the headline, then the byline
 * and date a page printed on the same line. Only when a name (and nothing but a date) follows the
 * last "by", so "Stand by Me" or "Killed by police in Ohio" stay headlines.
 */
export function splitInlineByline(line: string): InlineByline | null {
  const match = INLINE.exec(line.replace(/\s+/g, ' ').trim());
  if (!match?.[1] || !match[2]) return null;
  const rest = match[3] ?? '';
  const date = rest ? dateInText(rest) : null;
  if (rest && !date) return null;
  // Without a date, the names must end the line and be a person's (not "by Police Officers").
  const authors = match[2].split(/\s+(?:and|&)\s+/).map(normaliseNameCase);
  if (!date && authors.some((a) => /\b(?:Police|Officers?|Troops|Court|Government|Forces|Students|Fans|Voters)\b/.test(a))) return null;
  return { headline: match[1].replace(/\s*[,|–—-]\s*$/, ''), authors, publishedAt: date };
}
