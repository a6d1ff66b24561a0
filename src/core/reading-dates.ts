/** Days as readings store them (`YYYY-MM-DD`), made and shown without time-zone surprises. */
export { localDay } from './calendar-day.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached day formatter per locale (building one is slow); en-GB for an unknown locale. */
function dayFormatter(locale: string): Intl.DateTimeFormat {
  let formatter = formatters.get(locale);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    };
    try {
      formatter = new Intl.DateTimeFormat(locale, options);
    } catch {
      formatter = new Intl.DateTimeFormat('en-GB', options);
    }
    formatters.set(locale, formatter);
  }
  return formatter;
}

/**
 * A stored day in words for `locale`, for example `3 March 2026` in en-GB. Anything
 * that is not a `YYYY-MM-DD` day is returned as it is, so odd stored data still shows.
 */
export function formatDay(day: string, locale: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T12:00:00Z`) : undefined;
  if (!date || Number.isNaN(date.getTime())) return day;
  return dayFormatter(locale).format(date);
}
