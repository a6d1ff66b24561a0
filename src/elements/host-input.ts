/**
 * Checks for what a host hands an element through properties, at the boundary where the
 * element reads it: a value of the wrong type is reported once in the console and the
 * documented default is used instead, so rendering never throws (RELIABILITY 20).
 * One checker per kind of input.
 */

const warned = new Set<string>();

/** Warns in the console, once per message for the page's life. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`recovery-kit: ${message}`);
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/**
 * A list property (`contacts`, ...): `value` when it is an array (entries that are not
 * objects left out), `undefined` when unset, otherwise `undefined` after a warning, so
 * the caller's default applies.
 */
export function objectListInput<T extends object>(
  value: unknown,
  where: string,
): readonly T[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    warnOnce(`${where} should be a list; using the default instead.`);
    return undefined;
  }
  if (value.every(isObject)) return value as T[];
  warnOnce(`${where} has entries that are not objects; they are left out.`);
  return value.filter(isObject) as T[];
}

/**
 * A map of text lists (goal `ideas`: a list of ideas per key): `value` when it is an
 * object whose values are lists of text, otherwise `fallback` after a warning.
 */
export function textListsInput<T extends Readonly<Record<string, readonly string[] | undefined>>>(
  value: unknown,
  fallback: T,
  where: string,
): T {
  const valid =
    isObject(value) &&
    !Array.isArray(value) &&
    Object.values(value).every(
      (list) =>
        list === undefined ||
        (Array.isArray(list) && list.every((item) => typeof item === 'string')),
    );
  if (valid) return value as T;
  warnOnce(`${where} should map keys to lists of text; using the default instead.`);
  return fallback;
}

/**
 * One string override: used when it has the default's type (text for text, a function
 * for a function), otherwise ignored with a warning, so the default wording stays.
 * Names without a default pass as they are.
 */
export function stringOverrideInput<V>(
  override: unknown,
  defaultValue: V,
  where: string,
): V | undefined {
  if (
    override === undefined ||
    defaultValue === undefined ||
    typeof override === typeof defaultValue
  )
    return override as V;
  warnOnce(
    `${where} should be a ${typeof defaultValue}, not a ${typeof override}; the default is used.`,
  );
  return undefined;
}
