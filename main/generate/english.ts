/**
 * English for generated bodies: real function words (which Lunr's stop-word filter drops, as it
 * would in real text), a head of real news vocabulary, and a long tail of made-up but pronounceable
 * words, all ranked for a Zipf draw. The tail matters: real archives hold tens of thousands of
 * distinct terms, and index size and query cost depend on it.
 */
import { Random } from './random.ts';

/** The commonest English words, most frequent first. About half of running text is these. */
export const FUNCTION_WORDS: readonly string[] = (
  'the of and to a in that is was for on it with as he said by at from his be have are an ' +
  'has but not they this were had its who which their been would will or one more after also ' +
  'than there when we about up out into other what can over some could them no if only so two ' +
  'new she her all its while before during most because those through where under between both ' +
  'being such these against then many since may any should each very still much another while ' +
  'us our how did do just even around last first three down off well because without again'
).split(' ');

/** Real news vocabulary, roughly by frequency: the head of the content-word distribution. */
const NEWS_WORDS: readonly string[] = (
  'government year people percent officials president country state minister time week ' +
  'report according market police company years city day group public told statement month ' +
  'economy world national security party told support plan officials million billion court ' +
  'law policy leaders military program water power trade election vote prices money health ' +
  'region local members workers children families school system industry companies border ' +
  'agreement talks deal crisis war forces attack peace conflict troops weapons nuclear energy ' +
  'oil gas climate emissions growth bank rates inflation debt budget tax spending investors ' +
  'shares stocks exports imports factory jobs unemployment wages union strike protest ' +
  'protesters demonstrators rally campaign candidate parliament congress senate lawmakers ' +
  'bill legislation ruling judge trial prosecutors investigation charges arrested prison ' +
  'victims hospital doctors patients disease vaccine outbreak virus cases deaths scientists ' +
  'research study data analysis experts university students teachers education technology ' +
  'internet online digital network software phones users privacy rights freedom press media ' +
  'newspaper reporters journalists television broadcast interview spokesman spokeswoman ' +
  'director chief executive chairman board director committee council agency ministry ' +
  'department administration office capital province village farmers harvest crops food ' +
  'drought flood storm earthquake disaster rescue relief aid refugees migrants asylum ' +
  'immigration visa embassy diplomat diplomats ambassador summit meeting conference ' +
  'negotiations sanctions treaty alliance partners allies neighbors relations cooperation ' +
  'tensions dispute territory island sea coast navy ships aircraft missile missiles launch ' +
  'test tests satellite space rocket pipeline reactor plant electricity grid coal solar wind ' +
  'renewable carbon warming temperatures ice forest wildlife species conservation pollution ' +
  'air cities housing rent construction roads railway airport flights travel tourism hotels ' +
  'visitors culture museum film music festival artist writer book novel history century ' +
  'memorial anniversary ceremony church religious leader leaders community residents ' +
  'neighborhood streets violence shooting killed wounded injured soldiers officers commander ' +
  'general army border guards checkpoint convoy strike raid operation mission command ' +
  'intelligence spy surveillance cyber hackers attack attacks evidence documents records ' +
  'emails letter letters speech address remarks announcement decision measures rules ' +
  'regulation regulators standards safety risk risks warning warnings forecast outlook ' +
  'quarter profit profits revenue sales losses earnings merger acquisition stake bid offer ' +
  'contract contracts project projects infrastructure investment funds loans lenders ' +
  'currency dollar yen euro won yuan ruble exchange reserves banks banking finance ' +
  'financial markets traders analysts economists consumers demand supply shortage costs ' +
  'fuel gasoline diesel crude barrels output production producers exporters cartel quota'
).split(' ');

const ONSETS = ['b', 'br', 'c', 'ch', 'cl', 'd', 'dr', 'f', 'fl', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pl', 'pr', 'r', 's', 'sh', 'sk', 'sl', 'st', 't', 'th', 'tr', 'v', 'w'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ee', 'io', 'ou', 'y'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 't', 'nd', 'nt', 'rk', 'st', 'ck', 'm', 'ng'];
const SUFFIXES = ['', '', '', 'ing', 'ed', 'er', 'ers', 'tion', 'ment', 'ly', 'ity', 'ness', 'al', 'ous', 'ism'];

/**
 * The content vocabulary in rank order: real news words first, then `tailSize` distinct made-up
 * words. Fixed for a given tail size (its own seed), so every archive shares one vocabulary.
 */
export function contentVocabulary(tailSize: number): string[] {
  const random = new Random(0x5eed);
  const seen = new Set<string>([...NEWS_WORDS, ...FUNCTION_WORDS]);
  const words = [...new Set(NEWS_WORDS)];
  while (words.length < NEWS_WORDS.length + tailSize) {
    const syllables = random.int(1, 3);
    let word = '';
    for (let i = 0; i < syllables; i++) word += random.pick(ONSETS) + random.pick(VOWELS) + (i === syllables - 1 ? random.pick(CODAS) : '');
    word += random.pick(SUFFIXES);
    if (word.length < 4 || seen.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  return words;
}
