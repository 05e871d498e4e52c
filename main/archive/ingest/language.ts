/**
 * Language detection with franc-min (trigram statistics), reported as ISO 639-1 like the contract
 * asks. Short samples are guessed badly, so below a minimum we say we cannot tell.
 */
import { franc } from 'franc-min';

const MIN_SAMPLE_CHARS = 60;

/** ISO 639-3 codes franc-min can return, mapped to ISO 639-1 where one exists. */
const ISO_639_1: Record<string, string> = {
  eng: 'en', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl', pol: 'pl', ron: 'ro',
  hun: 'hu', ces: 'cs', swe: 'sv', tur: 'tr', rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', kaz: 'kk',
  srp: 'sr', hrv: 'hr', bos: 'bs', ind: 'id', zlm: 'ms', jav: 'jv', sun: 'su', vie: 'vi', tgl: 'tl',
  ceb: 'ceb', swh: 'sw', hau: 'ha', yor: 'yo', ibo: 'ig', zul: 'zu', som: 'so', kin: 'rw', run: 'rn',
  nya: 'ny', lin: 'ln', plt: 'mg', uzn: 'uz', azj: 'az', arb: 'ar', urd: 'ur', pes: 'fa', pbu: 'ps',
  hin: 'hi', mar: 'mr', npi: 'ne', ckb: 'ku', cmn: 'zh', jpn: 'ja', kor: 'ko', ell: 'el', heb: 'he',
  tha: 'th', kat: 'ka', hye: 'hy', ben: 'bn', tam: 'ta', tel: 'te', guj: 'gu', kan: 'kn', mal: 'ml',
  pan: 'pa', ory: 'or', sin: 'si', mya: 'my', khm: 'km', lao: 'lo', amh: 'am', bod: 'bo',
};

/** Detects the language of running text; null when the sample is too short or unknown. */
export function detectLanguage(text: string): string | null {
  const sample = text.replace(/\s+/g, ' ').trim();
  if (sample.length < MIN_SAMPLE_CHARS && !/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(sample)) return null;
  const code = franc(sample.slice(0, 4000), { minLength: 10 });
  return ISO_639_1[code] ?? null;
}

/** Normalises a declared language tag ("en-US", "pt_BR", "EN") to its primary ISO 639-1 subtag. */
export function normaliseLanguageTag(tag: string | null | undefined): string | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) && primary !== 'und' ? primary : null;
}
