import { expect, waitUntil } from '@open-wc/testing';
import {
  cleanupStores,
  createTestStore,
  deleteDatabase,
  openSecondTab,
} from '../../helpers/stores.js';
import { byLabel, planOn, storedPlan, typeInto } from './plan-test-kit.js';

describe('<rk-staying-well-plan> when its stored data goes away', () => {
  afterEach(() => {
    localStorage.clear();
    return cleanupStores();
  });

  it('the database deleted under it: the plan stays on screen and is saved again', async () => {
    const store = await createTestStore('plan-gone');
    const el = await planOn(store);
    await typeInto(byLabel(el, 'Notes for Early signs'), 'Staying in bed');
    await waitUntil(
      async () => (await storedPlan(store))?.sections['early-signs']?.notes === 'Staying in bed',
    );
    await deleteDatabase((store.adapter as unknown as { databaseName: string }).databaseName);
    const reopened = await openSecondTab(store);
    await waitUntil(
      async () => (await storedPlan(reopened))?.sections['early-signs']?.notes === 'Staying in bed',
      'the plan on screen was not saved again',
    );
    expect(byLabel<HTMLTextAreaElement>(el, 'Notes for Early signs').value).to.equal(
      'Staying in bed',
    );
    await expect(el).to.be.accessible();
  });
});
