import { expect, fixtureCleanup, oneEvent, waitUntil } from '@open-wc/testing';
import { entryModel } from '../../../src/core/entry.js';
import type { RkHopeJournal } from '../../../src/elements/hope-journal/hope-journal.js';
import {
  cleanupStores,
  createStoreThatNeverCommits,
  createTestStore,
  openSecondTab,
} from '../../helpers/stores.js';
import {
  clickButton,
  journal,
  keptDrafts,
  q,
  storedEntries,
  typeInto,
} from './journal-fixtures.js';

const composed = (el: RkHopeJournal): string => q<HTMLTextAreaElement>(el, '#entry-body').value;

const leaveJournalKeys = () =>
  Object.keys(localStorage).filter((key) => key.startsWith('recovery-kit-unsaved|'));

/** Two tabs (two stores on one database), each with a journal writing a new entry of its own. */
async function twoTabsWriting() {
  const store = await createTestStore('journal-tab-drafts');
  const first = await journal(store);
  const second = await journal(await openSecondTab(store));
  await typeInto(first, '#entry-body', 'Written in the first tab');
  await typeInto(second, '#entry-body', 'Written in the second tab');
  await waitUntil(
    async () => (await keptDrafts(store)).length === 2,
    'each tab did not keep a draft of its own',
  );
  return { store, first, second };
}

describe('rk-hope-journal: one new-entry draft per tab', () => {
  afterEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    return cleanupStores();
  });

  it('a tab closed unsaved gets its own text back; the other tab, still writing, keeps its own', async () => {
    const { store, first, second } = await twoTabsWriting();
    expect(await keptDrafts(store)).to.have.members([
      'Written in the first tab',
      'Written in the second tab',
    ]);
    second.remove(); // the second tab is closed without saving; the first one's draft is older
    const reopened = await journal(await openSecondTab(store));
    await waitUntil(
      () => composed(reopened) === 'Written in the second tab',
      `the closed tab's draft did not come back (form shows "${composed(reopened)}")`,
    );
    expect(composed(first)).to.equal('Written in the first tab');
    expect(await keptDrafts(store)).to.have.members([
      'Written in the first tab',
      'Written in the second tab',
    ]);
    await expect(reopened).to.be.accessible();

    // The first tab saves its entry: its draft goes, the reopened tab's stays.
    const saved = oneEvent(first, 'rk-entry-saved');
    await clickButton(first, 'Save entry');
    await saved;
    await waitUntil(async () => (await keptDrafts(store)).length === 1, 'the saved draft stayed');
    expect(await keptDrafts(store)).to.deep.equal(['Written in the second tab']);
    expect(composed(first)).to.equal('');
    expect(composed(reopened)).to.equal('Written in the second tab');
    expect((await storedEntries(store)).map((entry) => entry.body)).to.deep.equal([
      'Written in the first tab',
    ]);
  });

  it('a fresh journal takes over the oldest orphan draft, and the next one once that is saved', async () => {
    const { store } = await twoTabsWriting();
    fixtureCleanup(); // both tabs closed without saving
    const fresh = await journal(await openSecondTab(store));
    await waitUntil(() => composed(fresh) === 'Written in the first tab', 'the oldest first');
    const saved = oneEvent(fresh, 'rk-entry-saved');
    await clickButton(fresh, 'Save entry');
    await saved;
    await waitUntil(
      () => composed(fresh) === 'Written in the second tab',
      'the other orphan draft did not come next',
    );
    await waitUntil(async () => (await keptDrafts(store)).length === 1);
    expect(await keptDrafts(store)).to.deep.equal(['Written in the second tab']);
  });

  it('erase-all removes every tab\u2019s draft', async () => {
    const { store, first, second } = await twoTabsWriting();
    await (await openSecondTab(store)).purgeAll();
    await waitUntil(() => composed(first) === '' && composed(second) === '', 'a form kept text');
    expect(await keptDrafts(store)).to.deep.equal([]);
    first.remove();
    const fresh = await journal(await openSecondTab(store));
    expect(composed(fresh)).to.equal('');
  });

  it('two tabs gone before IndexedDB committed: the leave journal brings both drafts back', async () => {
    const seed = await createTestStore('journal-tab-drafts');
    const first = await journal(await createStoreThatNeverCommits(seed));
    const second = await journal(await createStoreThatNeverCommits(seed));
    await typeInto(first, '#entry-body', 'First tab, never committed');
    await typeInto(second, '#entry-body', 'Second tab, never committed');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    fixtureCleanup();
    expect(await keptDrafts(seed)).to.deep.equal([]);

    const again = await journal(await openSecondTab(seed));
    await waitUntil(() => composed(again) === 'First tab, never committed', 'not brought back');
    await waitUntil(
      async () => (await keptDrafts(seed)).length === 2,
      'the drafts were not written through the store',
    );
    expect(await keptDrafts(seed)).to.have.members([
      'First tab, never committed',
      'Second tab, never committed',
    ]);
    await waitUntil(() => leaveJournalKeys().length === 0, 'the leave journal was not cleared');
    expect(await seed.collection(entryModel).count()).to.equal(0);
  });
});
