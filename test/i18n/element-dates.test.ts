// Dates follow the element's own language: two of each tool on one page, one in Welsh and
// one in en-GB, over the same data, each write every date in its own words.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { emptyEntry, entryModel } from '../../src/core/entry.js';
import { createGoal, goalModel } from '../../src/core/goal.js';
import { DEFAULT_AREA_SET } from '../../src/core/life-areas.js';
import { createPlan, planModel, PLAN_RECORD_ID } from '../../src/core/plan.js';
import { emptyReading, readingModel } from '../../src/core/reading.js';
import type { RecordStore } from '../../src/storage/record-store.js';
import { readable } from '../helpers/readable-text.js';
import { cleanupStores, createTestStore } from '../helpers/stores.js';

async function seed(store: RecordStore): Promise<void> {
  await store
    .collection(goalModel)
    .create(createGoal({ title: 'Walk to the park', chime: ['hope'], reviewOn: '2026-03-14' }));
  await store
    .collection(readingModel)
    .create({ ...emptyReading(DEFAULT_AREA_SET, '2026-03-10'), scores: { wellbeing: 6 } });
  await store
    .collection(planModel)
    .create({ ...createPlan(), reviewedAt: '2026-03-02T10:00:00.000Z' }, { id: PLAN_RECORD_ID });
  await store
    .collection(entryModel)
    .create({ ...emptyEntry('2026-03-03', '2026-03-03T09:00:00.000Z'), body: 'A good walk.' });
}

/** Each tool, and the dates it shows from {@link seed} in en-GB and in Welsh. */
const TOOLS: [tag: string, english: string, welsh: string][] = [
  ['rk-goal-tracker', '14 March 2026', '14 Mawrth 2026'],
  ['rk-star-assessment', '10 March 2026', '10 Mawrth 2026'],
  ['rk-staying-well-plan', '2 March 2026', '2 Mawrth 2026'],
  ['rk-hope-journal', '3 March 2026', 'Dydd Mawrth, 3 Mawrth 2026'],
];

describe('dates in the element’s language', () => {
  afterEach(() => cleanupStores());

  for (const [tag, english, welsh] of TOOLS) {
    it(`<${tag}> writes its dates in Welsh with locale="cy" and in English with locale="en-GB"`, async () => {
      const store = await createTestStore('element-dates');
      await seed(store);
      const page = await fixture<HTMLElement>(html`<div></div>`);
      for (const locale of ['cy', 'en-GB']) {
        const element = Object.assign(document.createElement(tag), { store });
        element.setAttribute('locale', locale);
        // A read-only tracker shows each goal's summary, where its review date is.
        if (tag === 'rk-goal-tracker') element.setAttribute('readonly', '');
        page.append(element);
      }
      const [inWelsh, inEnglish] = [...page.querySelectorAll<HTMLElement>(tag)];
      await waitUntil(
        () => readable(inWelsh!).includes(welsh) && readable(inEnglish!).includes(english),
        `${tag}: Welsh "${readable(inWelsh!).slice(0, 200)}" / English "${readable(inEnglish!).slice(0, 200)}"`,
      );
      expect(readable(inWelsh!)).not.to.include('March');
      expect(readable(inEnglish!)).not.to.include('Mawrth');
    });
  }
});
