/**
 * Filter values a person types, read leniently: dates as a year, a month or a day ("2019",
 * "2019-1", "2019/01/31") and ranges ("2019..2020-06"); languages by code or by name.
 */

/** An ISO prefix ("2019", "2019-01", "2019-01-31"), or null when the text is not such a date. */
export function readDate(text: string): string | null {
  const m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const [, year, month, day] = m;
  if (month === undefined) return year!;
  const mm = Number(month);
  if (mm < 1 || mm > 12) return null;
  const monthText = `${year}-${String(mm).padStart(2, '0')}`;
  if (day === undefined) return monthText;
  const dd = Number(day);
  const lastDay = new Date(Date.UTC(Number(year), mm, 0)).getUTCDate();
  if (dd < 1 || dd > lastDay) return null;
  return `${monthText}-${String(dd).padStart(2, '0')}`;
}

/** "2019..2020-06" (either end may be left open: "..2020", "2019.."), or one date for both ends. */
export function readDateRange(text: string): { from: string | null; to: string | null } | null {
  const parts = text.split('..');
  if (parts.length === 1) {
    const date = readDate(text);
    return date ? { from: date, to: date } : null;
  }
  if (parts.length !== 2) return null;
  const from = parts[0]!.trim() ? readDate(parts[0]!) : null;
  const to = parts[1]!.trim() ? readDate(parts[1]!) : null;
  if ((parts[0]!.trim() && !from) || (parts[1]!.trim() && !to) || (!from && !to)) return null;
  return { from, to };
}

const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en', korean: 'ko', chinese: 'zh', mandarin: 'zh', japanese: 'ja', russian: 'ru', french: 'fr',
  spanish: 'es', german: 'de', italian: 'it', portuguese: 'pt', dutch: 'nl', arabic: 'ar', hindi: 'hi',
  turkish: 'tr', polish: 'pl', ukrainian: 'uk', vietnamese: 'vi', thai: 'th', indonesian: 'id', swedish: 'sv',
  한국어: 'ko', 中文: 'zh', 日本語: 'ja', русский: 'ru', français: 'fr', español: 'es', deutsch: 'de',
};

/** An ISO 639-1 code for a code or a language name; null when it is neither. */
export function readLanguage(text: string): string | null {
  const key = text.trim().toLowerCase();
  if (/^[a-z]{2,3}$/.test(key)) return key;
  return LANGUAGE_NAMES[key] ?? null;
}
