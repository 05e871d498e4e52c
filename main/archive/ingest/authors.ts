/**
 * Bylines to author lists. A byline arrives in many shapes ("By X and Y", "Par X", "X, Reuters",
 * "BY JANE DOE JAN. 13, 2017", a bare "Jee Abbey Lee" in an author box); this turns each into
 * the names only, in the order given, without the words around them.
 */
import nlp from 'compromise';

const BY_PREFIX = /^[^\p{L}\d]{0,3}(?:(?:written|posted|published|reported)\s+)?(?:by|par|por|von|door|di|da|av|af|przez|autor(?:a|in)?:?|author:?|text:?|words:?)\s+/iu;
const NAME_JOINERS = /\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\be\b|\by\b|\bog\b|\ben\b|\bi\b|\bwith\b)\s+|\s*(?:,|;|&)\s*/i;
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december';
const DATE_TAIL = new RegExp(`\\s*[,|·•–—-]?\\s*(?:(?:last\\s+)?(?:updated|published|posted)\\b.*|(?:${MONTHS})\\.?\\s+\\d{1,2}\\b.*|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b.*|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}.*|\\d{1,2}:\\d{2}.*)$`, 'i');
/** Organisations that follow a name in a byline ("X, Reuters"): they are the source, not an author. */
const ROLE_OR_AGENCY = /^(?:reuters|ap|afp|associated press|agence france-presse|dpa|efe|ansa|bloomberg|staff|staff writer|staff reporter|correspondent|senior (?:writer|editor|correspondent)|editor|contributor|reporter|columnist|special correspondent|\w+ (?:correspondent|editor|reporter|writer)|.*\b(?:news|service|desk|bureau|health news|times|post|journal)\b)$/i;

/**
 * A name-shaped line that is really a place or an organisation ("São Paulo", "New York"), as told
 * by compromise's lexicon; used to keep datelines and section names out of the authors.
 */
function namesPlaceOrOrganisation(text: string): boolean {
  const doc = nlp(text);
  const whole = text.trim().toLowerCase();
  return [doc.places().text(), doc.organizations().text()].some((found) => found.trim().toLowerCase() === whole);
}

/**
 * A line that is a person's name as far as we can tell: name-shaped, not a known place or
 * organisation, and, unless compromise recognises a person in it, free of verbs, adjectives, dates
 * and plurals ("Find FDA Consumer Updates", "Resize Text" and "Top Stories" are not names).
 */
export function isLikelyPersonName(text: string): boolean {
  if (!looksLikePersonLine(text) || namesPlaceOrOrganisation(text)) return false;
  const doc = nlp(text);
  if (doc.people().found) return true;
  return text.trim().split(/\s+/).length <= 3 && !doc.has('(#Verb|#Adjective|#Adverb|#Date|#Plural|#Preposition|#Determiner)');
}

/** Splits a byline into author names; returns [] when it holds no name. */
export function splitByline(byline: string | null | undefined): string[] {
  if (!byline) return [];
  const firstLine = (byline.split(/\n/).map((l) => l.trim()).find((l) => l !== '') ?? '')
    .replace(/\(?\s*(?:https?:\/\/|www\.)\S*\s*\)?/gi, ' ') // "Bradley M. Kuhn (http://ebb.org/bkuhn/)"
    .trim();
  // "on March 10, 2015 by Nikhil Marathe": the names follow the last "by".
  const dated = /^(?:.{3,40}?)\s+by\s+(\p{Lu}.*)$/u.exec(firstLine);
  const named = dated && !/^(?:by|par|por|von)\s/i.test(firstLine) ? (dated[1] ?? firstLine) : firstLine;
  let text = named.replace(/\s+/g, ' ')
    .replace(/(\p{Ll})(Staff|Senior|Contributing|Special|Chief|Writer|Reporter|Editor|Correspondent)\b/gu, '$1 $2') // "Meg JamesStaff Writer"
    .replace(BY_PREFIX, '').replace(DATE_TAIL, '')
    .replace(/\s+(?:publiziert|veröffentlicht|publié|publicado|pubblicato)\b.*$/i, '')
    .replace(/,?\s+(?:(?:staff|senior|contributing|special|chief)\s+)?(?:writer|reporter|editor|correspondent|columnist|contributor)$/i, '')
    .replace(/\s+(?:on|at)$/i, '')
    .trim();
  text = text.replace(/\s*[|·•]\s.*$/, '').replace(/\s+[-–—]\s+.*$/, '').trim();
  // "Alex Heath, a deputy editor and author of ...": the description after the name is not a name.
  text = text.replace(/,\s+(?:a|an|the|who|is|our|senior|staff|contributing|special)\s.*$/i, '').replace(/\s+(?:follow|twitter|email)\b.*$/i, '').trim();
  const parts = text.split(NAME_JOINERS).map((part) => part.replace(BY_PREFIX, '').replace(/^[\s"'“”(]+|[\s"'“”),.:;]+$/g, '').trim());
  // "Mac & i" is one name: split only when every piece can stand as a name on its own.
  const names = parts.every((part) => part === '' || /^\p{Lu}[\p{L}'’.-]+/u.test(part) || ROLE_OR_AGENCY.test(part)) ? parts : [text];
  const kept = names.filter((part) => part !== '' && !ROLE_OR_AGENCY.test(part) && looksLikeName(part) && !WEEKDAY_OR_MONTH.test(part));
  // Beside a name, a part with lower-case words is a job title; alone it may be an organisation's byline.
  const people = kept.filter((part) => !hasLowercaseWord(part));
  return dedupe((people.length > 0 ? people : kept).map(normaliseNameCase));
}

/** "Sherif Saed, Wednesday": a day or month is when, not who. */
const WEEKDAY_OR_MONTH = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|january|february|march|april|june|july|august|september|october|november|december)$/i;

const NAME_PARTICLES = /^(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|le|la|al|el|bin|ibn|y|e|zu|af|av)$/;

/** "Software Engineer on Google Play" is a job title: names have no lower-case words but particles. */
function hasLowercaseWord(part: string): boolean {
  return part.split(/\s+/).some((word) => /^\p{Ll}/u.test(word) && !NAME_PARTICLES.test(word));
}

/** Joins author lists from several sources, keeping the first spelling of each name. */
export function mergeAuthors(...lists: string[][]): string[] {
  for (const list of lists) if (list.length > 0) return dedupe(list);
  return [];
}

/**
 * A person's name as a line of its own: two to five words, each capitalised (particles allowed),
 * no digits, no sentence punctuation. Loose on purpose: the caller decides by position.
 */
export function looksLikePersonLine(line: string): boolean {
  const text = line.trim();
  if (!/^[\p{Lu}]/u.test(text) || /[\d@#:;!?|/]/.test(text) || /[.,]$/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  const particles = /^(?:de|da|do|dos|das|del|della|di|du|van|von|der|den|ter|le|la|al|el|bin|ibn|y|e)$/;
  return words.every((w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w) || particles.test(w)) && !COMMON_NON_NAMES.test(text);
}

const COMMON_NON_NAMES = /\b(?:login|log-in|logout|join|register|account|profile|settings|download|app|apps|edition|english|español|français|deutsch|blog|podcast|newsletter|magazine|shop|store|events|jobs|careers|news|home|page|menu|search|share|subscribe|sign|log|world|business|politics|sports|opinion|video|photo|image|more|read|latest|top|stories|article|the|and|of|for|with|our|your|about|contact|privacy|terms|help|follow|related|comments?)\b/i;

function looksLikeName(part: string): boolean {
  const words = part.split(/\s+/);
  if (words.length > 6 || /\d|https?:|www\.|@/.test(part)) return false;
  return /\p{L}/u.test(part);
}

/** "JEFFREY GETTLEMAN" -> "Jeffrey Gettleman"; names already in mixed case are left as written. */
export function normaliseNameCase(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
