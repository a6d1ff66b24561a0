import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/elements/star-assessment/define.js';
import type { RkStarAssessment } from '../../../src/elements/star-assessment/star-assessment.js';
import { DEFAULT_AREAS } from '../../../src/core/life-areas.js';
import { readingModel } from '../../../src/core/reading.js';
import type { RecordStore } from '../../../src/storage/record-store.js';
import {
  cleanupStores,
  createTestStore,
  deleteDatabase,
  openSecondTab,
} from '../../helpers/stores.js';
import { loaded, seedReading } from './helpers.js';

const scores = (value: number) =>
  Object.fromEntries(DEFAULT_AREAS.map((area) => [area.key, value]));

async function readings(store: RecordStore) {
  return (await store.collection(readingModel).all()).map((item) => item.record!);
}

describe('<rk-star-assessment> when its stored data goes away', () => {
  afterEach(cleanupStores);

  it('the database deleted under it: every reading shown is saved again, with its id and date', async () => {
    const store = await createTestStore('star-gone');
    const first = await seedReading(store, '2026-03-03', scores(3));
    const second = await seedReading(store, '2026-06-10', scores(6));
    const el = await fixture<RkStarAssessment>(
      html`<rk-star-assessment .store=${store}></rk-star-assessment>`,
    );
    await loaded(el);
    await deleteDatabase((store.adapter as unknown as { databaseName: string }).databaseName);
    const reopened = await openSecondTab(store);
    await waitUntil(
      async () => (await readings(reopened)).length === 2,
      'the readings were not saved again',
    );
    const back = await readings(reopened);
    expect(back.map((r) => [r.id, r.createdAt, r.data.takenAt])).to.deep.equal(
      [first, second].map((r) => [r.id, r.createdAt, r.data.takenAt]),
    );
    await expect(el).to.be.accessible();
  });
});
