// The list of goals, the overview and the printed goals (goal-list-view.ts) load once
// there is a goal to show. When they cannot be fetched (the connection dropped:
// refuseModules), the goal the person added is still saved, the tracker says so and that
// reloading the page tries again, and the add form keeps working. A file of its own: no
// other test in this page may have loaded the list view.
import { expect, waitUntil } from '@open-wc/testing';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import { allowModules, refuseModules } from '../../helpers/unreachable-modules.js';
import { addThroughForm, q, tracker, waitForStored } from './goal-tracker-fixtures.js';

afterEach(async () => {
  await allowModules();
  await cleanupStores();
});

describe('rk-goal-tracker: the list of goals cannot be fetched', () => {
  it('keeps the goal saved, says so and how to try again, and the form still adds goals', async () => {
    const store = await createTestStore('goals');
    await refuseModules('goal-list-view.ts');
    const el = await tracker(store);
    await addThroughForm(el, 'Walk', ['hope']);
    await waitForStored(store, (goals) => goals.length === 1);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('could not be loaded'));
    const note = [...el.shadowRoot!.querySelectorAll('[role="status"]')].find((status) =>
      status.textContent!.includes('Reload the page to try again'),
    );
    expect(note?.textContent).to.contain('What you saved is safe');
    expect(q(el, '[part="goal-list"]')).to.equal(null);
    await expect(el).to.be.accessible();

    await allowModules();
    await addThroughForm(el, 'Sing', ['connectedness']);
    await waitForStored(store, (goals) => goals.length === 2);
    expect(q<HTMLInputElement>(el, '#title-new').value).to.equal('');
  });
});
