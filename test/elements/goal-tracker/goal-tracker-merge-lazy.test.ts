// A goal's three-way merge (core/goal-merge.ts) is loaded the first time a save meets a
// change made elsewhere (RecordDrafts' `loadMerge`), never by a first view or a plain save.
// When it cannot be fetched (the connection dropped: the test refuses its request
// in the browser: test/helpers/unreachable-modules.ts), the save fails as any failed save does, the text stays
// as typed (on screen and in the leave journal) and "Try again" merges once it can. A file
// of its own, the refused load first: no other test may have loaded the merge in this page.
import { expect, waitUntil } from '@open-wc/testing';
import { fetched } from '../../helpers/fetched.js';
import { PATIENT_TIMEOUT } from '../../helpers/patient-testing.js';
import { sendKeys } from '@web/test-runner-commands';
import { createGoal, goalModel } from '../../../src/core/goal.js';
import { DEFAULT_AUTOSAVE_DELAY } from '../../../src/elements/controllers/autosave-controller.js';
import type { RkGoalTracker } from '../../../src/elements/goal-tracker/goal-tracker.js';
import type { RecordStore } from '../../../src/storage/record-store.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import { cleanupStores, createTestStore, openSecondTab } from '../../helpers/stores.js';
import { openGoal, q, tracker, typeInto, waitForStored } from './goal-tracker-fixtures.js';
import { allowModules, refuseModules } from '../../helpers/unreachable-modules.js';

const MERGE = '/src/core/goal-merge.ts';
const journalHolds = (text: string): boolean =>
  Object.entries(localStorage).some(
    ([key, value]) => key.startsWith('recovery-kit-unsaved|') && value.includes(text),
  );

/**
 * A tracker with one open goal, typed into here while another tab saved its notes. The
 * autosave is held (by the caller's clock), so the other tab's save lands after the
 * typing and before its write, and only leaving the field and "Try again" write it.
 */
async function typedWhileChangedElsewhere(store: RecordStore, el: RkGoalTracker): Promise<string> {
  const created = await store
    .collection(goalModel)
    .create(createGoal({ title: 'Walk', chime: ['hope'] }));
  await waitUntil(() => el.goalRecords.length === 2, 'the new goal was never shown');
  const id = await openGoal(el, 'Walk');
  await typeInto(q(el, `#why-${id}`), 'from here');
  const other = await openSecondTab(store);
  await other
    .collection(goalModel)
    .update(id, { ...created.data, notes: 'from there' }, created.rev);
  return id;
}

const bothKept = (goals: { title: string; why: string; notes: string }[]): boolean =>
  goals.some(
    (goal) => goal.title === 'Walk' && goal.why === 'from here' && goal.notes === 'from there',
  );

describe('rk-goal-tracker: the merge, loaded when a save first meets a change elsewhere', () => {
  afterEach(async () => {
    await allowModules();
    localStorage.clear();
    await cleanupStores();
  });

  it('not fetched by a first view or a plain save; refused, the save fails with the text kept, and "Try again" merges', async () => {
    const store = await createTestStore('goals-merge');
    const el = await tracker(store);
    await el.addGoal({ title: 'Run', chime: ['hope'] });
    const run = await openGoal(el, 'Run');
    await typeInto(q(el, `#why-${run}`), 'to feel strong');
    q(el, `#toggle-${run}`).focus();
    await waitForStored(store, (goals) => goals[0]?.why === 'to feel strong');
    expect(fetched(MERGE)).to.equal(false);
    await sendKeys({ press: 'Enter' }); // closes it: one goal open at a time

    // An autosave firing late on a busy machine would save it before "Try again" could.
    const clock = new FakeClock({ from: DEFAULT_AUTOSAVE_DELAY, below: PATIENT_TIMEOUT });
    try {
      const id = await typedWhileChangedElsewhere(store, el);
      await refuseModules('goal-merge.ts');
      q(el, `#toggle-${id}`).focus(); // leaving the field saves it
      const status = () => q(el, 'rk-save-status').shadowRoot!;
      await waitUntil(() => status().querySelector('[part="retry"]'), 'the failure was not shown');
      expect(status().querySelector('[part="message"]')!.textContent).to.match(/not saved/i);
      expect(q<HTMLTextAreaElement>(el, `#why-${id}`).value).to.equal('from here');
      expect(journalHolds('from here')).to.equal(true);
      await expect(el).to.be.accessible();

      await allowModules();
      status().querySelector<HTMLButtonElement>('[part="retry"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitForStored(store, bothKept);
      await waitUntil(() => !status().querySelector('[part="retry"]'), 'still says not saved');
      expect(fetched(MERGE)).to.equal(true);
      expect(journalHolds('from here')).to.equal(false);
    } finally {
      clock.uninstall();
    }
  });
});
