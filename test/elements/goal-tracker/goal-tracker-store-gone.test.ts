import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createGoal, goalModel } from '../../../src/core/goal.js';
import type { RkGoalTracker } from '../../../src/elements/goal-tracker/goal-tracker.js';
import type { RecordStore } from '../../../src/storage/record-store.js';
import {
  cleanupStores,
  createFaultyStore,
  createTestStore,
  deleteDatabase,
  openSecondTab,
} from '../../helpers/stores.js';
import { rawRequest } from '../../storage/indexeddb-raw.js';
import { openGoal, q, stored, tracker, typeInto, waitForStored } from './goal-tracker-fixtures.js';

/** The IndexedDB database under a test store (through a fault-injecting wrapper too). */
function databaseOf(store: RecordStore): string {
  const adapter = store.adapter as unknown as {
    inner?: { databaseName: string };
    databaseName?: string;
  };
  return (adapter.inner ?? adapter).databaseName!;
}
const statusText = (el: RkGoalTracker) =>
  q(el, '[part="save-status"]').shadowRoot!.querySelector('[part="message"]')!.textContent!;

async function walkAndRun(store: RecordStore) {
  const collection = store.collection(goalModel);
  // A second apart: two goals made in one millisecond sort by their random ids, not as made.
  const earlier = new Date(Date.now() - 1000).toISOString();
  const walk = await collection.create(createGoal({ title: 'Walk', chime: ['hope'] }), {
    createdAt: earlier,
  });
  const run = await collection.create(createGoal({ title: 'Run', chime: ['meaning'] }));
  return { walk, run };
}

describe('<rk-goal-tracker> when its stored data goes away', () => {
  afterEach(() => {
    localStorage.clear();
    return cleanupStores();
  });

  it('the database deleted under it: tells the person, and saves again every goal shown, the goal being typed in as typed', async () => {
    const store = await createTestStore('goals-gone');
    const { walk, run } = await walkAndRun(store);
    const el = await tracker(store);
    await openGoal(el, 'Walk');
    await typeInto(q(el, `#why-${walk.id}`), 'fresh air');
    await typeInto(q(el, '#title-new'), 'Call Sam');
    // The add form's draft is stored; the open goal keeps typing after that.
    await waitUntil(() => el.shadowRoot!.querySelector('rk-save-status')!.state === 'saved');
    await typeInto(q(el, `#why-${walk.id}`), ' and');
    await deleteDatabase(databaseOf(store));
    await waitUntil(
      () => statusText(el).includes('Your browser cleared what was saved here'),
      'the person was not told',
    );
    const reopened = await openSecondTab(store);
    const goals = await waitForStored(
      reopened,
      (all) => all.length === 2 && all[0].why === 'fresh air and',
    );
    expect(goals.map((goal) => [goal.title, goal.why])).to.deep.equal([
      ['Walk', 'fresh air and'],
      ['Run', ''],
    ]);
    expect((await reopened.collection(goalModel).get(run.id))?.record?.createdAt).to.equal(
      run.createdAt,
    );
    // The add-goal form stays on screen, and its kept draft is saved again too.
    expect(q<HTMLInputElement>(el, '#title-new').value).to.equal('Call Sam');
    await waitUntil(() => el.shadowRoot!.querySelector('rk-save-status')!.state === 'saved');
    localStorage.clear(); // what the new tab finds is in the store, not only in the journal
    const again = await tracker(reopened);
    await waitUntil(() => q<HTMLInputElement>(again, '#title-new').value === 'Call Sam');
    await expect(el).to.be.accessible();
  });

  it('site data cleared: the goals come back, and "Saved" shows only once they are stored again', async () => {
    const store = await createTestStore('goals-gone');
    await walkAndRun(store);
    const el = await tracker(store);
    const saidSaved: number[] = [];
    const status = el.shadowRoot!.querySelector('rk-save-status')!;
    store.subscribe((change) => {
      if (change.type === 'lost' && status.state === 'saved') saidSaved.push(Date.now());
    });
    await executeServerCommand('clear-site-data');
    await waitUntil(() => el.shadowRoot!.querySelector('rk-save-status')!.lost, 'not noticed');
    await waitUntil(() => status.state === 'saved', 'never saved again');
    expect((await stored(store)).map((goal) => goal.title)).to.deep.equal(['Walk', 'Run']);
    expect(saidSaved).to.deep.equal([]);
  });

  it('after a failed save and the store gone, "Try again" says "Saved" only for what a fresh tab finds', async () => {
    const { store, faults } = await createFaultyStore('goals-gone');
    const { walk } = await walkAndRun(store);
    const el = await tracker(store);
    await openGoal(el, 'Walk');
    await typeInto(q(el, `#why-${walk.id}`), 'kept after all');
    faults.fail('put', 'unavailable', { times: 1 });
    q(el, `#toggle-${walk.id}`).focus(); // leaving the field saves it: this save fails
    await waitUntil(() =>
      q(el, '[part="save-status"]').shadowRoot!.querySelector('[part="retry"]'),
    );
    await deleteDatabase(databaseOf(store));
    await waitUntil(() => el.shadowRoot!.querySelector('rk-save-status')!.lost);
    const retry = q(el, '[part="save-status"]').shadowRoot!.querySelector<HTMLButtonElement>(
      '[part="retry"]',
    );
    retry?.click();
    await waitUntil(() => statusText(el).includes('Saved on this device'), 'never said Saved');
    const fresh = await openSecondTab(store);
    const goals = await stored(fresh);
    expect(goals.map((goal) => [goal.title, goal.why])).to.deep.equal([
      ['Walk', 'kept after all'],
      ['Run', ''],
    ]);
  });

  it('an edit saved just after another tab erased everything (before this tab heard) brings nothing back', async () => {
    const store = await createTestStore('goals-erase');
    const { walk } = await walkAndRun(store);
    const el = await tracker(store);
    await openGoal(el, 'Walk');
    await typeInto(q(el, `#why-${walk.id}`), 'typed as the other tab erased');
    // The other tab's erase, as far as this tab's store can see: data gone, news not here yet.
    await rawRequest(databaseOf(store), 'readwrite', (records) => records.clear());
    q(el, `#toggle-${walk.id}`).focus(); // leaving the field saves it
    await waitUntil(() => !q(el, `#toggle-${walk.id}`), 'the erased goal stayed on screen');
    const other = await openSecondTab(store);
    await other.purgeAll(); // and now the news arrives
    await waitUntil(() => el.goalRecords.length === 0 && !q(el, '[part="goal-list"]'));
    expect(await stored(store)).to.deep.equal([]);
    expect(statusText(el)).to.not.include('Saved');
  });
});
