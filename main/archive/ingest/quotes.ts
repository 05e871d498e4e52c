/**
 * Quotations in the body and who said them, as a reader finds them: the attribution next to the
 * quote ('"...," said Jannuzi', '"...," the former official said', 'Putin said: "..."'), or a
 * sentence of the same paragraph that names the speaker ('Jannuzi said he agreed. "..."').
 * English attributions only; elsewhere a quote is kept with no speaker.
 */
import type { Quotation } from '../../../preload/api.ts';

const OPEN = '"“„«';
const CLOSE = '"”»“';
const QUOTE_SPAN = new RegExp(`[${OPEN}]([^${OPEN}${CLOSE}]{2,1200}?)[${CLOSE}]`, 'g');

const VERBS = 'said|says|told|added|adds|explained|noted|wrote|writes|asked|argued|insisted|warned|recalled|replied|continued|declared|stated|tweeted';
/** A name ("Joseph DeTrani", "O’Brien") or a noun phrase ("the former official", "a spokesman"). */
const NAME = `\\p{Lu}[\\p{L}’'.-]*(?:\\s+(?:\\p{Lu}[\\p{L}’'.-]*|de|van|von|bin|al|da|del|la|le))*`;
const PHRASE = `(?:the|a|an|one|another|his|her|their)\\s+[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+){0,5}`;
const SPEAKER = `(${NAME}|${PHRASE})`;

/** After the quote: ', said X', ', X said', ', according to X'. */
const SAID_AFTER = new RegExp(`^\\s*,?\\s*(?:(?:${VERBS})\\s+${SPEAKER}|${SPEAKER}\\s+(?:${VERBS})\\b|according\\s+to\\s+${SPEAKER})`, 'u');
/** Before the quote: 'X said, ', 'X said: ', 'X told reporters: '. */
const SAID_BEFORE = new RegExp(`${SPEAKER}\\s+(?:${VERBS})(?:\\s+[\\p{Ll}\\s]{1,30}?)?\\s*[,:]?\\s*$`, 'u');
/** A sentence of the paragraph naming the speaker: 'Jannuzi said there is', 'DeTrani said Kim'. */
const SENTENCE_SAID = new RegExp(`(?:^|[.!?]["”]?\\s+)(${NAME})\\s+(?:${VERBS})\\b`, 'gu');

const MIN_WORDS_ATTRIBUTED = 3;
const MIN_WORDS_UNATTRIBUTED = 6;
const MAX_QUOTES = 60;

export function findQuotes(body: string[], headings: ReadonlySet<number> = new Set()): Quotation[] {
  const quotes: Quotation[] = [];
  body.forEach((paragraph, index) => {
    if (headings.has(index) || quotes.length >= MAX_QUOTES) return;
    for (const match of paragraph.matchAll(QUOTE_SPAN)) {
      const text = match[1]!.trim().replace(/[,]$/, '');
      const words = text.split(/\s+/).length;
      const start = match.index;
      const end = start + match[0].length;
      const speaker = speakerOf(paragraph, start, end);
      if (words < (speaker ? MIN_WORDS_ATTRIBUTED : MIN_WORDS_UNATTRIBUTED)) continue;
      quotes.push({ text, speaker, paragraph: index });
      if (quotes.length >= MAX_QUOTES) return;
    }
  });
  return quotes;
}

function speakerOf(paragraph: string, start: number, end: number): string | null {
  const after = SAID_AFTER.exec(paragraph.slice(end, end + 160));
  if (after) return cleanSpeaker(after[1] ?? after[2] ?? after[3]);
  const before = SAID_BEFORE.exec(paragraph.slice(Math.max(0, start - 160), start));
  if (before) return cleanSpeaker(before[1]);
  // The nearest sentence before the quote that says who speaks.
  let named: string | null = null;
  for (const match of paragraph.slice(0, start).matchAll(SENTENCE_SAID)) named = match[1] ?? null;
  return cleanSpeaker(named);
}

/** "Joseph DeTrani, who previously worked" to "Joseph DeTrani"; pronouns say nothing of who. */
function cleanSpeaker(raw: string | null | undefined): string | null {
  const speaker = (raw ?? '').split(/,|\s+(?:who|which|that|in|on|at|during|after|before)\s+/)[0]!.trim().replace(/[.’']+$/, '');
  if (speaker === '' || /^(?:he|she|they|it|we|i|you|this|that|there)$/i.test(speaker)) return null;
  if (/^(?:The|A|An)\s/.test(speaker) && speaker.split(/\s+/).length === 1) return null;
  return speaker;
}
