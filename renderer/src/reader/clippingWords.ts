/**
 * The few words the reader puts around a clipping's own parts ("By" before the byline, "updated"
 * in the date line), in the clipping's language, so a French clipping reads "Par …" and
 * "13 janvier 2017, mis à jour le 14 janvier". A language not listed gets no word at all rather
 * than an English one.
 */

interface Words {
  by: string;
  updated: string;
  /** The locale its dates are written in (English as "13 January 2017"). */
  locale: string;
}

const WORDS: Record<string, Words> = {
  en: { by: 'By', updated: 'updated', locale: 'en-GB' },
  fr: { by: 'Par', updated: 'mis à jour le', locale: 'fr' },
  pt: { by: 'Por', updated: 'atualizado em', locale: 'pt' },
  es: { by: 'Por', updated: 'actualizado el', locale: 'es' },
  de: { by: 'Von', updated: 'aktualisiert am', locale: 'de' },
  it: { by: 'Di', updated: 'aggiornato il', locale: 'it' },
  nl: { by: 'Door', updated: 'bijgewerkt op', locale: 'nl' },
};

function wordsFor(language: string | null | undefined): Words | null {
  const base = (language ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return WORDS[base] ?? null;
}

/** "By Jane Doe", "Par Jane Doe"; the names alone in a language without a listed word. */
export function bylineText(names: string, language: string | null | undefined): string {
  const words = wordsFor(language);
  return words ? `${words.by} ${names}` : names;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function asDate(iso: string): { date: Date; dateOnly: boolean } | null {
  const dateOnly = DATE_ONLY.test(iso);
  if (!dateOnly && !/^\d{4}-\d{2}-\d{2}T/.test(iso)) return null;
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(date.getTime()) ? null : { date, dateOnly };
}

/**
 * The date line as a person writes it: "13 January 2017", "13 January 2017, updated 14 January"
 * (the year again only when it changed; no update shown on the day of publication). Text that is
 * not a date is shown as it is.
 */
export function publishedText(published: string, updated: string | null | undefined, language: string | null | undefined): string {
  const words = wordsFor(language);
  const locale = words?.locale ?? language ?? undefined;
  const first = asDate(published);
  if (!first) return published;
  const zone = first.dateOnly ? { timeZone: 'UTC' } : {};
  const format = (date: Date, withYear: boolean): string =>
    new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}), ...zone }).format(date);
  const shown = format(first.date, true);
  const second = updated ? asDate(updated) : null;
  if (!second || !words) return shown;
  const day = (d: Date): string => d.toISOString().slice(0, 10);
  if (day(second.date) <= day(first.date)) return shown;
  return `${shown}, ${words.updated} ${format(second.date, second.date.getUTCFullYear() !== first.date.getUTCFullYear())}`;
}
