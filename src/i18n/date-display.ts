import { isCalendarDay } from '../core/calendar-day.js';
import { DEFAULT_LOCALE, findLocale } from './locale-registry.js';
import type { LocaleDates } from './string-table.js';

/**
 * Every date and time a person sees goes through here, so that a language the browser
 * cannot format (Chromium has no Welsh: `Intl.DateTimeFormat('cy')` quietly gives
 * American English) is written with the month and day names its locale ships
 * (`dates` in `registerLocale()`), and any other unknown locale gets en-GB.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The browser's own formatter for `locale` with `options`, cached (building one is slow). */
function intlFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(locale, options);
    } catch {
      formatter = new Intl.DateTimeFormat(DEFAULT_LOCALE, options);
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/** True when the browser itself can write dates in `locale` (not silently another one). */
function browserKnows(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

type How = 'shipped' | 'browser';

/** Whose names to use for `locale`: its shipped names, the browser's, or en-GB's. */
function source(locale: string): { how: How; locale: string; dates?: LocaleDates } {
  const dates = findLocale(locale)?.dates;
  if (dates && !browserKnows(locale)) return { how: 'shipped', locale, dates };
  return { how: 'browser', locale: browserKnows(locale) ? locale : DEFAULT_LOCALE };
}

const UTC = { timeZone: 'UTC' } as const;

/** A real `YYYY-MM-DD` day as a Date at noon UTC, or undefined for anything else (`2026-02-30`). */
function parseDay(day: string): Date | undefined {
  return isCalendarDay(day) ? new Date(`${day}T12:00:00Z`) : undefined;
}

/** Options for {@link formatDay}. */
export interface DayOptions {
  /** Also name the day of the week ("Tuesday, 3 March 2026"). */
  weekday?: boolean;
  /** What to show for something that is not a `YYYY-MM-DD` day (default: it, as it is). */
  otherwise?: string;
}

/**
 * A stored day (`YYYY-MM-DD`) in words for `locale`: `3 March 2026` in en-GB,
 * `3 Mawrth 2026` in Welsh. Anything that is not such a day is returned as it is, so
 * odd stored data still shows.
 */
export function formatDay(day: string, locale: string, options: DayOptions = {}): string {
  const date = parseDay(day);
  return date ? formatDate(date, locale, options, UTC) : (options.otherwise ?? day);
}

/**
 * A moment (a `Date` or an ISO timestamp) as its calendar day in the person's time zone,
 * in words for `locale` (`3 March 2026`).
 */
export function formatMoment(moment: Date | string, locale: string): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  if (Number.isNaN(date.getTime())) return String(moment);
  return formatDate(date, locale, {}, {});
}

function formatDate(
  date: Date,
  locale: string,
  { weekday = false }: Pick<DayOptions, 'weekday'>,
  zone: { timeZone?: 'UTC' },
): string {
  const from = source(locale);
  if (from.how === 'shipped') {
    const utc = zone.timeZone === 'UTC';
    const day = utc ? date.getUTCDate() : date.getDate();
    const month = from.dates!.months[utc ? date.getUTCMonth() : date.getMonth()];
    const year = utc ? date.getUTCFullYear() : date.getFullYear();
    const dayName = from.dates!.weekdays[utc ? date.getUTCDay() : date.getDay()];
    return `${weekday ? `${dayName}, ` : ''}${day} ${month} ${year}`;
  }
  return intlFormatter(from.locale, {
    ...(weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...zone,
  }).format(date);
}

/**
 * A month (`YYYY-MM`) in words for `locale` (`March 2026`, `Mawrth 2026`); anything else
 * gives `otherwise` (default: it, as it is).
 */
export function formatMonth(month: string, locale: string, otherwise = month): string {
  const [year, monthNumber] = /^\d{4}-\d{2}$/.test(month) ? month.split('-').map(Number) : [];
  if (!year || !monthNumber || monthNumber > 12) return otherwise;
  const from = source(locale);
  if (from.how === 'shipped') return `${from.dates!.months[monthNumber - 1]} ${year}`;
  return intlFormatter(from.locale, { month: 'long', year: 'numeric', ...UTC }).format(
    new Date(Date.UTC(year, monthNumber - 1, 1)),
  );
}

/**
 * The time of day of `date` in `locale`: hours and minutes, `14:05` in en-GB and in a
 * language with shipped names (the 24-hour clock, as Welsh writes it).
 */
export function timeOfDay(date: Date, locale: string): string {
  const from = source(locale);
  const tag = from.how === 'shipped' ? DEFAULT_LOCALE : from.locale;
  return intlFormatter(tag, { hour: '2-digit', minute: '2-digit' }).format(date);
}
