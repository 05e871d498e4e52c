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
  const text = [title, ...body, ...captions].join('\n\n').slice(0, MAX_CHARS);
  if (text.trim() === '') return { people: [], places: [], organizations: [] };
  let doc;
  try {
    doc = nlp(text);
  } catch {
    return { people: [], places: [], organizations: [] };
  }
  const organizations = tidy([...(doc.organizations().out('array') as string[]), ...matches(text, ORG_BY_KIND)], cleanOrganization);
  let people = tidy([...(doc.people().out('array') as string[]), ...matches(text, ROLE_BEFORE_NAME), ...matches(text, APPOSITIVE)], cleanPerson);
  people = tidy([...people, ...people.flatMap((name) => fullNamesOf(name, text))], cleanPerson);
  const rawPlaces = (doc.places().out('array') as string[]).flatMap((place) => place.split(/,\s*/));
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

/** A one-word name compromise found alone ("Frank") where the text also gives it in full ("Frank Jannuzi"). */
function fullNamesOf(name: string, text: string): string[] {
  if (name.includes(' ') || !/^\p{Lu}[\p{Ll}’'-]+$/u.test(name)) return [];
  const full = new RegExp(`(?<![\\p{L}])${name}((?:\\s+\\p{Lu}[\\p{Ll}’'-]+){1,3})(?![\\p{L}’'])`, 'gu');
  return matches(text, full).map((rest) => `${name}${rest}`);
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
  if (!/^\p{Lu}/u.test(name) || /\d/.test(name) || name.split(' ').length > 5) return '';
  return name;
}

function cleanPlace(raw: string): string {
  let place = trimmed(raw).replace(LEADING_THE, '');
  // A dateline's "LONDON" is London; short capitals are abbreviations ("US", "UAE").
  if (/^[\p{Lu}\s]{5,}$/u.test(place)) place = place.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  return /^\p{Lu}/u.test(place) && !/\d/.test(place) && place.split(' ').length <= 5 ? place : '';
}

function cleanOrganization(raw: string): string {
  const org = trimmed(raw).replace(LEADING_THE, '');
  return /^[\p{Lu}\d]/u.test(org) && org.split(' ').length <= 8 ? org : '';
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
