/**
 * Running text for generated clippings: English sentences mixing real function words, a topic's
 * own words and a Zipf draw over the shared vocabulary; other languages from real sentences.
 */
import { contentVocabulary, FUNCTION_WORDS } from './english.ts';
import type { LanguageText } from './languages.ts';
import type { Random} from './random.ts';
import { ZipfSampler } from './random.ts';
import type { Topic } from './world.ts';

/** Distinct made-up words behind the real ones: enough for a vocabulary of real-archive size. */
const TAIL_WORDS = 40_000;

const vocabulary = contentVocabulary(TAIL_WORDS);
const contentZipf = new ZipfSampler(vocabulary.length, 1.07);
const functionZipf = new ZipfSampler(FUNCTION_WORDS.length, 0.9);

const SPEECH_VERBS = ['said', 'told reporters', 'said in a statement', 'added', 'wrote', 'said on Tuesday', 'said on Friday'];
const ROLES = ['a spokesman for the ministry', 'an analyst', 'a senior official', 'a professor of economics', 'a local resident', 'a diplomat'];

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** One sentence; `counted.words` grows by its length, so bodies need not split their text to count. */
export function englishSentence(random: Random, topic: Topic, person: () => string, counted = { words: 0 }): string {
  const length = random.int(9, 26);
  let text = '';
  for (let i = 0; i < length; i++) {
    const roll = random.next();
    let word: string;
    if (roll < 0.46) word = FUNCTION_WORDS[functionZipf.rank(random)]!;
    else if (roll < 0.53) word = random.pick(topic.words);
    else if (roll < 0.56) word = random.pick(topic.places);
    else if (roll < 0.57) word = String(random.int(2, 990));
    else word = vocabulary[contentZipf.rank(random)]!;
    if (i === 0) text = capitalize(word);
    else text += ` ${word}`;
    if (i > 2 && i < length - 3 && random.chance(0.06)) text += ',';
  }
  counted.words += length;
  if (random.chance(0.12)) return `“${text},” ${person()}, ${random.pick(ROLES)}, ${random.pick(SPEECH_VERBS)}.`;
  return `${text}.`;
}

/** About `targetWords` words of English in paragraphs of two to five sentences. */
export function englishBody(random: Random, topic: Topic, targetWords: number, person: () => string): string[] {
  const paragraphs: string[] = [];
  const counted = { words: 0 };
  while (counted.words < targetWords) {
    const sentences: string[] = [];
    const count = random.int(2, 5);
    for (let i = 0; i < count; i++) sentences.push(englishSentence(random, topic, person, counted));
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs;
}

/** Paragraphs of real sentences in the language, about as long as an English body's reading time. */
export function foreignBody(random: Random, language: LanguageText, place: string, day: string): string[] {
  // A dateline, as wire copy opens: it also keeps two clippings from the same few sentences apart.
  const paragraphs: string[] = [`${place}, ${day}`];
  const count = random.int(6, 12);
  for (let p = 0; p < count; p++) {
    const sentences = random.sample(language.sentences, random.int(2, 4));
    paragraphs.push(sentences.join(language.code === 'zh' || language.code === 'ja' ? '' : ' '));
  }
  return paragraphs;
}

/** A headline from the topic's patterns. */
export function headline(random: Random, topic: Topic): string {
  const word = random.pick(topic.words);
  return random
    .pick(topic.headlines)
    .replace('{place}', random.pick(topic.places))
    .replace('{Place}', random.pick(topic.places))
    .replace('{word}', word)
    .replace('{Word}', capitalize(word));
}
