// The overview's chart controller is loaded when the person first asks for the chart
// (lazy-chart.ts). When it cannot be fetched (the connection dropped: the test
// refuses its request in the browser: test/helpers/unreachable-modules.ts), the overview says the chart could
// not be shown, its table keeps the same numbers, and asking again once it can be fetched
// draws it. A file of its own: no other test may have loaded the controller in this page.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import { q, tracker } from './goal-tracker-fixtures.js';
import { allowModules, refuseModules } from '../../helpers/unreachable-modules.js';

afterEach(async () => {
  await allowModules();
  await cleanupStores();
});

describe('rk-goal-tracker: the chart cannot be fetched', () => {
  it('says the chart could not be shown, keeps the table, and draws it when asked again', async () => {
    const store = await createTestStore('goals');
    const el = await tracker(store);
    await el.addGoal({ title: 'Choir', chime: ['connectedness'] });
    await el.updateComplete;
    await refuseModules('chart-controller.ts');

    const toggle = q(el, '[part="chart-toggle"]');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => q(el, '[part="overview"]').textContent!.includes('could not be shown'),
      'the failure was not said',
    );
    expect(q(el, '[part="overview-table"]').textContent).to.contain('Connectedness');
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    await expect(el).to.be.accessible();

    await allowModules();
    await sendKeys({ press: 'Enter' }); // hides the chart
    await sendKeys({ press: 'Enter' }); // and asks for it again
    const chart = () =>
      (el as unknown as { chart: { controller?: { status: string } } }).chart.controller;
    await waitUntil(() => chart()?.status === 'ready', 'the chart was never drawn');
    expect(q(el, '[part="overview"]').textContent).not.to.contain('could not be shown');
  });
});
