/**
 * Dates as a reader expects them. A date-only value ("2014-11-20") is a calendar day, not an
 * instant: it is formatted in UTC so no time zone moves it to the day before.
 */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_MONTH = /^\d{4}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T/;

export function formatDate(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  if (YEAR_MONTH.test(iso)) {
    const date = new Date(`${iso}-01T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
  }
  const dateOnly = DATE_ONLY.test(iso);
  // Date() guesses at free text ("sometime in 2014" becomes Jan 1): show such text as it is.
  if (!dateOnly && !DATE_TIME.test(iso)) return iso;
  const date = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
}

/** "Jee Abbey Lee", "A and B", "A, B and C". */
export function formatAuthors(authors: string[]): string {
  if (authors.length <= 1) return authors[0] ?? '';
  return `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
}
