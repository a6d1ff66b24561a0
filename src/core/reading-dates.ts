/** Days as readings store them (`YYYY-MM-DD`), made and shown without time-zone surprises. */
export { localDay } from './calendar-day.js';

// Shown in words by the one date-display module, which knows the languages the browser
// cannot format (Welsh); re-exported here, where the tools have always found it.
export { formatDay } from '../i18n/date-display.js';
