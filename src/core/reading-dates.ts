/** Days as readings store them (`YYYY-MM-DD`), made and shown without time-zone surprises. */

/** The person's local calendar day for `date` (default now), as `YYYY-MM-DD`. */
export function localDay(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

// Shown in words by the one date-display module, which knows the languages the browser
// cannot format (Welsh); re-exported here, where the tools have always found it.
export { formatDay } from '../i18n/date-display.js';
