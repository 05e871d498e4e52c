/**
 * Dates as pages state them, turned into ISO 8601. Only what is stated: a date we cannot read
 * stays null rather than being guessed.
 */

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

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
 * The first calendar date written in a short line of text ("JAN. 13, 2017", "30 avril 2015" is
 * not English and is left alone, "08.04.2015", "2017-01-13"), as "YYYY-MM-DD"; null when none.
 */
export function dateInText(text: string): string | null {
  const monthFirst = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i').exec(text);
  if (monthFirst) return ymd(Number(monthFirst[3]), MONTH_NUMBERS[(monthFirst[1] ?? '').toLowerCase()] ?? 0, Number(monthFirst[2]));
  const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i').exec(text);
  if (dayFirst) return ymd(Number(dayFirst[3]), MONTH_NUMBERS[(dayFirst[2] ?? '').toLowerCase()] ?? 0, Number(dayFirst[1]));
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
