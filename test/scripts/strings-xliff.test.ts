import { expect } from '@open-wc/testing';
import { cy } from '../../src/i18n/locales/cy/index.js';
import { EN_GB_STRINGS } from '../../src/i18n/string-sections.js';
import { catalogue, textsOf } from '../../scripts/string-catalogue.js';
import { fromXliff, toLocaleModule, toXliff } from '../../scripts/strings-xliff.js';

const english = catalogue(EN_GB_STRINGS);
const { transform: _t, dates: _d, content: _c, ...welshSections } = cy;
const welsh = catalogue(welshSections);

/** `xml` with the target of segment `segment` in unit `unit` replaced by `text` (or removed). */
function retarget(xml: string, unit: string, segment: string, text: string | null): string {
  const start = xml.indexOf(`<unit id="${unit}"`);
  const at = xml.indexOf(`<segment id="${segment}">`, start);
  const from = xml.indexOf('<target>', at);
  const to = xml.indexOf('</target>', from) + '</target>'.length;
  expect(start >= 0 && at >= 0 && from >= 0, `${unit}/${segment}`).to.equal(true);
  return xml.slice(0, from) + (text === null ? '' : `<target>${text}</target>`) + xml.slice(to);
}

describe('the XLIFF export and import', () => {
  it('exports every string with its en-GB source, context and placeholders', () => {
    const xml = toXliff(english, 'fr');
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.getAttribute('trgLang')).to.equal('fr');
    const travelling = [...english.values()].filter((entry) => entry.kind !== 'code').length;
    expect(doc.querySelectorAll('unit').length).to.equal(travelling);
    const heading = doc.querySelector('file[id="goal-tracker"] unit[id="heading"]')!;
    expect(heading.querySelector('source')!.textContent).to.equal('My goals');
    expect(heading.querySelector('note[category="context"]')!.textContent).to.equal(
      'goal-tracker · heading',
    );
    const shown = doc.querySelector('file[id="goal-tracker"] unit[id="shown"]')!;
    expect([...shown.querySelectorAll('segment')].map((s) => s.id)).to.deep.equal([
      'one',
      'many',
      'other',
    ]);
    expect(shown.querySelector('note[category="placeholders"]')!.textContent).to.include(
      '{shown} {total}',
    );
    const added = doc.querySelector('unit[id="added"]')!;
    expect(added.querySelector('source')!.textContent).to.equal('Added ‘{title}’.');
    expect(doc.querySelector('note[category="not-here"]')!.textContent).to.include('too-long');
  });

  it('brings the Welsh back unchanged (export with targets, then import)', () => {
    const result = fromXliff(toXliff(english, 'cy', welsh), english);
    expect(result.problems).to.deep.equal([]);
    expect(result.locale).to.equal('cy');
    for (const [key, translation] of result.translations) {
      const original = welsh.get(key)!;
      const texts =
        translation.kind === 'plural'
          ? Object.values(translation.forms)
          : translation.kind === 'select'
            ? Object.values(translation.cases)
            : [translation.text];
      expect(texts, key).to.deep.equal(textsOf(original));
    }
    const module = toLocaleModule(result, '../../src/index.js');
    expect(module).to.include('registerLocale("cy", {');
    expect(module).to.include('plural("cy", {"zero":');
  });

  it('refuses a file with unknown keys, lost or unknown placeholders, missing plural forms and cases', () => {
    let xml = toXliff(english, 'cy', welsh);
    xml = xml.replace('<unit id="heading" name="text">', '<unit id="headline" name="text">');
    xml = retarget(xml, 'added', 'text', 'Wedi ychwanegu.');
    xml = retarget(xml, 'editStep', 'text', 'Golygu {step}');
    xml = retarget(xml, 'stepsDone', 'few', null);
    xml = retarget(xml, 'statusName', 'paused', null);
    xml = retarget(xml, 'addStep', 'text', '   ');
    const { problems } = fromXliff(xml, english);
    expect(problems).to.include.members([
      'goal-tracker.headline: no such string in en-GB',
      'goal-tracker.added: missing placeholder {title}',
      'goal-tracker.editStep: unknown placeholder {step}',
      'goal-tracker.editStep: missing placeholder {text}',
      'goal-tracker.stepsDone [few]: not translated',
      'goal-tracker.statusName [paused]: not translated',
      'goal-tracker.addStep: not translated',
    ]);
    expect(fromXliff('<xliff version="1.2"/>', english).problems).to.include(
      'not an XLIFF 2.0 file',
    );
    expect(fromXliff('<oops', english).problems[0]).to.match(/not well-formed/);
  });
});
