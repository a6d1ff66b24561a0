// The translators' workflow: every string of every section out to XLIFF 2.0, with its
// en-GB source and context, and a translated file back in, checked, as a locale module.
// The command line is scripts/strings-xliff.mjs; these are the pure parts (tested in
// test/scripts/strings-xliff.test.ts).
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { pluralCategories, type PluralCategory } from '../src/i18n/plural.js';
import { placeholders, type Catalogue, type CatalogueEntry } from './string-catalogue.js';

const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';

/** Which sections and keys, for a message: `goal-tracker.heading`. */
const keyOf = (section: string, id: string) => `${section}.${id}`;

/** The segments of a unit: [segment id, en-GB source, existing translation]. */
type Segment = [id: string, source: string, target: string | undefined];

function segments(
  source: CatalogueEntry,
  target: CatalogueEntry | undefined,
  locale: string,
): Segment[] {
  switch (source.kind) {
    case 'text':
    case 'message':
      return [['text', source.text, target?.kind === source.kind ? target.text : undefined]];
    case 'plural':
      return pluralCategories(locale).map((category) => [
        category,
        source.forms[category] ?? source.forms.other,
        target?.kind === 'plural' ? target.forms[category] : undefined,
      ]);
    case 'select':
      return Object.entries(source.cases).map(([key, text]) => [
        key,
        text,
        target?.kind === 'select' ? target.cases[key] : undefined,
      ]);
    case 'code':
      return [];
  }
}

function contextNotes(section: string, id: string, entry: CatalogueEntry, locale: string) {
  const notes = [{ '@_category': 'context', '#text': `${section} · ${id}` }];
  if ('params' in entry && entry.params.length && entry.kind !== 'code') {
    notes.push({
      '@_category': 'placeholders',
      '#text': `Keep these as written, in any order: ${entry.params.map((p) => `{${p}}`).join(' ')}`,
    });
  }
  if (entry.kind === 'plural') {
    notes.push({
      '@_category': 'plural',
      '#text': `One segment per ${locale} plural form (${pluralCategories(locale).join(', ')}); {${entry.count}} is the count.`,
    });
  }
  if (entry.kind === 'select') {
    notes.push({ '@_category': 'select', '#text': 'One segment per case; each id is the case.' });
  }
  return notes;
}

/**
 * The XLIFF 2.0 document for translating `english` into `locale`, with any existing
 * translation (`current`) as targets. Strings written in code (`code` entries) cannot
 * travel as text; they are listed in each file's notes, to be translated in TypeScript.
 */
export function toXliff(
  english: Catalogue,
  locale: string,
  current: Catalogue = new Map(),
): string {
  const files = new Map<string, { units: object[]; code: string[] }>();
  for (const [key, entry] of english) {
    const [section, id] = [key.slice(0, key.indexOf('.')), key.slice(key.indexOf('.') + 1)];
    const file = files.get(section) ?? { units: [], code: [] };
    files.set(section, file);
    if (entry.kind === 'code') {
      file.code.push(id);
      continue;
    }
    const unit: Record<string, unknown> = {
      '@_id': id,
      '@_name': entry.kind,
      notes: { note: contextNotes(section, id, entry, locale) },
      segment: segments(entry, current.get(key), locale).map(([segmentId, source, target]) => ({
        '@_id': segmentId,
        source,
        ...(target === undefined ? {} : { target }),
      })),
    };
    file.units.push(unit);
  }
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    xliff: {
      '@_xmlns': XLIFF_NS,
      '@_version': '2.0',
      '@_srcLang': 'en-GB',
      '@_trgLang': locale,
      file: [...files].map(([section, { units, code }]) => ({
        '@_id': section,
        ...(code.length
          ? {
              notes: {
                note: {
                  '@_category': 'not-here',
                  '#text': `Written in code, translated in TypeScript instead: ${code.join(', ')}`,
                },
              },
            }
          : {}),
        unit: units,
      })),
    },
  };
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
  });
  return `${builder.build(document)}`;
}

/** A translated string as data, ready to be written into a locale module. */
export type Translation =
  | { kind: 'text'; text: string }
  | { kind: 'message'; params: readonly string[]; text: string }
  | { kind: 'plural'; params: readonly string[]; count: string; forms: Record<string, string> }
  | { kind: 'select'; cases: Record<string, string> };

/** What reading a translated file gives: the translations, and every problem found. */
export interface XliffImport {
  locale: string;
  translations: Map<string, Translation>;
  problems: string[];
}

/** A parsed XML element: attributes as `@_name`, children by tag name. */
type XmlNode = Record<string, unknown>;

const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** The text of a parsed element (text alone, or an object with `#text`). */
function textOf(node: unknown): string | undefined {
  if (node === undefined || node === null) return undefined;
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  const text = (node as Record<string, unknown>)['#text'];
  return text === undefined ? '' : String(text);
}

/** Placeholders of `text` that `params` does not allow. */
const unknownIn = (text: string, params: readonly string[]) =>
  placeholders(text).filter((name) => !params.includes(name));

/**
 * Reads a translated XLIFF 2.0 file against the en-GB catalogue and checks it: unknown
 * sections or keys, a kind that does not match, missing targets, placeholders unknown
 * or dropped, plural forms the target language needs, select cases.
 */
export function fromXliff(xml: string, english: Catalogue): XliffImport {
  const problems: string[] = [];
  const translations = new Map<string, Translation>();
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => ['file', 'unit', 'segment', 'note'].includes(name),
  });
  let parsed: XmlNode;
  try {
    parsed = parser.parse(xml, true) as XmlNode;
  } catch (error) {
    return { locale: '', translations, problems: [`not well-formed XML: ${String(error)}`] };
  }
  const root = parsed['xliff'] as XmlNode | undefined;
  const locale = String(root?.['@_trgLang'] ?? '');
  if (!root || root['@_version'] !== '2.0') problems.push('not an XLIFF 2.0 file');
  if (!locale) problems.push('the file names no target language (trgLang)');
  const categories = locale ? pluralCategories(locale) : [];
  for (const file of list(root?.['file'] as XmlNode[] | undefined)) {
    const section = String(file['@_id'] ?? '');
    for (const unit of list(file['unit'] as XmlNode[] | undefined)) {
      const key = keyOf(section, String(unit['@_id'] ?? ''));
      const source = english.get(key);
      if (!source) {
        problems.push(`${key}: no such string in en-GB`);
        continue;
      }
      if (source.kind === 'code') {
        problems.push(`${key}: written in code in en-GB; translate it in TypeScript`);
        continue;
      }
      const targets = new Map<string, string | undefined>(
        list(unit['segment'] as XmlNode[] | undefined).map((segment) => [
          String(segment['@_id'] ?? 'text'),
          textOf(segment['target']),
        ]),
      );
      const missing = (id: string) => {
        const target = targets.get(id);
        if (target === undefined || target.trim() === '') {
          problems.push(`${key}${id === 'text' ? '' : ` [${id}]`}: not translated`);
          return true;
        }
        return false;
      };
      const checkPlaceholders = (texts: string[], params: readonly string[], wanted: string[]) => {
        for (const text of texts) {
          const unknown = unknownIn(text, params);
          if (unknown.length)
            problems.push(`${key}: unknown placeholder {${unknown.join('}, {')}}`);
        }
        const used = new Set(texts.flatMap(placeholders));
        const lost = wanted.filter((name) => !used.has(name));
        if (lost.length) problems.push(`${key}: missing placeholder {${lost.join('}, {')}}`);
      };
      if (source.kind === 'text' || source.kind === 'message') {
        if (missing('text')) continue;
        const text = targets.get('text')!;
        const params = source.kind === 'message' ? source.params : [];
        checkPlaceholders([text], params, placeholders(source.text));
        translations.set(
          key,
          source.kind === 'message' ? { kind: 'message', params, text } : { kind: 'text', text },
        );
      } else if (source.kind === 'plural') {
        const lacking = categories.filter((category) => missing(category));
        if (lacking.length) continue;
        const forms = Object.fromEntries(categories.map((c) => [c, targets.get(c)!])) as Record<
          PluralCategory,
          string
        >;
        const extra = [...targets.keys()].filter(
          (id) => !categories.includes(id as PluralCategory),
        );
        if (extra.length) problems.push(`${key}: ${locale} has no plural form ${extra.join(', ')}`);
        checkPlaceholders(
          Object.values(forms),
          source.params,
          Object.values(source.forms).flatMap(placeholders),
        );
        translations.set(key, {
          kind: 'plural',
          params: source.params,
          count: source.count,
          forms,
        });
      } else {
        const cases = Object.keys(source.cases);
        if (cases.filter((id) => missing(id)).length) continue;
        const extra = [...targets.keys()].filter((id) => !cases.includes(id));
        if (extra.length) problems.push(`${key}: no such case ${extra.join(', ')}`);
        translations.set(key, {
          kind: 'select',
          cases: Object.fromEntries(cases.map((id) => [id, targets.get(id)!])),
        });
      }
    }
  }
  return { locale, translations, problems };
}

const literal = (value: unknown) => JSON.stringify(value);

/** The value of one translation as TypeScript source. */
function valueSource(translation: Translation, locale: string): string {
  switch (translation.kind) {
    case 'text':
      return literal(translation.text);
    case 'message':
      return `message(${literal(translation.params)}, ${literal(translation.text)})`;
    case 'plural':
      return `plural(${literal(locale)}, ${literal(translation.forms)}, ${literal(translation.params)}, ${literal(translation.count)})`;
    case 'select':
      return `select(${literal(translation.cases)})`;
  }
}

/**
 * A TypeScript module that registers the translations: `registerLocale(<locale>, ...)`
 * runs when a host imports it. `from` is where `message`, `plural`, `select` and
 * `registerLocale` come from (`recovery-kit` for a host).
 */
export function toLocaleModule(result: XliffImport, from = 'recovery-kit'): string {
  const sections = new Map<string, string[]>();
  for (const [key, translation] of result.translations) {
    const section = key.slice(0, key.indexOf('.'));
    const id = key.slice(key.indexOf('.') + 1);
    const lines = sections.get(section) ?? [];
    lines.push(`    ${literal(id)}: ${valueSource(translation, result.locale)},`);
    sections.set(section, lines);
  }
  const body = [...sections]
    .map(([section, lines]) => `  ${literal(section)}: {\n${lines.join('\n')}\n  },`)
    .join('\n');
  return [
    `// ${result.locale} strings, made by scripts/strings-xliff.mjs from a translated XLIFF file.`,
    '// Edit the XLIFF file and import it again rather than editing this file.',
    `import { message, plural, registerLocale, select } from ${literal(from)};`,
    '',
    `registerLocale(${literal(result.locale)}, {\n${body}\n});`,
    '',
  ].join('\n');
}
