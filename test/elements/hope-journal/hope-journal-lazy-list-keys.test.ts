// A key pressed in a long list while its renderer (the virtualizer) is still loading is
// not lost: End asks for an entry that is not rendered yet, and it gets focus once the
// virtualizer is here. This file runs in a page of its own, so the virtualizer is fetched
// for the first time here. The key is dispatched in the same task the first list appears
// in, so it surely lands while the virtualizer loads (a key sent through the browser might
// arrive after it).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { RkHopeJournal } from '../../../src/elements/hope-journal/hope-journal.js';
import { FULL_LIST_LIMIT } from '../../../src/elements/hope-journal/hope-journal.js';
import { loadedVirtualizer } from '../../../src/elements/hope-journal/journal-virtualizer.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import { seedMany } from './journal-fixtures.js';

afterEach(cleanupStores);

const COUNT = FULL_LIST_LIMIT + 20;

describe('rk-hope-journal: keys while the long-list renderer loads', () => {
  it('End pressed before the virtualizer arrived focuses the last entry once it has', async function () {
    this.timeout(30_000);
    const store = await createTestStore('journal-lazy-keys');
    await seedMany(store, COUNT);
    const el = await fixture<RkHopeJournal>(
      html`<rk-hope-journal .store=${store} readonly></rk-hope-journal>`,
    );
    let pressed: { last: number; loaded: boolean } | undefined;
    const pressEnd = () => {
      const list = el.shadowRoot!.querySelector<HTMLElement>('[part="list"]');
      const entry = list?.querySelector<HTMLElement>('article[data-index="1"]');
      if (pressed || !list || !entry) return;
      entry.focus();
      pressed = { last: Number(list.dataset.count) - 1, loaded: Boolean(loadedVirtualizer()) };
      entry.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }),
      );
    };
    const observer = new MutationObserver(pressEnd);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    pressEnd();
    await waitUntil(() => pressed, 'no list was shown', { timeout: 8000 });
    observer.disconnect();
    expect(pressed!.loaded, 'the virtualizer was already here').to.equal(false);
    expect(pressed!.last).to.be.greaterThan(1);

    const focusedIndex = () =>
      el.shadowRoot!.activeElement?.closest('article[data-index]')?.getAttribute('data-index');
    await waitUntil(
      () => loadedVirtualizer() && focusedIndex() === String(pressed!.last),
      'End was lost while the virtualizer loaded',
    );
    const body = pressed!.last === COUNT - 1 ? 'The very first entry' : `Day ${pressed!.last}`;
    expect(el.shadowRoot!.activeElement!.textContent).to.contain(body);
    expect(document.activeElement).to.equal(el);
    await expect(el).to.be.accessible();
  });
});
