// The translators' workflow on the command line.
//
//   node scripts/strings-xliff.mjs export <locale> [file.xlf]
//     every string of every element, en-GB source and context, to XLIFF 2.0; the
//     strings a built-in locale (cy) already has are filled in as targets.
//   node scripts/strings-xliff.mjs import <file.xlf> [locale-module.ts] [--from <module>]
//     reads a translated file back, checks it (unknown keys, placeholders, plural forms,
//     select cases, untranslated units) and, when it is clean, writes a module that
//     registers the locale (imports from `recovery-kit` unless --from says otherwise).
//     Exits 1 and lists every problem otherwise.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const load = async (path) =>
  (await runnerImport(new URL(path, import.meta.url).pathname, { root, logLevel: 'error' })).module;

const [command, ...rest] = process.argv.slice(2);
const { catalogue } = await load('./string-catalogue.ts');
const { toXliff, fromXliff, toLocaleModule } = await load('./strings-xliff.ts');
const { EN_GB_STRINGS } = await load('../src/i18n/string-sections.ts');
const english = catalogue(EN_GB_STRINGS);

if (command === 'export' && rest[0]) {
  const [locale, out] = rest;
  const builtIn =
    locale.toLowerCase().split('-')[0] === 'cy'
      ? (await load('../src/i18n/locales/cy/index.ts')).cy
      : {};
  const { transform: _t, dates: _d, content: _c, ...sections } = builtIn;
  const xml = toXliff(english, locale, catalogue(sections));
  if (out) writeFileSync(out, xml);
  else process.stdout.write(xml);
  console.error(`${english.size} strings exported for ${locale}${out ? ` to ${out}` : ''}.`);
} else if (command === 'import' && rest[0]) {
  const fromAt = rest.indexOf('--from');
  const from = fromAt >= 0 ? rest[fromAt + 1] : 'recovery-kit';
  const [file, out] = rest.filter((_, i) => fromAt < 0 || (i !== fromAt && i !== fromAt + 1));
  const result = fromXliff(readFileSync(file, 'utf8'), english);
  if (result.problems.length) {
    console.error(`${file}: ${result.problems.length} problem(s):`);
    for (const problem of result.problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  const source = toLocaleModule(result, from);
  if (out) writeFileSync(out, source);
  else process.stdout.write(source);
  console.error(`${result.translations.size} ${result.locale} strings checked and imported.`);
} else {
  console.error(
    'usage: node scripts/strings-xliff.mjs export <locale> [out.xlf]\n' +
      '       node scripts/strings-xliff.mjs import <in.xlf> [out.ts] [--from <module>]',
  );
  process.exit(2);
}
