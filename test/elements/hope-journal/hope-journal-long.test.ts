import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FULL_LIST_LIMIT } from '../../../src/elements/hope-journal/hope-journal.js';
import { FIRST_PAGE_SIZE } from '../../../src/elements/hope-journal/journal-entries.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import { all, journal, q, seedMany, typeInto } from './journal-fixtures.js';

afterEach(cleanupStores);

describe('rk-hope-journal: a long journal', () => {
  it('shows the first page at once, then reads the rest and renders only what is on screen', async function () {
    this.timeout(20_000);
    const store = await createTestStore('journal');
    const count = FULL_LIST_LIMIT + FIRST_PAGE_SIZE + 20;
    await seedMany(store, count);
    const el = await journal(store, { readonly: true });
    await waitUntil(() => el.entries.complete, 'the rest was never read', { timeout: 5000 });
    await el.updateComplete;
    expect(el.entries.index.size).to.equal(count);
    expect(q(el, '[part="result-count"]').textContent).to.contain(`${count} entries`);
    const list = q(el, '[part="list"]');
    expect(list.classList.contains('virtual')).to.equal(true);
    list.scrollIntoView();
    // The top of the list is on screen: its first entry is rendered (the virtualizer may
    // take a few frames on a busy machine).
    await waitUntil(
      () => el.shadowRoot!.querySelector('article[data-index="0"]'),
      'no entries on screen',
      {
        timeout: 5000,
      },
    );
    expect(all(el, 'article[part="entry"]').length).to.be.lessThan(count);
    // The list scrolls on its own, so keyboard users must be able to reach it (axe checks).
    expect(list.getAttribute('tabindex')).to.equal('0');
    await expect(el).to.be.accessible();
    q(el, 'article[data-index="0"]').focus();
    await sendKeys({ press: 'End' });
    await waitUntil(
      () => el.shadowRoot!.activeElement?.getAttribute('data-index') === String(count - 1),
      'End did not reach the last entry',
      {
        timeout: 5000,
      },
    );
    expect(el.shadowRoot!.activeElement!.textContent).to.contain('The very first entry');
    expect(
      el.shadowRoot!.activeElement!.closest('[role="listitem"]')!.getAttribute('aria-posinset'),
    ).to.equal(String(count));
  });

  it('searches the whole journal once it is read', async function () {
    this.timeout(20_000);
    const store = await createTestStore('journal');
    await seedMany(store, FIRST_PAGE_SIZE + 30);
    const el = await journal(store);
    await waitUntil(() => el.entries.complete, 'the rest was never read', { timeout: 5000 });
    await typeInto(el, '#search-text', 'very first');
    expect(q(el, '[part="result-count"]').textContent).to.contain(
      `Showing 1 of ${FIRST_PAGE_SIZE + 30}`,
    );
    await waitUntil(() => all(el, 'article[part="entry"]').length === 1);
  });
});
