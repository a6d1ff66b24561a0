// A goal's editor is loaded the first time a goal is opened (goal-editor-loader.ts). When
// it cannot be fetched (the connection dropped: refuseModules), the open goal says so, and
// that reloading the page tries again (Chromium keeps a failed module failed until then),
// and the rest of the tracker keeps working. A file of its own: no other test in this
// document may have loaded the editor.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import { allowModules, refuseModules } from '../../helpers/unreachable-modules.js';
import { q, tracker, waitForStored } from './goal-tracker-fixtures.js';

afterEach(async () => {
  await allowModules();
  await cleanupStores();
});

describe('rk-goal-tracker: the editor cannot be fetched', () => {
  it('says the goal could not be opened and how to try again; the rest still works', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    await el.addGoal({ title: 'Walk', chime: ['hope'] });
    await el.updateComplete;
    await refuseModules('goal-editor.ts');

    const toggle = q(el, '[part="goal-toggle"]');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => q(el, 'li.open').textContent!.includes('could not be opened'));
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain(
      'reload the page to try again',
    );
    await expect(el).to.be.accessible();

    expect(el.shadowRoot!.activeElement).to.equal(toggle);

    await allowModules();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(q(el, '[part="goal-toggle"]').getAttribute('aria-expanded')).to.equal('false');
    await el.addGoal({ title: 'Sing', chime: ['connectedness'] });
    await waitForStored(store, (goals) => goals.length === 2);
  });
});
