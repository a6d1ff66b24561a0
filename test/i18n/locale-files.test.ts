// The checks every built-in locale must pass. When one fails because a key was added to
// an element's <name>.strings.ts, add the same key to each locale in src/i18n/locales/
// (for Welsh: the file of that section in src/i18n/locales/cy/).
import { expect } from '@open-wc/testing';
import { cy, SAME_AS_ENGLISH } from '../../src/i18n/locales/cy/index.js';
import { pluralCategories } from '../../src/i18n/plural.js';
import { EN_GB_STRINGS } from '../../src/i18n/string-sections.js';
import type { LocaleDefinition } from '../../src/i18n/string-table.js';
import {
  catalogue,
  placeholders,
  textsOf,
  type CatalogueEntry,
} from '../../scripts/string-catalogue.js';

const english = catalogue(EN_GB_STRINGS);
const LOCALES: Record<string, { definition: LocaleDefinition; sameAsEnglish: readonly string[] }> =
  {
    cy: { definition: cy, sameAsEnglish: SAME_AS_ENGLISH },
  };

function sectionsOf(definition: LocaleDefinition): Record<string, object> {
  const { transform: _t, dates: _d, content: _c, ...sections } = definition;
  return sections as Record<string, object>;
}

/** A readable list for a failure message. */
const list = (keys: string[]) => keys.map((key) => `\n  - ${key}`).join('');

for (const [locale, { definition, sameAsEnglish }] of Object.entries(LOCALES)) {
  const translated = catalogue(sectionsOf(definition));
  const where = `src/i18n/locales/${locale}/`;

  describe(`the ${locale} locale file`, () => {
    it('has every key of every section', () => {
      const missing = [...english.keys()].filter((key) => !translated.has(key));
      expect(
        missing.length,
        `${locale} is missing ${missing.length} key(s); add them in ${where}:${list(missing)}`,
      ).to.equal(0);
    });

    it('has no key that English does not have', () => {
      const unknown = [...translated.keys()].filter((key) => !english.has(key));
      expect(
        unknown.length,
        `${locale} has keys English does not have (renamed or removed?):${list(unknown)}`,
      ).to.equal(0);
    });

    it('is not identical to English, except where marked as intentionally the same', () => {
      const same = [...translated].filter(([key, entry]) => {
        const source = english.get(key);
        if (!source || sameAsEnglish.includes(key)) return false;
        const texts = textsOf(entry);
        return texts.length > 0 && texts.join('\u0000') === textsOf(source).join('\u0000');
      });
      expect(
        same.map(([key]) => key),
        `these ${locale} strings are the English text; translate them, or list them in SAME_AS_ENGLISH if that is right`,
      ).to.deep.equal([]);
      const stale = sameAsEnglish.filter((key) => {
        const source = english.get(key);
        const entry = translated.get(key);
        return !source || !entry || textsOf(entry).join() !== textsOf(source).join();
      });
      expect(stale, 'SAME_AS_ENGLISH lists keys that are no longer the same').to.deep.equal([]);
    });

    it(`gives every plural string all of ${locale}'s plural forms, in ${locale}'s rules`, () => {
      const needed = pluralCategories(locale);
      expect(needed).to.have.length.above(1);
      const short: string[] = [];
      for (const [key, entry] of translated) {
        if (entry.kind !== 'plural') continue;
        const lacking = needed.filter((category) => entry.forms[category] === undefined);
        if (lacking.length || entry.locale !== locale)
          short.push(`${key} (${entry.locale}, lacks ${lacking.join(', ') || 'nothing'})`);
      }
      expect(short, `plural strings without every ${locale} form`).to.deep.equal([]);
      const englishPlurals = [...english.keys()].filter(
        (key) => english.get(key)!.kind === 'plural',
      );
      const notPlural = englishPlurals.filter((key) => translated.get(key)?.kind !== 'plural');
      expect(notPlural, 'countable in English but not a plural here').to.deep.equal([]);
    });

    it('keeps every placeholder and every select case of the English', () => {
      const problems: string[] = [];
      const check = (key: string, source: CatalogueEntry, entry: CatalogueEntry) => {
        if (entry.kind === 'select' && source.kind === 'select') {
          const wanted = Object.keys(source.cases).sort().join();
          if (Object.keys(entry.cases).sort().join() !== wanted) problems.push(`${key}: cases`);
          return;
        }
        if (source.kind !== 'message' && source.kind !== 'plural') return;
        const allowed = new Set(source.params);
        const sourceUses = new Set(textsOf(source).flatMap(placeholders));
        for (const text of textsOf(entry)) {
          const used = placeholders(text);
          const unknown = used.filter((name) => !allowed.has(name));
          if (unknown.length) problems.push(`${key}: unknown {${unknown.join('}, {')}}`);
        }
        const all = new Set(textsOf(entry).flatMap(placeholders));
        const lost = [...sourceUses].filter((name) => !all.has(name));
        if (lost.length) problems.push(`${key}: never uses {${lost.join('}, {')}}`);
      };
      for (const [key, entry] of translated) {
        const source = english.get(key);
        if (source) check(key, source, entry);
      }
      expect(problems).to.deep.equal([]);
    });
  });
}

describe('the en-GB strings', () => {
  it('give every plural string the English forms, in English rules', () => {
    const plurals = [...english].filter(([, entry]) => entry.kind === 'plural');
    expect(plurals.length).to.be.above(10);
    for (const [key, entry] of plurals) {
      if (entry.kind !== 'plural') continue;
      expect(entry.locale, key).to.equal('en-GB');
      expect(Object.keys(entry.forms).sort(), key).to.deep.equal(pluralCategories('en-GB').sort());
    }
  });
});
