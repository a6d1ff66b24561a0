import type { LocaleDefinition, StringTable } from './string-table.js';

/** The built-in locale: every element's own default strings are written in it. */
export const DEFAULT_LOCALE = 'en-GB';

const locales = new Map<string, LocaleDefinition>();
const listeners = new Set<() => void>();
const warnedLocales = new Set<string>();

/**
 * Locales the library ships, each in a module of its own that is downloaded only when
 * a page first asks for it (an English-only page never loads Welsh).
 */
const BUILT_IN: Record<string, () => Promise<LocaleDefinition>> = {
  cy: () => import('./locales/cy/index.js').then((module) => module.cy),
};
const loading = new Map<string, Promise<void>>();
const loaded = new Set<string>();

/** The built-in locale that serves `locale` (`cy` for `cy-GB`), if there is one. */
function builtInFor(locale: string): string | undefined {
  const key = locale.toLowerCase();
  return [key, key.split('-')[0]!].find((tag) => tag in BUILT_IN);
}

/**
 * Loads a built-in locale (Welsh, `cy`) now, for example before the first render to
 * avoid a moment of English. Resolves when its strings are registered; resolves at once
 * for a locale that is loaded already or not built in. What a host registered for the
 * same locale, before or after, wins over the built-in strings.
 */
export function loadLocale(locale: string): Promise<void> {
  const tag = builtInFor(locale);
  if (!tag || loaded.has(tag)) return Promise.resolve();
  let pending = loading.get(tag);
  if (!pending) {
    pending = BUILT_IN[tag]!().then(
      (definition) => {
        loaded.add(tag);
        const fromHost = locales.get(tag);
        locales.delete(tag);
        registerLocale(tag, definition);
        if (fromHost) registerLocale(tag, fromHost);
      },
      (error: unknown) => {
        loaded.add(tag); // tried once: a page without the module stays in English
        console.warn(
          `recovery-kit: the ${tag} strings could not be loaded; using ${DEFAULT_LOCALE}.`,
          error,
        );
      },
    );
    loading.set(tag, pending);
  }
  return pending;
}

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
 * (`fr` for `fr-CA`). English (`en`, `en-GB`, `en-US`...) needs no registration. A
 * built-in locale not loaded yet starts loading and returns undefined until it is (the
 * elements re-render then). Any other unknown locale warns once and falls back to en-GB.
 */
export function findLocale(locale: string): LocaleDefinition | undefined {
  const key = locale.toLowerCase();
  const found = locales.get(key) ?? locales.get(key.split('-')[0]!);
  const builtIn = builtInFor(key);
  if (builtIn && !loaded.has(builtIn)) {
    void loadLocale(key);
    return found;
  }
  if (!found && key !== 'en' && key.split('-')[0] !== 'en' && !warnedLocales.has(key)) {
    warnedLocales.add(key);
    console.warn(
      `recovery-kit: no strings registered for locale "${locale}"; using ${DEFAULT_LOCALE}.`,
    );
  }
  return found;
}

const partDefaults = new Map<string, StringTable>();

/**
 * Adds en-GB defaults to `section` that a lazily loaded part of an element brings with it
 * (the star assessment's charts, a journal's list): the words only that part shows, so a
 * first visit does not download them. The part's module calls this as it loads, before
 * its code runs; elements on the page re-render with them. Locales, providers and
 * `.strings` override them as any other default.
 */
export function addPartDefaults(section: string, table: StringTable): void {
  partDefaults.set(section, { ...partDefaults.get(section), ...table });
  for (const listener of listeners) listener();
}

/** The en-GB defaults lazily loaded parts added to `section` so far. */
export function partDefaultsOf(section: string): StringTable | undefined {
  return partDefaults.get(section);
}

/** Calls `listener` whenever a locale is registered or a part adds defaults; returns the unsubscribe function. */
export function onLocalesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
