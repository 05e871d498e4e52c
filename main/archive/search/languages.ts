/**
 * One text analyser per language: how a field becomes index terms, and how a query term becomes
 * the terms looked up. English (and any language without a pipeline here) is exactly Lunr's
 * default, so an English archive indexes byte for byte as stock Lunr does. Other languages use
 * lunr-languages' trimmer, stop words and Snowball stemmer; Japanese is segmented with its
 * TinySegmenter; Chinese and Korean text is cut into overlapping character pairs (bigrams), which
 * finds words without a dictionary (lunr.zh needs nodejieba, a native module).
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import da from 'lunr-languages/lunr.da.js';
import de from 'lunr-languages/lunr.de.js';
import es from 'lunr-languages/lunr.es.js';
import fi from 'lunr-languages/lunr.fi.js';
import fr from 'lunr-languages/lunr.fr.js';
import hu from 'lunr-languages/lunr.hu.js';
import it from 'lunr-languages/lunr.it.js';
import ja from 'lunr-languages/lunr.ja.js';
import nl from 'lunr-languages/lunr.nl.js';
import no from 'lunr-languages/lunr.no.js';
import pt from 'lunr-languages/lunr.pt.js';
import ro from 'lunr-languages/lunr.ro.js';
import ru from 'lunr-languages/lunr.ru.js';
import sv from 'lunr-languages/lunr.sv.js';
import tr from 'lunr-languages/lunr.tr.js';
import tinyseg from 'lunr-languages/tinyseg.js';
import { makePipeline } from './lunr-internals.ts';
import type { LunrPipeline } from './lunr-internals.ts';
import { queryTermsOf, termOfToken, tokensOfText } from './text-analysis.ts';

export interface Analyzer {
  /** ISO 639-1 code; 'en' for Lunr's default. */
  code: string;
  /** The raw tokens of a field's text, lowercased, in order. */
  tokens(text: string | null | undefined): string[];
  /** The index term of a raw token, or null when the pipeline drops it. Memoised. */
  termOf(token: string): string | null;
  /** The terms a query term stands for (Lunr's search pipeline, or the same segmentation). */
  queryTerms(term: string, fields: readonly string[]): string[];
}

// Imported statically (not required by name) so that a bundler takes them in; each is set up on
// lunr only when a clipping in its language first needs it.
type Plugin = (l: typeof lunr) => void;
const PLUGINS: Record<string, Plugin> = { da, de, es, fi, fr, hu, it, nl, no, pt, ro, ru, sv, tr, ja };
const loaded = new Set<Plugin>();
const load = (plugin: Plugin): void => {
  if (loaded.has(plugin)) return;
  loaded.add(plugin);
  plugin(lunr);
};
load(stemmerSupport);

/** Languages with a Snowball pipeline in lunr-languages. */
const SNOWBALL = ['da', 'de', 'es', 'fi', 'fr', 'hu', 'it', 'nl', 'no', 'pt', 'ro', 'ru', 'sv', 'tr'];

interface LanguagePlugin {
  trimmer: lunr.PipelineFunction;
  stopWordFilter: lunr.PipelineFunction;
  stemmer: lunr.PipelineFunction;
  tokenizer?: (text: string) => Array<{ toString(): string }>;
}

function plugin(code: string): LanguagePlugin {
  return (lunr as unknown as Record<string, LanguagePlugin>)[code] as LanguagePlugin;
}

function memoised(pipeline: LunrPipeline): (token: string) => string | null {
  const memo = new Map<string, string | null>();
  return (token) => {
    let term = memo.get(token);
    if (term === undefined) {
      const out = pipeline.runString(token);
      term = out.length > 0 ? (out[0] as string) : null;
      if (memo.size > 400_000) memo.clear();
      memo.set(token, term);
    }
    return term;
  };
}

const english: Analyzer = { code: 'en', tokens: (text) => tokensOfText(text), termOf: termOfToken, queryTerms: queryTermsOf };

/**
 * The index and search pipelines exactly as the language's lunr-languages plugin sets them on a
 * builder (French and Spanish fold accents, for instance, and trim query terms too): the
 * multilingual differential test holds each language to a stock Lunr index built with its plugin.
 */
function pluginPipelines(code: string): { index: LunrPipeline; search: LunrPipeline } {
  const builder = new lunr.Builder();
  builder.use(plugin(code) as unknown as (this: lunr.Builder) => void);
  return { index: builder.pipeline as unknown as LunrPipeline, search: builder.searchPipeline as unknown as LunrPipeline };
}

function snowball(code: string): Analyzer {
  load(PLUGINS[code] as Plugin);
  const p = plugin(code);
  const pipelines = pluginPipelines(code);
  const native = memoised(pipelines.index);
  const trimmer = makePipeline(p.trimmer);
  const search = pipelines.search;
  // A language's trimmer keeps only its own alphabet: in a Russian clipping "Gazprom", a Latin tag
  // or the source's name would vanish. Words the language cannot read at all are English words to
  // the index, both when indexing and when querying, so they are found as in an English clipping.
  const foreign = (token: string): boolean => (trimmer.runString(token)[0] ?? '') === '';
  const termOf = (token: string): string | null => (foreign(token) ? termOfToken(token) : native(token));
  const queryTerms = (term: string, fields: readonly string[]): string[] =>
    foreign(term) ? queryTermsOf(term, fields) : search.runString(term, { fields });
  return { code, tokens: (text) => tokensOfText(text), termOf, queryTerms };
}

function japanese(): Analyzer {
  load(tinyseg);
  load(ja);
  const p = plugin('ja');
  const tokenizer = p.tokenizer as NonNullable<LanguagePlugin['tokenizer']>;
  const termOf = memoised(makePipeline(p.trimmer, p.stopWordFilter, p.stemmer));
  const segment = (text: string | null | undefined): string[] => (text ? tokenizer(String(text)).map((t) => t.toString()) : []);
  return { code: 'ja', tokens: segment, termOf, queryTerms: (term) => segment(term).map(termOf).filter((t): t is string => t !== null && t !== '') };
}

/** Han, Hiragana, Katakana, Hangul: scripts written without spaces between words (or, in Korean, with particles attached). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

/** A token's CJK runs as overlapping pairs of characters (a lone character stays itself); other parts as English. */
function bigramTokens(token: string, into: string[]): void {
  let at = 0;
  for (const match of token.matchAll(CJK)) {
    if (match.index > at) into.push(token.slice(at, match.index));
    const run = [...match[0]];
    if (run.length === 1) into.push(run[0] as string);
    for (let i = 0; i + 1 < run.length; i += 1) into.push(`${run[i] as string}${run[i + 1] as string}`);
    at = match.index + match[0].length;
  }
  if (at < token.length) into.push(token.slice(at));
}

const CJK_ONLY = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;

function bigrams(code: string): Analyzer {
  // CJK pairs are terms as they are; anything else in the text goes through Lunr's English pipeline.
  const termOf = (token: string): string | null => (CJK_ONLY.test(token) ? token : termOfToken(token));
  const tokens = (text: string | null | undefined): string[] => {
    const out: string[] = [];
    for (const token of tokensOfText(text)) bigramTokens(token, out);
    return out;
  };
  return {
    code,
    tokens,
    termOf,
    queryTerms: (term, fields) => {
      const parts: string[] = [];
      bigramTokens(term, parts);
      return parts.flatMap((part) => (CJK_ONLY.test(part) ? [part] : queryTermsOf(part, fields)));
    },
  };
}

const analyzers = new Map<string, Analyzer>([['en', english]]);

/** The analyser for a language code; English (Lunr's default) for codes without a pipeline here. */
export function analyzerFor(code: string | null | undefined): Analyzer {
  const key = (code ?? 'en').toLowerCase().slice(0, 2);
  let analyzer = analyzers.get(key);
  if (!analyzer) {
    if (SNOWBALL.includes(key)) analyzer = snowball(key);
    else if (key === 'ja') analyzer = japanese();
    else if (key === 'zh' || key === 'ko') analyzer = bigrams(key);
    else analyzer = english;
    analyzers.set(key, analyzer);
  }
  return analyzer;
}

/**
 * The language to index a clipping in when the store did not say: scripts that Lunr's English
 * pipeline cannot index at all are recognised by their letters (a clipping mostly in Hangul is
 * Korean, in Kana Japanese, in Han Chinese, in Cyrillic Russian); anything else is English.
 */
export function guessLanguage(sample: string): string {
  const text = sample.slice(0, 2000);
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  const letters = count(/\p{L}/gu);
  if (letters === 0) return 'en';
  const share = (re: RegExp): number => count(re) / letters;
  if (share(/\p{Script=Hangul}/gu) > 0.3) return 'ko';
  if (share(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) > 0.1) return 'ja';
  if (share(/\p{Script=Han}/gu) > 0.3) return 'zh';
  if (share(/\p{Script=Cyrillic}/gu) > 0.3) return 'ru';
  return 'en';
}
