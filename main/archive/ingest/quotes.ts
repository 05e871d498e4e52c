/**
 * Quotations in the body and who said them, as a reader finds them: the attribution next to the
 * quote ('"...," said Jannuzi', '« ... », a déclaré le ministre', '„...“, so Merkel', 'Putin said:
 * "..."', 'Según el alcalde, «...»'), a Spanish or Portuguese dialogue dash ('—No iremos —dijo
 * el alcalde—.'), or a sentence of the same paragraph that names the speaker ('Jannuzi said he
 * agreed. "..."'). The words come from the clipping's language (attribution-phrases.ts): English,
 * French, Spanish, German and Portuguese; in other languages the English patterns are tried.
 */
import type { Quotation } from '../../../preload/api/index.ts';
import { attributionPhrases, NAME_PARTICLES, type AttributionPhrases } from './attribution-phrases.ts';

const OPEN = '"“„«';
const CLOSE = '"”»“';
const QUOTE_SPAN = new RegExp(`[${OPEN}]([^${OPEN}${CLOSE}]{2,1200}?)[${CLOSE}]`, 'g');
/** "—No vamos a rendirnos —dijo el alcalde—. Seguiremos." : the quote, the attribution, what follows. */
const DIALOGUE = /^\s*[—―]\s*([^—―]{2,1200}?)\s+[—―]\s*([^—―]{2,160}?)\s*(?:[—―]\s*[.,]?\s*([^—―]*))?$/u;

/** Not end-of-word: \b only knows ASCII letters, and "afirmó", "déclaré" end in others. */
const END = '(?![\\p{L}\\p{N}])';
/** A name ("Joseph DeTrani", "O’Brien", "Charles de Gaulle"): capitalised words, particles only between them. */
const NAME = `\\p{Lu}[\\p{L}’'.-]*(?:\\s+(?:(?:${NAME_PARTICLES})\\s+)*\\p{Lu}[\\p{L}’'.-]*)*`;

interface AttributionPatterns {
  phrases: AttributionPhrases;
  /** After the quote: ', said X', ', X said', ', according to X'. */
  after: RegExp;
  /** Before the quote: 'X said, ', 'X told reporters: '. */
  before: RegExp;
  /** Before the quote, verb first: 'sagte Merkel: ', 'Según el ministro, '. */
  verbFirstBefore: RegExp;
  /** A sentence of the paragraph naming the speaker: 'Jannuzi said there is'. */
  sentence: RegExp;
  /** The whole of a dash attribution: 'dijo el alcalde'. */
  dashAttribution: RegExp;
}

/** "selon|según" to "selon|Selon|según|Según": these open sentences too (the patterns are case-sensitive, for names). */
function withCapitals(alternation: string): string {
  return alternation.split('|').flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)]).join('|');
}

function patternsFor(phrases: AttributionPhrases): AttributionPatterns {
  // A noun phrase ("the former official", "le ministre de l'Intérieur"); "l’" joins its noun.
  const phrase = `(?:(?:${withCapitals(phrases.determiners)})\\s+|[lL][’']\\s*)[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+){0,5}`;
  const speaker = `(${NAME}|${phrase})`;
  const verbs = `(?:${phrases.verbs})${END}`;
  const according = `(?:${withCapitals(phrases.according)})${END}`;
  return {
    phrases,
    after: new RegExp(`^\\s*,?\\s*(?:${verbs}\\s+${speaker}|${speaker}\\s+${verbs}|${according}\\s+${speaker})`, 'u'),
    before: new RegExp(`${speaker}\\s+${verbs}(?:\\s+[\\p{Ll}\\s'’]{1,30}?)?\\s*[,:]?\\s*$`, 'u'),
    verbFirstBefore: new RegExp(`(?:^|[\\s,])(?:${verbs}|${according})\\s+${speaker}\\s*[,:]\\s*$`, 'u'),
    sentence: new RegExp(`(?:^|[.!?]["”»“]?\\s+)(${NAME})\\s+${verbs}`, 'gu'),
    dashAttribution: new RegExp(`^${verbs}\\s+${speaker}`, 'u'),
  };
}

const cache = new Map<AttributionPhrases, AttributionPatterns>();
function patternsOf(language: string | null | undefined): AttributionPatterns {
  const phrases = attributionPhrases(language);
  let patterns = cache.get(phrases);
  if (!patterns) cache.set(phrases, (patterns = patternsFor(phrases)));
  return patterns;
}

const MIN_WORDS_ATTRIBUTED = 3;
const MIN_WORDS_UNATTRIBUTED = 6;
const MAX_QUOTES = 60;

/** Quotations of the body paragraphs (subheadings skipped), with speakers read in `language` (ISO 639-1). */
export function findQuotes(body: string[], headings: ReadonlySet<number> = new Set(), language: string | null = null): Quotation[] {
  const patterns = patternsOf(language);
  const quotes: Quotation[] = [];
  const add = (text: string, speaker: string | null, paragraph: number): void => {
    const words = text.split(/\s+/).length;
    if (quotes.length < MAX_QUOTES && words >= (speaker ? MIN_WORDS_ATTRIBUTED : MIN_WORDS_UNATTRIBUTED)) quotes.push({ text, speaker, paragraph });
  };
  body.forEach((paragraph, index) => {
    if (headings.has(index) || quotes.length >= MAX_QUOTES) return;
    if (patterns.phrases.dashDialogue) {
      const dialogue = dashDialogue(paragraph, patterns);
      if (dialogue) add(dialogue.text, dialogue.speaker, index);
    }
    for (const match of paragraph.matchAll(QUOTE_SPAN)) {
      const text = match[1]!.trim().replace(/[,]$/, '');
      const start = match.index;
      add(text, speakerOf(paragraph, start, start + match[0].length, patterns), index);
    }
  });
  return quotes;
}

/** A paragraph opened by a dialogue dash whose second dash introduces a speech verb and a speaker. */
function dashDialogue(paragraph: string, patterns: AttributionPatterns): { text: string; speaker: string | null } | null {
  const match = DIALOGUE.exec(paragraph);
  if (!match) return null;
  const attribution = patterns.dashAttribution.exec(match[2]!.trim());
  if (!attribution) return null;
  const rest = (match[3] ?? '').trim();
  const text = [match[1]!.trim().replace(/[,]$/, ''), rest].filter((part) => part !== '').join(' ');
  return { text, speaker: cleanSpeaker(attribution[1], patterns.phrases) };
}

function speakerOf(paragraph: string, start: number, end: number, patterns: AttributionPatterns): string | null {
  const after = patterns.after.exec(paragraph.slice(end, end + 160));
  if (after) return cleanSpeaker(after[1] ?? after[2] ?? after[3], patterns.phrases);
  const beforeText = paragraph.slice(Math.max(0, start - 160), start);
  const before = patterns.before.exec(beforeText);
  if (before) return cleanSpeaker(before[1], patterns.phrases);
  if (patterns.phrases.verbFirstBefore) {
    const verbFirst = patterns.verbFirstBefore.exec(beforeText);
    if (verbFirst) return cleanSpeaker(verbFirst[1], patterns.phrases);
  }
  // The nearest sentence before the quote that says who speaks.
  let named: string | null = null;
  for (const match of paragraph.slice(0, start).matchAll(patterns.sentence)) named = match[1] ?? null;
  return cleanSpeaker(named, patterns.phrases);
}

/** Abbreviated titles before a name, whose full stop does not end a sentence. */
const TITLES = '(?:Mr|Mrs|Ms|Dr|Drs|St|Jr|Sr|Sra|Srta|Dra|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Mme|Mlle|Me|Pr|Hr|Fr|Sta|Sto)';

/** "Joseph DeTrani, who previously worked" to "Joseph DeTrani"; pronouns say nothing of who. */
function cleanSpeaker(raw: string | null | undefined, phrases: AttributionPhrases): string | null {
  // A comma, a clause word, or a full stop after a word ends the speaker; not after an initial
  // ("George W. Bush") or a title ("Mr. Reeves", "Dr. Sá").
  const clause = new RegExp(`,|\\s+(?:${phrases.clauseStarts})(?![\\p{L}])|(?<=\\p{L}{2})(?<!(?:^|\\s)${TITLES})\\.\\s`, 'u');
  const speaker = (raw ?? '').split(clause)[0]!.trim().replace(/[.’']+$/, '');
  if (speaker === '' || new RegExp(`^(?:${phrases.pronouns})$`, 'iu').test(speaker)) return null;
  // An article alone ("The", "Der") is the start of a sentence, not a speaker.
  if (new RegExp(`^(?:${phrases.determiners})$`, 'iu').test(speaker)) return null;
  // "The spokesman" at the start of a sentence is "the spokesman" elsewhere.
  const determiner = new RegExp(`^(?:${withCapitals(phrases.determiners)})\\s+\\p{Ll}`, 'u').exec(speaker);
  return determiner ? speaker.charAt(0).toLowerCase() + speaker.slice(1) : speaker;
}
