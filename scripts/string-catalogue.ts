// Every string of every section as plain data, for the locale checks (test/i18n) and the
// translators' XLIFF export and import (scripts/strings-xliff.ts). A string is one of:
// - text: plain text;
// - message: text with {name} placeholders (an en-GB arrow function is rendered with its
//   parameter names as the placeholders);
// - plural: CLDR forms, each a text with placeholders;
// - select: one text per key;
// - code: a function whose words depend on its arguments in ways a template cannot say
//   (for example "text, or other words when empty"): translated in TypeScript.
import type { PluralForms, PluralInfo } from '../src/i18n/plural.js';
import type { MessageInfo } from '../src/i18n/message.js';

export type CatalogueEntry =
  | { kind: 'text'; text: string }
  | { kind: 'message'; params: readonly string[]; text: string }
  | { kind: 'plural'; params: readonly string[]; count: string; locale: string; forms: PluralForms }
  | { kind: 'select'; cases: Readonly<Record<string, string>> }
  | { kind: 'code'; params: readonly string[] };

/** `section.key` -> entry, for every key of every section given. */
export type Catalogue = Map<string, CatalogueEntry>;

/** The parameter names of a compiled arrow function or function (`(a, b) => ...`). */
export function parameterNames(fn: (...args: never[]) => unknown): string[] {
  const source = fn.toString();
  const list =
    /^\s*(?:function[^(]*)?\(([^)]*)\)/.exec(source)?.[1] ??
    /^\s*([\w$]+)\s*=>/.exec(source)?.[1] ??
    '';
  return list
    .split(',')
    .map((name) => name.replace(/[=:].*$/s, '').trim())
    .filter(Boolean);
}

/** One string as data. */
export function describe(value: unknown): CatalogueEntry {
  if (typeof value === 'string') return { kind: 'text', text: value };
  const fn = value as ((...args: never[]) => string) & {
    message?: MessageInfo;
    plural?: PluralInfo;
    select?: Readonly<Record<string, string>>;
  };
  if (fn.plural) return { kind: 'plural', ...fn.plural };
  if (fn.message) return { kind: 'message', ...fn.message };
  if (fn.select) return { kind: 'select', cases: fn.select };
  const params = parameterNames(fn);
  // Rendered with the names, with other marks, with empty text and with 1: when all give
  // the same template, the function only fills in its arguments and can travel as a
  // message; otherwise (a branch on a count or on empty text) it is code.
  try {
    const call = fn as unknown as (...args: string[]) => unknown;
    const named = call(...params.map((name) => `{${name}}`));
    const other = call(...params.map((name) => `<${name}>`));
    const empty = call(...params.map(() => ''));
    const ones = call(...params.map(() => 1 as unknown as string));
    const blank = (text: string) => params.reduce((t, name) => t.replaceAll(`{${name}}`, ''), text);
    if (
      typeof named === 'string' &&
      typeof other === 'string' &&
      params.every((name) => named.includes(`{${name}}`)) &&
      params.reduce((t, name) => t.replaceAll(`<${name}>`, `{${name}}`), other) === named &&
      empty === blank(named) &&
      ones === params.reduce((t, name) => t.replaceAll(`{${name}}`, '1'), named)
    ) {
      return { kind: 'message', params, text: named };
    }
  } catch {
    // a function that cannot take placeholder text is code
  }
  return { kind: 'code', params };
}

/** Every key of every section in `sections`, as `section.key` -> entry. */
export function catalogue(sections: Readonly<Record<string, object | undefined>>): Catalogue {
  const entries: Catalogue = new Map();
  for (const [section, table] of Object.entries(sections)) {
    for (const [key, value] of Object.entries(table ?? {})) {
      entries.set(`${section}.${key}`, describe(value));
    }
  }
  return entries;
}

/** The texts of an entry that a reader sees (for comparing two languages). */
export function textsOf(entry: CatalogueEntry): string[] {
  switch (entry.kind) {
    case 'text':
    case 'message':
      return [entry.text];
    case 'plural':
      return Object.values(entry.forms);
    case 'select':
      return Object.values(entry.cases);
    case 'code':
      return [];
  }
}

/** The placeholder names used in `text`. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([\w-]+)\}/g)].map((match) => match[1]!))].sort();
}
