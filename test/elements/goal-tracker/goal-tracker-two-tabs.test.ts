import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { createGoal, goalModel } from '../../../src/core/goal.js';
import { DEFAULT_AUTOSAVE_DELAY } from '../../../src/elements/controllers/autosave-controller.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { cleanupStores, createTestStore, openSecondTab } from '../../helpers/stores.js';
import {
  journal,
  q as inJournal,
  typeInto as typeInJournal,
} from '../hope-journal/journal-fixtures.js';
import { openGoal, q, tracker, typeInto, waitForStored } from './goal-tracker-fixtures.js';

const journalKeys = () =>
  Object.keys(localStorage).filter((key) => key.startsWith('recovery-kit-unsaved|'));

describe('<rk-goal-tracker> in two tabs', () => {
  afterEach(() => {
    localStorage.clear();
    return cleanupStores();
  });

  async function twoTabs() {
    const a = await createTestStore('goals-tabs');
    const { id } = await a
      .collection(goalModel)
      .create(createGoal({ title: 'Walk', chime: ['hope'] }));
    const b = await openSecondTab(a);
    const here = await tracker(a);
    const there = await tracker(b);
    await openGoal(here, 'Walk');
    await openGoal(there, 'Walk');
    return { a, b, id, here, there };
  }

  it('the same field edited in both keeps both texts and tells the person', async () => {
    const { a, id, here, there } = await twoTabs();
    // Both start from the same text: hold the 800 ms autosave (a slow typist on a busy
    // machine would otherwise see the first tab's save arrive before typing).
    const clock = new FakeClock({ from: DEFAULT_AUTOSAVE_DELAY });
    try {
      await typeInto(q(here, `#why-${id}`), 'from here');
      await typeInto(q(there, `#why-${id}`), 'from there');
    } finally {
      clock.uninstall();
    }
    q(there, `#toggle-${id}`).focus(); // leaving the field saves it
    q(here, `#toggle-${id}`).focus();
    const [saved] = await waitForStored(
      a,
      ([goal]) => goal.why.includes('from here') && goal.why.includes('from there'),
    );
    expect(saved.why.split('\n\n').sort()).to.deep.equal(['from here', 'from there']);
    const told = () =>
      [here, there].some((el) =>
        el.shadowRoot!.querySelector('[part="notice"]')?.textContent?.includes('Both versions'),
      );
    await waitUntil(told, 'nobody was told both texts were kept', { timeout: 5000 });
    await expect(here).to.be.accessible();
  });

  it('a goal removed in the other tab while edited here comes back with the edit, and says so', async () => {
    const { a, id, here, there } = await twoTabs();
    await typeInto(q(here, `#why-${id}`), 'still mine');
    const removed = oneEvent(there, 'rk-goal-removed');
    q(there, '[part="remove-button"]').click();
    await removed;
    q(here, `#toggle-${id}`).focus();
    const [back] = await waitForStored(a, ([goal]) => goal?.why === 'still mine');
    expect(back.title).to.equal('Walk');
    await waitUntil(() => q(here, '[part="notice"]')?.textContent?.includes('the goal is back'));
    await waitUntil(
      () => there.goalRecords.some((record) => record.id === id),
      'the other tab never showed it again',
      { timeout: 5000 },
    );
  });

  it('an edit waiting for its autosave when the other tab erases everything is never written', async () => {
    const { a, b, id, here } = await twoTabs();
    await typeInto(q(here, `#why-${id}`), 'waiting for autosave');
    await b.purgeAll();
    await waitUntil(() => here.goalRecords.length === 0, 'the erase was not heard here');
    // Whatever was still due to be saved is saved now, as when the page is hidden.
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    await here.updateComplete;
    expect(await a.collection(goalModel).all()).to.deep.equal([]);
    expect(q(here, `#toggle-${id}`)).to.equal(null);
    expect(journalKeys()).to.deep.equal([]);
  });

  it('erasing everything in the other tab leaves no draft on screen or in the journal', async () => {
    const a = await createTestStore('goals-tabs');
    const here = await tracker(a);
    const diary = await journal(a);
    await typeInto(q(here, '#title-new'), 'Call Sam');
    await typeInJournal(diary, '#entry-body', 'a private line');
    expect(journalKeys().length).to.be.greaterThan(0);
    const other = await openSecondTab(a);
    await other.purgeAll();
    await waitUntil(
      () => q<HTMLInputElement>(here, '#title-new').value === '',
      'the add form kept erased text',
      { timeout: 5000 },
    );
    await waitUntil(
      () => inJournal<HTMLTextAreaElement>(diary, '#entry-body').value === '',
      'the journal kept erased text',
      { timeout: 5000 },
    );
    expect(journalKeys()).to.deep.equal([]);
    await expect(here).to.be.accessible();
  });
});
