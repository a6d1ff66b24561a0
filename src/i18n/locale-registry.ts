import type { LocaleDefinition } from './string-table.js';

/** The built-in locale: every element's own default strings are written in it. */
export const DEFAULT_LOCALE = 'en-GB';

const locales = new Map<string, LocaleDefinition>();
const listeners = new Set<() => void>();
const warnedLocales = new Set<string>();

/**
 * Adds (or extends) a locale. Sections merge with what was registered before for the
 * same locale, so each element's translation can be registered separately. Elements on
 * the page re-render with the new strings.
 *
 * ```ts
 * registerLocale('cy', { 'crisis-help': { toggle: 'Angen help nawr?' } });
 * registerLocale('en-XA', { transform: pseudoLocalize });
 * ```
 */
export function registerLocale(locale: string, definition: LocaleDefinition): void {
  const key = locale.toLowerCase();
  const previous = locales.get(key) ?? {};
  const merged: Record<string, unknown> = { ...previous };
  for (const [section, value] of Object.entries(definition)) {
    const before = merged[section];
    merged[section] =
      typeof value === 'object' && typeof before === 'object' ? { ...before, ...value } : value;
  }
  locales.set(key, merged as LocaleDefinition);
  for (const listener of listeners) listener();
}

/**
 * The registered definition for `locale`: an exact match, else its language
 * (`fr` for `fr-CA`). `en-GB` and `en` need no registration. Any other unknown locale
 * warns once and falls back to en-GB (returns undefined).
 */
export function findLocale(locale: string): LocaleDefinition | undefined {
  const key = locale.toLowerCase();
  const found = locales.get(key) ?? locales.get(key.split('-')[0]);
  if (!found && key !== 'en' && key !== 'en-gb' && !warnedLocales.has(key)) {
    warnedLocales.add(key);
    console.warn(
      `recovery-kit: no strings registered for locale "${locale}"; using ${DEFAULT_LOCALE}.`,
    );
  }
  return found;
}

/** Calls `listener` whenever a locale is registered; returns the unsubscribe function. */
export function onLocalesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
