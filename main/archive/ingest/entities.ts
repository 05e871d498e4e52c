/**
 * The people, places and organisations a clipping names, found by compromise (a maintained NLP
 * library) and tidied with a few general rules where it is known to slip: titles and possessives
 * kept on names ("Minister Sergey Lavrov,", "Pyongyang’s"), "Moscow, Russia" read as one place,
 * a name after a role word it does not tag ("envoy Choe Ryong Hae"), an organisation named by its
 * kind of body ("the Mansfield Foundation"), and a first name alone next to the full name.
 */
import nlp from 'compromise';
import type { NamedEntities } from '../../../preload/api/index.ts';

const MAX_PER_KIND = 25;
/** compromise's time grows with the text; a very long clipping is read from its first part. */
const MAX_CHARS = 60_000;

const TITLES = /^(?:(?:former|late|then|acting|deputy|vice|prime|foreign|interior|defen[cs]e|finance|chief|general|senior|special|u\.?s\.?|russian|chinese|american|british|french|german|north|south|korean|japanese)\s+)*(?:president|minister|mr|mrs|ms|dr|sen|senator|rep|gen|general|secretary|chancellor|king|queen|pope|prince|princess|leader|envoy|ambassador|governor|mayor|judge|justice|professor|prof|sir|dame|lord|lady|premier|chairman|chairwoman|director|spokesman|spokeswoman|officer|commander|captain|colonel|lieutenant|sergeant|cardinal|bishop|rabbi|imam|father|sister|saint|st)(?:-elect)?\.?\s+/i;
/** Words a role noun ends with, followed by a name it introduces ("envoy Choe Ryong Hae"). */
const ROLE_BEFORE_NAME = /\b(?i:envoy|president|minister|leader|official|spokesman|spokeswoman|aide|ambassador|chairman|chairwoman|secretary|senator|governor|mayor|director|professor|analyst|expert|correspondent|reporter|author|founder|general|chancellor|premier|dictator|king|queen|prince|princess)\s+((?:\p{Lu}[\p{Ll}’'-]+\s+){1,3}\p{Lu}[\p{Ll}’'-]+)/gu;
/** A name opening a sentence, then who they are: "Choe Ryong Hae, a high-ranking member of". */
const APPOSITIVE = /(?:^|[.!?]\s+)((?:\p{Lu}[\p{Ll}’'-]+\s+){1,3}\p{Lu}[\p{Ll}’'-]+), (?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,4}(?:member|aide|official|leader|president|minister|director|spokesman|spokeswoman|expert|analyst|professor|author|founder|head|chief|veteran|former|senior|who)\b/gmu;
const ORG_KIND = '(?:Foundation|Institute|Institution|University|College|School|Party|Council|Agency|Ministry|Department|Bank|Association|Center|Centre|Committee|Commission|Corporation|Company|Group|Organi[sz]ation|Union|Fund|Society|Academy|Office|Bureau|Service|Federation|League|Network|Times|Post|Journal|Press|Inc\\.?|Ltd\\.?|LLC|Corp\\.?|Co\\.)';
const ORG_BY_KIND = new RegExp(`\\b((?:\\p{Lu}[\\p{L}’'&.-]*\\s+){1,4}${ORG_KIND})(?![\\p{L}])`, 'gu');
const LEADING_THE = /^(?:the|a|an)\s+/i;

/** Captions name people too (never dates: see dates in understanding.ts), so they are read here. */
export function findEntities(title: string, body: string[], captions: string[] = []): NamedEntities {
  // A headline in Title Case capitalises every word, so compromise reads "Pearl Oscar Dress" as a
  // person: such a headline is left out (what it names, the story names again).
  const text = [isTitleCase(title) ? '' : title, ...body, ...captions].join('\n\n').slice(0, MAX_CHARS);
  if (text.trim() === '') return { people: [], places: [], organizations: [] };
  let doc;
  try {
    doc = nlp(text);
  } catch {
    return { people: [], places: [], organizations: [] };
  }
  const rawOrganizations = [...(doc.organizations().out('array') as string[]), ...matches(text, ORG_BY_KIND)];
  // "U.S." read as an organisation is the country.
  const countriesAmongOrganizations = rawOrganizations.filter((o) => canonicalPlace(trimmed(o)) !== trimmed(o));
  const organizations = tidy(rawOrganizations.filter((o) => !countriesAmongOrganizations.includes(o)), cleanOrganization);
  let people = tidy([...(doc.people().out('array') as string[]), ...matches(text, ROLE_BEFORE_NAME), ...matches(text, APPOSITIVE)], cleanPerson);
  people = tidy([...people, ...matches(text, WHO_CLAUSE)], cleanPerson);
  people = tidy([...people, ...people.flatMap((name) => fullNamesOf(name, text))], cleanPerson);
  // "an Oscar", "the Grammys": a capitalised word after an article is a thing, not a person.
  people = people.filter((name) => name.includes(' ') || !new RegExp(`\\b(?:a|an|the)\\s+${name}`, 'i').test(text));
  const rawPlaces = [...(doc.places().out('array') as string[]).flatMap((place) => place.split(/,\s*/)), ...countriesAmongOrganizations];
  let places = tidy(rawPlaces, cleanPlace);

  // A "place" that starts with a person's name is that person ("Kim Kye Gwan" after "Kim").
  const personWords = new Set(people.map((p) => p.split(' ')[0]!.toLowerCase()));
  const misread = places.filter((p) => p.includes(' ') && personWords.has(p.split(' ')[0]!.toLowerCase()) && !/\b(?:North|South|East|West|New|San|Saint|St)\b/.test(p));
  people = tidy([...people, ...misread], cleanPerson);
  places = places.filter((p) => !misread.includes(p));
  // A word of an organisation's name is not a place of its own ("Mansfield" of "Mansfield Foundation").
  places = places.filter((p) => !organizations.some((o) => o !== p && o.startsWith(`${p} `)));
  people = people.filter((p) => !organizations.some((o) => o.toLowerCase() === p.toLowerCase()));

  return {
    people: withoutParts(people).slice(0, MAX_PER_KIND),
    // Not for places: "Sudan" is not a part of "South Sudan".
    places: places.slice(0, MAX_PER_KIND),
    organizations: withoutParts(organizations).slice(0, MAX_PER_KIND),
  };
}

/** "Okonjo, who won an Oscar": a name followed by "who" is a person. */
const WHO_CLAUSE = /(?:^|[.!?]\s+|\s)((?:\p{Lu}[\p{Ll}’'-]+\s+){0,2}\p{Lu}[\p{Ll}’'-]+), who\b/gmu;

/**
 * A one-word name compromise found alone ("Frank", "Okonjo") where the text also gives it in full
 * ("Frank Jannuzi", "Amara Okonjo"): the first name before more names, or a surname after one.
 */
function fullNamesOf(name: string, text: string): string[] {
  if (name.includes(' ') || !/^\p{Lu}[\p{Ll}’'-]+$/u.test(name)) return [];
  const full = new RegExp(`(?<![\\p{L}])${name}((?:\\s+\\p{Lu}[\\p{Ll}’'-]+){1,3})(?![\\p{L}’'])`, 'gu');
  const before = new RegExp(`(?<=\\s|^)(\\p{Lu}[\\p{Ll}’'-]+)\\s+${name}(?![\\p{L}])`, 'gmu');
  return [...matches(text, full).map((rest) => `${name}${rest}`), ...matches(text, before).filter((first) => !/^(?:The|A|An|In|On|At|Of|For|And|But|When|If|As)$/.test(first)).map((first) => `${first} ${name}`)];
}

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1] ?? '');
}

/** Trailing punctuation, quotes, brackets and possessives off; whitespace folded. */
function trimmed(raw: string): string {
  return raw
    .replace(/\s+/g, ' ')
    .replace(/^[\s"“”'‘’([{«]+|[\s"“”'‘’)\]}»,.;:!?—–-]+$/g, '')
    .replace(/[’']s\b.*$/, '')
    .replace(/\s*\[.*$/, '')
    .trim()
    .replace(/^(?:\p{Lu}\.)+\p{Lu}$/u, '$&.'); // "U.S." keeps its last dot
}

function cleanPerson(raw: string): string {
  let name = trimmed(raw);
  for (let i = 0; i < 3 && TITLES.test(name); i++) name = name.replace(TITLES, '');
  name = trimmed(name);
  if (TITLES.test(`${name} `)) return '';
  if (!/^\p{Lu}/u.test(name) || /\d/.test(name) || name.split(' ').length > 5 || NOT_IN_NAMES.test(name)) return '';
  // A country is not a person ("U.S." tagged as one).
  if (canonicalPlace(name) !== name) return '';
  return name;
}

/** One name for a country written several ways: "US", "U.S." and "the United States" are one place. */
const COUNTRY_NAMES: Record<string, string> = {
  us: 'United States', usa: 'United States', 'united states': 'United States', 'united states of america': 'United States', america: 'United States',
  uk: 'United Kingdom', 'united kingdom': 'United Kingdom', britain: 'United Kingdom', 'great britain': 'United Kingdom',
  uae: 'United Arab Emirates', 'united arab emirates': 'United Arab Emirates', drc: 'Democratic Republic of the Congo',
  dprk: 'North Korea', 'north korea': 'North Korea', rok: 'South Korea', 'south korea': 'South Korea', prc: 'China', ussr: 'Soviet Union',
};

function canonicalPlace(place: string): string {
  const key = place.replace(LEADING_THE, '').replace(/\./g, '').toLowerCase().trim();
  return COUNTRY_NAMES[key] ?? place;
}

function cleanPlace(raw: string): string {
  let place = canonicalPlace(trimmed(raw).replace(LEADING_THE, ''));
  // A dateline's "LONDON" is London; short capitals are abbreviations ("US", "UAE").
  if (/^[\p{Lu}\s]{5,}$/u.test(place)) place = place.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  return /^\p{Lu}/u.test(place) && !/\d/.test(place) && place.split(' ').length <= 5 ? place : '';
}

/** Words that make a found "name" a phrase of the sentence, not a name ("Wednesday, police"). */
const NOT_IN_NAMES = /,|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|police said|said|says)\b/i;

function cleanOrganization(raw: string): string {
  const org = trimmed(raw).replace(LEADING_THE, '');
  return /^[\p{Lu}\d]/u.test(org) && org.split(' ').length <= 8 && !NOT_IN_NAMES.test(org) ? org : '';
}

/** "Actress's $150K Pearl Oscar Dress Stolen From Hotel Room": most words capitalised. */
function isTitleCase(title: string): boolean {
  const words = title.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * words.length;
}

/** Cleaned, non-empty, first spelling kept, in order of first mention. */
function tidy(values: string[], clean: (raw: string) => string): string[] {
  const seen = new Map<string, string>();
  for (const value of values) {
    const cleaned = clean(value);
    const key = cleaned.toLowerCase().replace(/\./g, '');
    if (cleaned.length > 1 && !seen.has(key)) seen.set(key, cleaned);
  }
  return [...seen.values()];
}

/**
 * A name that is only part of a longer one in the list goes ("Kim" and "Kim Jong" beside
 * "Kim Jong Un").
 */
function withoutParts(names: string[]): string[] {
  return names.filter((name) => {
    const words = ` ${name.toLowerCase()} `;
    return !names.some((other) => other.length > name.length && ` ${other.toLowerCase()} `.includes(words));
  });
}
