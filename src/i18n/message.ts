/**
 * Strings written as data rather than code, so translators' tools can read and write
 * them (see `scripts/strings-xliff.ts`) and checks can look inside them:
 * - `message(params, text)`: text with `{name}` placeholders, called with the values in
 *   the order of `params`;
 * - `plural(locale, forms, ...)`: a count chooses one of the CLDR forms (`plural.ts`);
 * - `select(cases)`: a key (a status, a template) chooses one text.
 * Each is an ordinary function to the element that calls it.
 */

/** A value a placeholder is filled with. */
export type MessageArg = string | number;

/** A text with `{name}` placeholders, as data (see {@link message}). */
export interface MessageInfo {
  readonly params: readonly string[];
  readonly text: string;
}

/** The arguments of a message with placeholders `P`, one value each. */
export type MessageArgs<P extends readonly string[]> = { [K in keyof P]: MessageArg };

/** A message function that also carries its text as data. */
export type Message<P extends readonly string[]> = ((...args: MessageArgs<P>) => string) & {
  readonly message: MessageInfo;
};

/** The placeholder names in `text`, in the order they appear (`{name}`). */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{([\w-]+)\}/g)].map((match) => match[1]!);
}

/**
 * `text` with each `{name}` replaced by the argument at that name's position in `params`
 * (numbers through `formatNumber`). A placeholder without an argument stays as written.
 */
export function fill(
  text: string,
  params: readonly string[],
  args: readonly MessageArg[],
  formatNumber: (value: number) => string = String,
): string {
  return text.replace(/\{([\w-]+)\}/g, (whole, name: string) => {
    const index = params.indexOf(name);
    const value = index < 0 ? undefined : args[index];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(value) : value;
  });
}

/**
 * A translatable text with placeholders, called like the function it replaces:
 * `message(['title'], 'Added ‘{title}’.')('Walk')` gives `Added ‘Walk’.`.
 */
export function message<const P extends readonly string[]>(params: P, text: string): Message<P> {
  const format = (...args: MessageArgs<P>) => fill(text, params, args as MessageArg[]);
  return Object.assign(format, { message: { params, text } });
}

/** Cases of a {@link select}: one text per key. */
export type SelectCases<K extends string> = Readonly<Record<K, string>>;

/** A function from a key to its text that also carries the cases as data. */
export type Select<K extends string> = ((key: K) => string) & {
  readonly select: SelectCases<K>;
};

/**
 * One text per key, for strings chosen by a status or a kind:
 * `select({ active: 'Active', paused: 'Paused' })('paused')` gives `Paused`.
 * An unknown key gives the key itself, so odd stored data still shows something.
 */
export function select<K extends string>(cases: SelectCases<K>): Select<K> {
  const choose = (key: K) => cases[key] ?? key;
  return Object.assign(choose, { select: cases });
}
