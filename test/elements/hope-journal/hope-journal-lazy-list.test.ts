// The virtualizer (@lit-labs/virtualizer, about 5 KB gzip) is fetched only when a journal is
// long enough to need it: most journals never are, so most pages never download it. The
// tests run in order in one page, so the short journal comes first, before anything could
// have fetched the module.
import { expect, waitUntil } from '@open-wc/testing';
import { FULL_LIST_LIMIT } from '../../../src/elements/hope-journal/hope-journal.js';
import { SHOWN_WHILE_LOADING } from '../../../src/elements/hope-journal/journal-entry-list.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import { all, journal, q, seedMany } from './journal-fixtures.js';

afterEach(cleanupStores);

/** The virtualizer's modules this page has fetched so far. */
const virtualizerFetched = () =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.includes('@lit-labs/virtualizer'));

describe('rk-hope-journal: the long-list renderer loads only for long journals', () => {
  it('a short journal is rendered whole without fetching the virtualizer', async () => {
    const store = await createTestStore('journal');
    await seedMany(store, 5);
    const el = await journal(store);
    await waitUntil(() => el.entries.complete, 'the entries were never read');
    await el.updateComplete;
    expect(all(el, 'article[part="entry"]')).to.have.length(5);
    expect(q(el, '[part="list"]').classList.contains('virtual')).to.equal(false);
    expect(virtualizerFetched()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('a long journal fetches it, shows its newest entries meanwhile, then renders only what is on screen', async function () {
    this.timeout(30_000);
    const store = await createTestStore('journal');
    const count = FULL_LIST_LIMIT + 30;
    await seedMany(store, count);
    const el = await journal(store, { readonly: true });
    await waitUntil(() => el.entries.complete, 'the entries were never read', { timeout: 8000 });
    await el.updateComplete;
    const first = q(el, '[part="list"]');
    expect(first.classList.contains('virtual')).to.equal(true);
    expect(first.getAttribute('tabindex')).to.equal('0');
    // Until the virtualizer arrives, the newest entries are there in full, never nothing.
    const shownFirst = all(el, 'article[part="entry"]').length;
    expect(shownFirst).to.be.within(1, Math.max(SHOWN_WHILE_LOADING, 1));
    await waitUntil(() => virtualizerFetched().length > 0, 'the virtualizer was never fetched');
    q(el, '[part="list"]').scrollIntoView();
    await waitUntil(
      () => q(el, '[part="list"]') !== first && all(el, 'article[part="entry"]').length > 0,
      'the journal never rendered the list again with the virtualizer',
    );
    const list = q(el, '[part="list"]');
    expect(list.classList.contains('virtual')).to.equal(true);
    expect(all(el, 'article[part="entry"]').length).to.be.lessThan(count);
    expect(list.querySelector('[role="listitem"]')!.getAttribute('aria-setsize')).to.equal(
      String(count),
    );
    await expect(el).to.be.accessible();
  });
});
