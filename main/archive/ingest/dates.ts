/**
 * Dates as pages state them, turned into ISO 8601. Only what is stated: a date we cannot read
 * stays null rather than being guessed.
 */

/** Month names in the languages of most news clippings (English, French, German, Spanish, Portuguese, Italian, Dutch). */
const MONTH_NAMES: string[][] = [
  ['jan', 'january', 'janvier', 'januar', 'jänner', 'enero', 'janeiro', 'gennaio', 'januari', 'janv'],
  ['feb', 'february', 'février', 'fevrier', 'februar', 'febrero', 'fevereiro', 'fev', 'fév', 'févr', 'febbraio', 'februari'],
  ['mar', 'march', 'mars', 'märz', 'marz', 'marzo', 'março', 'marco', 'maart', 'mär'],
  ['apr', 'april', 'avril', 'abril', 'abr', 'aprile', 'avr'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mei'],
  ['jun', 'june', 'juin', 'juni', 'junio', 'junho', 'giugno'],
  ['jul', 'july', 'juillet', 'juli', 'julio', 'julho', 'luglio', 'juil'],
  ['aug', 'august', 'août', 'aout', 'agosto', 'ago', 'augustus'],
  ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setembro', 'set', 'settembre'],
  ['oct', 'october', 'octobre', 'oktober', 'octubre', 'outubro', 'out', 'okt', 'ottobre'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro'],
  ['dec', 'december', 'décembre', 'decembre', 'dezember', 'diciembre', 'dezembro', 'dez', 'déc', 'dic', 'dicembre'],
];
const MONTH_NUMBERS: Record<string, number> = Object.fromEntries(MONTH_NAMES.flatMap((names, i) => names.map((name) => [name, i + 1])));
const MONTH = `(${Object.keys(MONTH_NUMBERS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const L = '(?<![\\p{L}])';
const R = '(?![\\p{L}])';

/** Normalises a metadata date ("2015-09-17T16:57:43+01:00", "Thu, 17 Sep 2015 ...") to ISO. */
export function normaliseIsoDate(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (text === '') return null;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) {
    if (!validYmd(iso[1] ?? '')) return null;
    if (!iso[2]) return iso[1] ?? null;
    const zone = iso[3] ? iso[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2') : '';
    return `${iso[1]}T${iso[2]}${zone}`;
  }
  const stated = dateInText(text);
  if (stated) return stated;
  if (!/\d{4}/.test(text)) return null;
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}

/**
 * The first calendar date written in a line of text ("JAN. 13, 2017", "30 avril 2015",
 * "08.04.2015", "2017-01-13"), as "YYYY-MM-DD"; null when none. US-style "3/09/15" is ambiguous
 * and left alone.
 */
export function dateInText(raw: string): string | null {
  // Copies run adjacent elements together ("Associated PressDecember 2, 2016"): part them again.
  const text = raw.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').replace(/(\d{4})(\p{Lu}\p{Ll})/gu, '$1 $2'); // "2017Updated" too
  const month = (name: string | undefined): number => MONTH_NUMBERS[(name ?? '').toLowerCase()] ?? 0;
  const monthFirst = new RegExp(`${L}${MONTH}${R}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu').exec(text);
  if (monthFirst) return ymd(Number(monthFirst[3]), month(monthFirst[1]), Number(monthFirst[2]));
  // "20 Nov 2014", "30 avril 2015", "8. April 2015", "21 de dezembro de 2018", "21.dez.2018"
  const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s*(?:de\\s+)?${MONTH}${R}\\s*(?:de\\s+)?,?\\s*(\\d{4})\\b`, 'iu').exec(text);
  if (dayFirst) return ymd(Number(dayFirst[3]), month(dayFirst[2]), Number(dayFirst[1]));
  const isoDay = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (isoDay) return ymd(Number(isoDay[1]), Number(isoDay[2]), Number(isoDay[3]));
  const dotted = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text); // European day.month.year
  if (dotted) return ymd(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  return null;
}

function ymd(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return validYmd(text) ? text : null;
}

function validYmd(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number);
  if (!year || !month || !day || year < 1800 || year > 2200) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
