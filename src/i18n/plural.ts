import { fill, type MessageArg, type MessageArgs } from './message.js';

/** The CLDR plural categories. Welsh uses all six; English uses `one` and `other`. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** A CLDR plural category. */
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** The forms of a countable string: `other` always, the rest as the language needs. */
export type PluralForms = Partial<Record<PluralCategory, string>> & { other: string };

/** A plural string as data (see {@link plural}). */
export interface PluralInfo {
  /** The locale whose plural rules choose the form (the language the forms are in). */
  readonly locale: string;
  readonly forms: PluralForms;
  /** Placeholder names, in the order of the function's arguments. */
  readonly params: readonly string[];
  /** The placeholder that holds the count. */
  readonly count: string;
}

/** A plural string: a function of its arguments that also carries its forms as data. */
export type Plural<P extends readonly string[]> = ((...args: MessageArgs<P>) => string) & {
  readonly plural: PluralInfo;
};

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();
const warned = new Set<string>();

/** Cached `Intl` objects for `locale`; en-GB when the browser does not know the tag. */
function cached<T>(cache: Map<string, T>, locale: string, make: (locale: string) => T): T {
  let value = cache.get(locale);
  if (!value) {
    try {
      value = make(locale);
    } catch {
      value = make('en-GB');
    }
    cache.set(locale, value);
  }
  return value;
}

/** The plural categories `locale` uses, as `Intl.PluralRules` reports them. */
export function pluralCategories(locale: string): PluralCategory[] {
  const categories = cached(rules, locale, (tag) => new Intl.PluralRules(tag)).resolvedOptions()
    .pluralCategories as PluralCategory[];
  return PLURAL_CATEGORIES.filter((category) => categories.includes(category));
}

/** A number as `locale` writes it (digit grouping), en-GB where the browser has no data. */
export function formatCount(value: number, locale: string): string {
  const supported = Intl.NumberFormat.supportedLocalesOf([locale]).length > 0;
  return cached(numbers, supported ? locale : 'en-GB', (tag) => new Intl.NumberFormat(tag)).format(
    value,
  );
}

/**
 * The form of `info` for `count`, chosen with `Intl.PluralRules` in the string's locale.
 * A missing form falls back to `other`, with one console warning per string and form.
 */
export function pluralForm(info: PluralInfo, count: number): string {
  const category = cached(rules, info.locale, (tag) => new Intl.PluralRules(tag)).select(
    count,
  ) as PluralCategory;
  const form = info.forms[category];
  if (form !== undefined) return form;
  const key = `${info.locale}\u0000${category}\u0000${info.forms.other}`;
  if (!warned.has(key)) {
    warned.add(key);
    console.warn(
      `recovery-kit: the ${info.locale} plural "${info.forms.other}" has no "${category}" form; using "other".`,
    );
  }
  return info.forms.other;
}

/**
 * A countable string as data: its CLDR forms, chosen by the count with the plural rules
 * of `locale`, with `{name}` placeholders filled from the arguments (numbers written the
 * locale's way).
 *
 * ```ts
 * plural('en-GB', { one: '{count} goal', other: '{count} goals' })(3); // '3 goals'
 * plural('en-GB', { one: '{shown} of {total} goal', other: '{shown} of {total} goals' },
 *   ['shown', 'total'], 'total');
 * ```
 */
export function plural<const P extends readonly string[] = readonly ['count']>(
  locale: string,
  forms: PluralForms,
  params: P = ['count'] as unknown as P,
  count: P[number] = params[0]!,
): Plural<P> {
  const info: PluralInfo = { locale, forms, params, count };
  const position = params.indexOf(count);
  const format = (...args: MessageArgs<P>) => {
    const values = args as MessageArg[];
    const chosen = pluralForm(info, Number(values[position]));
    return fill(chosen, params, values, (value) => formatCount(value, locale));
  };
  return Object.assign(format, { plural: info });
}
