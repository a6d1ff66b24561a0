// The journal's views of saved entries (journal-records-view.ts) load with the first
// entry. When they cannot be fetched (the connection dropped: refuseModules), the entry is
// still saved, the journal says so and that reloading the page tries again, and the form
// keeps working. A file of its own: no other test in this page may have loaded the view.
import { expect, waitUntil } from '@open-wc/testing';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import { allowModules, refuseModules } from '../../helpers/unreachable-modules.js';
import { clickButton, journal, q, typeInto, waitForStored } from './journal-fixtures.js';

afterEach(async () => {
  await allowModules();
  await cleanupStores();
});

describe('rk-hope-journal: its views of saved entries cannot be fetched', () => {
  it('keeps the entry saved, says so and how to try again, and the form still saves', async () => {
    const store = await createTestStore('journal-records-unreachable');
    await refuseModules('journal-records-view.ts');
    const el = await journal(store);
    await typeInto(el, '#entry-body', 'Tea with Sam.');
    await clickButton(el, 'Save entry');
    await waitForStored(store, 1);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('could not be loaded'));
    expect(q(el, '[part="result-count"]').textContent).to.contain('1');
    expect(el.shadowRoot!.textContent).to.contain('Reload the page to try again');
    expect(el.shadowRoot!.querySelector('[part="list"]')).to.equal(null);
    await expect(el).to.be.accessible();

    await allowModules();
    await typeInto(el, '#entry-body', 'A walk by the river.');
    await clickButton(el, 'Save entry');
    await waitForStored(store, 2);
    expect(q<HTMLTextAreaElement>(el, '#entry-body').value).to.equal('');
  });
});
