// The virtualizer (@lit-labs/virtualizer, about 5 KB gzip) is fetched only when a journal is
// long enough to need it: most journals never are, so most pages never download it. The
// tests run in order in one page, so the short journal comes first, before anything could
// have fetched the module.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  FULL_LIST_LIMIT,
  type RkHopeJournal,
} from '../../../src/elements/hope-journal/hope-journal.js';
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

  it('a long journal fetches it, shows its newest entries meanwhile, then renders only what is on screen, focus kept', async function () {
    this.timeout(30_000);
    const store = await createTestStore('journal');
    const count = FULL_LIST_LIMIT + 30;
    await seedMany(store, count);
    const el = await fixture<RkHopeJournal>(
      html`<rk-hope-journal .store=${store} readonly></rk-hope-journal>`,
    );
    // The first list appears before the virtualizer can have arrived (a mutation record is
    // handled before any fetch completes): note what it shows, and put focus in it, as a
    // person tabbing in would.
    let meanwhile: { list: HTMLElement; shown: number } | undefined;
    const seeFirstList = () => {
      const list = el.shadowRoot!.querySelector<HTMLElement>('[part="list"]');
      if (meanwhile || !list) return;
      meanwhile = { list, shown: list.querySelectorAll('article[part="entry"]').length };
      list.querySelector<HTMLElement>('article[data-index="1"]')?.focus();
    };
    const observer = new MutationObserver(seeFirstList);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    seeFirstList();
    await waitUntil(() => meanwhile, 'no list was shown', { timeout: 8000 });
    observer.disconnect();
    expect(meanwhile!.list.classList.contains('virtual')).to.equal(true);
    expect(meanwhile!.list.getAttribute('tabindex')).to.equal('0');
    expect(meanwhile!.shown).to.be.within(1, SHOWN_WHILE_LOADING);
    await waitUntil(() => virtualizerFetched().length > 0, 'the virtualizer was never fetched');
    const { virtualizerRef } = await import('@lit-labs/virtualizer/virtualize.js');
    const virtualList = () =>
      el.shadowRoot!.querySelector<HTMLElement & { [virtualizerRef]?: unknown }>('[part="list"]');
    await waitUntil(() => virtualList()?.[virtualizerRef], 'the list never got the virtualizer');
    await waitUntil(
      () => el.shadowRoot!.activeElement?.getAttribute('data-index') === '1',
      'the entry that had focus did not get it back in the new list',
    );
    await waitUntil(() => el.entries.complete, 'the entries were never read', { timeout: 8000 });
    virtualList()!.scrollIntoView();
    await waitUntil(() => all(el, 'article[part="entry"]').length > 0, 'nothing on screen');
    expect(all(el, 'article[part="entry"]').length).to.be.lessThan(count);
    expect(
      virtualList()!.querySelector('[role="listitem"]')!.getAttribute('aria-setsize'),
    ).to.equal(String(count));
    await expect(el).to.be.accessible();
  });
});
