import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createGoal, goalModel } from '../../../src/core/goal.js';
import {
  cleanupStores,
  createCountingStore,
  createStoreThatNeverCommits,
  createTestStore,
  openSecondTab,
} from '../../helpers/stores.js';
import { openGoal, q, stored, tracker, typeInto, waitForStored } from './goal-tracker-fixtures.js';

/** The page goes away at once: pagehide, then the element is gone; no write committed. */
function leave(): void {
  window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
  fixtureCleanup();
}

describe('<rk-goal-tracker> leaving the page at once', () => {
  afterEach(() => {
    localStorage.clear();
    return cleanupStores();
  });

  it('keeps an open goal typed into, the add form and a step not added, and saves them next time', async () => {
    const seed = await createTestStore('goals-leave');
    const { id } = await seed
      .collection(goalModel)
      .create(createGoal({ title: 'Walk', chime: ['hope'] }));
    const page = await createStoreThatNeverCommits(seed);
    const el = await tracker(page);
    await openGoal(el, 'Walk');
    await typeInto(q(el, `#why-${id}`), 'fresh air');
    await typeInto(q(el, '#title-new'), 'Call Sam');
    await typeInto(q(el, `#new-step-${id}`), 'shoes on');
    await el.updateComplete;
    expect(q(el, '[part="save-status"]').shadowRoot!.textContent).to.not.contain('Saved');
    leave();

    const reopened = await openSecondTab(seed);
    const again = await tracker(reopened);
    const goals = await waitForStored(seed, (all) => all[0]?.why === 'fresh air');
    expect(goals[0].title).to.equal('Walk');
    await waitUntil(() => q<HTMLInputElement>(again, '#title-new').value === 'Call Sam');
    await again.updateComplete;
    await waitUntil(() => q<HTMLInputElement>(again, `#new-step-${id}`)?.value === 'shoes on');
    await expect(again).to.be.accessible();
  });

  it('starts the write at once when a field is left, and when the page is hidden', async () => {
    const seed = await createTestStore('goals-leave');
    const { id } = await seed
      .collection(goalModel)
      .create(createGoal({ title: 'Walk', chime: ['hope'] }));
    const { store, calls } = await createCountingStore(seed);
    const el = await tracker(store);
    await openGoal(el, 'Walk');
    const why = q<HTMLTextAreaElement>(el, `#why-${id}`);
    // No task boundary below, so the 800 ms autosave cannot be what writes.
    const writeStarted = async () => {
      for (let i = 0; i < 100; i += 1) await Promise.resolve();
      return calls.includes('get') || calls.includes('put');
    };
    why.value = 'air';
    why.dispatchEvent(new Event('input', { bubbles: true }));
    calls.length = 0;
    why.dispatchEvent(new Event('change', { bubbles: true })); // the person leaves the field
    expect(await writeStarted(), 'leaving the field starts the write').to.equal(true);
    await waitForStored(seed, ([goal]) => goal.why === 'air');
    why.value = 'air and sun';
    why.dispatchEvent(new Event('input', { bubbles: true }));
    calls.length = 0;
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    expect(await writeStarted(), 'pagehide starts the write').to.equal(true);
    await waitForStored(seed, ([goal]) => goal.why === 'air and sun');
  });

  it('does not replay typing the store already has', async () => {
    const store = await createTestStore('goals-leave');
    const { id } = await store
      .collection(goalModel)
      .create(createGoal({ title: 'Walk', chime: ['hope'] }));
    const el = await tracker(store);
    await openGoal(el, 'Walk');
    await typeInto(q(el, `#why-${id}`), 'air');
    q(el, `#toggle-${id}`).focus(); // leaving the field saves it
    await waitForStored(store, (all) => all[0]?.why === 'air');
    await waitUntil(() => !Object.keys(localStorage).some((key) => key.includes('goal%3A')));
    leave();
    const again = await tracker(await openSecondTab(store));
    expect(again.goalRecords[0].data.why).to.equal('air');
  });

  it('says "Saving" until the typing is committed, then "Saved"', async () => {
    const store = await createTestStore('goals-leave');
    const el = await tracker(store);
    await typeInto(q(el, '#title-new'), 'Sleep');
    await el.updateComplete;
    const status = () => q(el, '[part="save-status"]').shadowRoot!.textContent!;
    expect(status()).to.contain('Saving');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => status().includes('Saved'), 'never said Saved', { timeout: 5000 });
    expect((await stored(store)).length).to.equal(0);
  });
});
