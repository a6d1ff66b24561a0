// The journal's first view does not download the undo notice: it is defined at the first
// removal, loaded while the entry is removed and saved, and the removal is still announced
// and offers Undo with focus on it. Module requests are read from the page's resource
// timing (this file runs in a page of its own, so nothing else loaded the notice first).
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { entryModel } from '../../../src/core/entry.js';
import { fetched } from '../../helpers/fetched.js';
import { cleanupStores, createTestStore } from '../../helpers/stores.js';
import {
  journal,
  listedBodies,
  q,
  sampleEntry,
  showList,
  storedEntries,
} from './journal-fixtures.js';

afterEach(cleanupStores);

/** The part of the journal's undo notice that has focus, if any. */
const focusedInNotice = (notice: HTMLElement): string | null | undefined =>
  notice.shadowRoot?.activeElement?.getAttribute('part');

describe('rk-hope-journal: the undo notice loads at the first removal', () => {
  it('is not loaded with the journal; the first removal is announced, focused and undoable', async () => {
    const store = await createTestStore('journal-lazy-undo');
    const entries = store.collection(entryModel);
    await entries.create(sampleEntry({ body: 'Tea with Sam', date: '2026-11-02' }));
    await entries.create(sampleEntry({ body: 'A walk by the river', date: '2026-11-01' }));
    const el = await journal(store);
    await showList(el, 2);
    // A boolean: a failing comparison with the element's class would hang the reporter.
    expect(Boolean(customElements.get('rk-undo-notice')), 'loaded with the journal').to.equal(
      false,
    );
    expect(fetched('/src/elements/undo/undo-notice.ts')).to.equal(false);

    const removed = oneEvent(el, 'rk-entry-removed');
    q(el, 'button[aria-label="Remove “A walk by the river”"]').focus();
    await sendKeys({ press: 'Enter' });
    expect((await removed).detail.entry.body).to.equal('A walk by the river');
    const notice = q(el, 'rk-undo-notice');
    await waitUntil(() => focusedInNotice(notice) === 'undo-button', 'focus never reached Undo');
    expect(Boolean(customElements.get('rk-undo-notice'))).to.equal(true);
    expect(notice.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      'Removed “A walk by the river”.',
    );
    expect((await storedEntries(store)).map((entry) => entry.body)).to.deep.equal(['Tea with Sam']);
    await expect(el).to.be.accessible();

    const restored = oneEvent(el, 'rk-entry-saved');
    await sendKeys({ press: 'Enter' });
    const { detail } = await restored;
    expect(detail.change).to.equal('restored');
    expect(detail.entry.body).to.equal('A walk by the river');
    await waitUntil(
      () => el.shadowRoot!.activeElement?.textContent?.includes('A walk by the river'),
      'focus did not go to the entry that came back',
    );
    expect((await storedEntries(store)).map((entry) => entry.body)).to.deep.equal([
      'Tea with Sam',
      'A walk by the river',
    ]);

    el.remove();
    const again = await journal(store);
    await showList(again, 2);
    expect(listedBodies(again)).to.deep.equal(['Tea with Sam', 'A walk by the river']);
  });
});
