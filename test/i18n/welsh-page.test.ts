// "Done when": on a page that says <html lang="cy"> and nothing else, every tool is in
// Welsh, dates included, with the Welsh crisis contacts.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { CHIME_PROCESSES } from '../../src/core/chime.js';
import { UK_CRISIS_CONTACTS } from '../../src/core/crisis-contacts.js';
import { emptyEntry, entryModel } from '../../src/core/entry.js';
import { createGoal, goalModel } from '../../src/core/goal.js';
import { DEFAULT_GOAL_IDEAS } from '../../src/core/goal-ideas.js';
import { DEFAULT_PROMPTS } from '../../src/core/journal-prompts.js';
import { DEFAULT_AREA_SET, DEFAULT_AREAS } from '../../src/core/life-areas.js';
import { createPlan, planModel, PLAN_RECORD_ID } from '../../src/core/plan.js';
import { emptyReading, readingModel } from '../../src/core/reading.js';
import { cy, SAME_AS_ENGLISH } from '../../src/i18n/locales/cy/index.js';
import { EN_GB_STRINGS } from '../../src/i18n/string-sections.js';
import type { RecordStore } from '../../src/storage/record-store.js';
import { catalogue, textsOf } from '../../scripts/string-catalogue.js';
import { readable } from '../helpers/readable-text.js';
import { cleanupStores, createTestStore } from '../helpers/stores.js';

const TOOLS = [
  'rk-goal-tracker',
  'rk-star-assessment',
  'rk-staying-well-plan',
  'rk-hope-journal',
  'rk-my-data',
];

/** English that must not show on a Welsh page: every en-GB text that Welsh translates. */
function englishTexts(): string[] {
  const welsh = catalogue(
    Object.fromEntries(Object.entries(cy).filter(([k]) => k in EN_GB_STRINGS)),
  );
  const fromStrings = [...catalogue(EN_GB_STRINGS)]
    .filter(([key]) => !SAME_AS_ENGLISH.includes(key) && welsh.has(key))
    .flatMap(([, entry]) => textsOf(entry))
    .flatMap((text) => text.split(/\{[\w-]+\}/))
    .map((text) => text.trim())
    .filter((text) => text.length >= 8);
  const content = [
    ...DEFAULT_AREAS.flatMap((area) => [area.label, area.description ?? '']),
    ...DEFAULT_AREA_SET.anchors.map((anchor) => anchor.label),
    ...CHIME_PROCESSES.flatMap((process) => [process.name, process.about]),
    ...Object.values(DEFAULT_GOAL_IDEAS).flat(),
    ...DEFAULT_PROMPTS.map((prompt) => prompt.text),
    ...UK_CRISIS_CONTACTS.flatMap((contact) => [contact.name, contact.purpose, contact.linkText]),
    'January',
    'February',
    'March',
    'April',
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
  ];
  // Names that are the same in both languages (Samaritans, Shout) are not English.
  const names = new Set(cy.content?.crisisContacts?.map((contact) => contact.name));
  return [...new Set([...fromStrings, ...content])].filter(
    (text) => text.length >= 5 && !names.has(text),
  );
}

async function seed(store: RecordStore): Promise<void> {
  await store
    .collection(goalModel)
    .create(
      createGoal({ title: 'Cerdded i’r parc', chime: ['hope'], reviewOn: '2026-03-14', steps: [] }),
    );
  await store
    .collection(readingModel)
    .create({ ...emptyReading(DEFAULT_AREA_SET, '2026-03-10'), scores: { wellbeing: 6, hope: 4 } });
  await store
    .collection(planModel)
    .create({ ...createPlan(), reviewedAt: '2026-03-02T10:00:00.000Z' }, { id: PLAN_RECORD_ID });
  await store.collection(entryModel).create({
    ...emptyEntry('2026-03-03', '2026-03-03T09:00:00.000Z'),
    body: 'Taith dda ger yr afon.',
    hope: 6,
  });
}

describe('a page that says <html lang="cy">', () => {
  const before = document.documentElement.getAttribute('lang');
  beforeEach(() => document.documentElement.setAttribute('lang', 'cy'));
  afterEach(async () => {
    if (before === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', before);
    await cleanupStores();
  });

  it('shows every tool in Welsh, dates and crisis contacts included, with no English left', async () => {
    const store = await createTestStore('welsh');
    await seed(store);
    const page = await fixture<HTMLElement>(
      html`<div>
        <rk-goal-tracker .store=${store}></rk-goal-tracker>
        <rk-star-assessment .store=${store}></rk-star-assessment>
        <rk-staying-well-plan .store=${store}></rk-staying-well-plan>
        <rk-hope-journal .store=${store}></rk-hope-journal>
        <rk-my-data .store=${store}></rk-my-data>
      </div>`,
    );
    const expected = [
      'Fy nodau',
      'Meysydd bywyd',
      'Dyddiadur gobaith',
      'Fy nata',
      '2 Mawrth 2026',
      'Dydd Mawrth, 3 Mawrth 2026',
      '10 Mawrth 2026',
    ];
    await waitUntil(() => expected.every((text) => readable(page).includes(text)), undefined, {
      timeout: 8000,
    }).catch(() => {
      throw new Error(
        `never shown: ${expected.filter((t) => !readable(page).includes(t)).join(' | ')}`,
      );
    });
    for (const tag of TOOLS) {
      page
        .querySelector(tag)!
        .shadowRoot!.querySelector<HTMLButtonElement>('rk-crisis-help')
        ?.shadowRoot?.querySelector<HTMLButtonElement>('.toggle')
        ?.click();
    }
    await waitUntil(
      () => readable(page).includes('0808 164 0123'),
      'no Welsh-language Samaritans line',
    );
    const text = readable(page);
    expect(text).to.include('GIG 111 Cymru');
    expect(text).to.include('Angen help nawr?');
    const left = englishTexts().filter((english) => text.includes(english));
    expect(left, 'English left on a Welsh page').to.deep.equal([]);
    for (const tag of TOOLS) {
      expect(
        page.querySelector(tag)!.getAttribute('dir'),
        `${tag} is not made right to left`,
      ).to.equal(null);
    }
    await expect(page.querySelector('rk-goal-tracker')).to.be.accessible();
  });

  it('follows the page when <html lang> changes back to English', async () => {
    const store = await createTestStore('welsh');
    const el = await fixture<HTMLElement>(
      html`<rk-goal-tracker .store=${store}></rk-goal-tracker>`,
    );
    await waitUntil(() => readable(el).includes('Fy nodau'), 'never Welsh');
    document.documentElement.setAttribute('lang', 'en-GB');
    await waitUntil(() => readable(el).includes('My goals'), 'did not follow <html lang>');
    expect(readable(el)).not.to.include('Fy nodau');
  });
});
