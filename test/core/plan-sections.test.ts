import { expect } from '@open-wc/testing';
import {
  CONTACTS_SECTION,
  resolveSections,
  SAFETY_PLAN_SECTIONS,
  STAYING_WELL_SECTIONS,
  templateSections,
} from '../../src/core/plan-sections.js';

/** Words that must never appear: the trademarked names, and any talk of ways or means of harm (generic words only). */
const FORBIDDEN = [
  new RegExp(`\\b${['W', 'RAP'].join('')}\\b`, 'i'), // the trademarked names, built from parts
  new RegExp(['wellness', 'recovery', 'action', 'plan'].join(' '), 'i'),
  /\b(means|methods?|lethal|harm|suicide|kill)\b/i,
];

describe('plan sections', () => {
  it('has the eight staying-well sections, contacts last', () => {
    expect(STAYING_WELL_SECTIONS.map((s) => s.key)).to.deep.equal([
      'well',
      'helps',
      'unsettles',
      'early-signs',
      'harder',
      'crisis',
      'after-crisis',
      CONTACTS_SECTION,
    ]);
    expect(STAYING_WELL_SECTIONS.filter((s) => s.kind === 'contacts')).to.have.length(1);
  });

  it('has the six safety-plan steps, with professionals and helplines as contacts', () => {
    expect(SAFETY_PLAN_SECTIONS).to.have.length(6);
    expect(SAFETY_PLAN_SECTIONS[4]).to.include({ key: CONTACTS_SECTION, kind: 'contacts' });
    expect(templateSections('safety')).to.equal(SAFETY_PLAN_SECTIONS);
    expect(templateSections('staying-well')).to.equal(STAYING_WELL_SECTIONS);
  });

  it('gives every section a title and a prompt, with no trademarked names and no mention of harm', () => {
    for (const section of [...STAYING_WELL_SECTIONS, ...SAFETY_PLAN_SECTIONS]) {
      expect(section.title, section.key).to.not.equal('');
      expect(section.prompt, section.key).to.not.equal('');
      for (const word of FORBIDDEN) expect(`${section.title} ${section.prompt}`).to.not.match(word);
    }
  });

  it('uses the defaults when the host changes nothing', () => {
    expect(resolveSections(STAYING_WELL_SECTIONS, undefined).sections).to.deep.equal(
      STAYING_WELL_SECTIONS,
    );
    expect(resolveSections(STAYING_WELL_SECTIONS, []).sections).to.deep.equal(
      STAYING_WELL_SECTIONS,
    );
  });

  it('lets a host rename, reword, reorder, hide and add sections', () => {
    const { sections, warnings } = resolveSections(STAYING_WELL_SECTIONS, [
      { key: 'contacts', title: 'Who to call' },
      { key: 'helps', prompt: 'What lifts you?' },
      { key: 'crisis', hidden: true },
      { key: 'faith', title: 'My faith', prompt: 'What gives you strength?' },
    ]);
    expect(warnings).to.deep.equal([]);
    expect(sections.map((s) => s.key)).to.deep.equal([
      'contacts',
      'helps',
      'faith',
      'well',
      'unsettles',
      'early-signs',
      'harder',
      'after-crisis',
    ]);
    expect(sections[0]).to.include({ title: 'Who to call', kind: 'contacts' });
    expect(sections[1]).to.include({ title: 'Things that help', prompt: 'What lifts you?' });
    expect(sections[2]).to.deep.equal({
      key: 'faith',
      kind: 'list',
      title: 'My faith',
      prompt: 'What gives you strength?',
    });
  });

  it('ignores bad entries with a warning', () => {
    const { sections, warnings } = resolveSections(STAYING_WELL_SECTIONS, [
      { key: 'Not OK' },
      { key: 'new-one' },
      { key: 'well' },
      { key: 'well', hidden: true },
      null as never,
    ]);
    expect(warnings).to.have.length(4);
    expect(sections.map((s) => s.key)).to.deep.equal(STAYING_WELL_SECTIONS.map((s) => s.key));
  });
});
