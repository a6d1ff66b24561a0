/**
 * The time of day of `date` in `locale` (hours and minutes, e.g. `14:05` in en-GB); en-GB
 * when the locale is not one the browser knows. For "Saved at …" style messages.
 */
export function timeOfDay(date: Date, locale: string): string {
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
  try {
    return date.toLocaleTimeString(locale, options);
  } catch {
    return date.toLocaleTimeString('en-GB', options);
  }
}
