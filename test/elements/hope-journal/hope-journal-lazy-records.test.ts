// An empty journal (a first visit) does not download its views of saved entries (the
// search and filters, the list, the look back over time: journal-records-view.ts); the
// first entry brings them. Module requests are read from the page's resource timing (this
// file runs in a page of its own, so nothing else loaded them first).
import { expect } from '@open-wc/testing';
import { fetched } from '../../helpers/fetched.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import { all, clickButton, journal, q, typeInto, waitForStored } from './journal-fixtures.js';

afterEach(cleanupStores);

describe('rk-hope-journal: its views of saved entries load with the first entry', () => {
  it('shows an empty journal without them; the first entry brings the list and the look back', async () => {
    const store = await createTestStore('journal-lazy-records');
    const el = await journal(store);
    expect(q(el, '[part="result-count"]').textContent).to.contain('No entries yet');
    expect(all(el, '[part="filters"], [part="over-time"]')).to.have.length(0);
    for (const module of ['journal-records-view', 'journal-entry-list', 'journal-over-time']) {
      expect(fetched(`/src/elements/hope-journal/${module}.ts`), module).to.equal(false);
    }

    await typeInto(el, '#entry-body', 'Tea with Sam.');
    await clickButton(el, 'Save entry');
    await waitForStored(store, 1);
    await el.updateComplete; // waits for the records view too
    expect(fetched('/src/elements/hope-journal/journal-records-view.ts')).to.equal(true);
    expect(q(el, '[part="entry-body"]').textContent).to.contain('Tea with Sam.');
    expect(q(el, '[part="filters"]')).to.exist;
    expect(q(el, '[part="over-time"]')).to.exist;
    expect(el.shadowRoot!.textContent).not.to.contain('Getting what you saved');
    // The list's styles came with it.
    expect(getComputedStyle(q(el, '.entry')).borderRadius).not.to.equal('0px');
    await expect(el).to.be.accessible();
  });
});
