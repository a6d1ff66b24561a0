import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { entryModel } from '../../../src/core/entry.js';
import type { RkHopeJournal } from '../../../src/elements/hope-journal/hope-journal.js';
import type { RkSaveStatus } from '../../../src/elements/save-status/rk-save-status.js';
import type { RecordStore } from '../../../src/storage/record-store.js';
import {
  cleanupStores,
  createTestStore,
  databaseOf,
  deleteDatabase,
  openSecondTab,
} from '../../helpers/stores.js';
import {
  journal,
  keptDrafts,
  listedBodies,
  q,
  sampleEntry,
  showList,
  storedEntries,
  typeInto,
} from './journal-fixtures.js';

const saveStatus = (el: RkHopeJournal) =>
  el.shadowRoot!.querySelector<RkSaveStatus>('rk-save-status')!;
const statusText = (el: RkHopeJournal) =>
  saveStatus(el).shadowRoot!.querySelector('[part="message"]')!.textContent!;

/**
 * A journal with two entries and a half-typed new entry, stored; with `typingOn`, the
 * person has typed on since (not yet stored).
 */
async function journalWithDraft(prefix: string, typingOn: boolean) {
  const store = await createTestStore(prefix);
  const entries = store.collection(entryModel);
  const walk = await entries.create(
    sampleEntry({ body: 'A walk by the river', date: '2026-11-02' }),
  );
  const call = await entries.create(sampleEntry({ body: 'Called my sister', date: '2026-11-01' }));
  const el = await journal(store);
  await showList(el, 2);
  await typeInto(el, '#entry-body', 'Half of a thought');
  await waitUntil(() => saveStatus(el).state === 'saved', 'the draft was never stored');
  if (!typingOn) return { store, el, walk, call };
  const body = q<HTMLTextAreaElement>(el, '#entry-body');
  body.focus();
  body.setSelectionRange(body.value.length, body.value.length);
  await sendKeys({ type: ' and the rest' }); // typed on after the draft was stored
  await el.updateComplete;
  return { store, el, walk, call };
}

/**
 * Every time the save status turns to "saved", what a fresh tab reads at that moment
 * (its read is queued behind any write already started).
 */
function whatSavedMeant(el: RkHopeJournal, store: RecordStore) {
  const seen: Promise<{ entries: number; drafts: string[] }>[] = [];
  let was = saveStatus(el).state;
  const observer = new MutationObserver(() => {
    const state = saveStatus(el).state;
    if (state === 'saved' && was !== 'saved')
      seen.push(
        openSecondTab(store).then(async (fresh) => ({
          entries: (await storedEntries(fresh)).length,
          drafts: await keptDrafts(fresh),
        })),
      );
    was = state;
  });
  observer.observe(saveStatus(el).shadowRoot!, {
    subtree: true,
    childList: true,
    characterData: true,
  });
  return { seen, stop: () => observer.disconnect() };
}

describe('<rk-hope-journal> when its stored data goes away', () => {
  afterEach(() => {
    localStorage.clear();
    return cleanupStores();
  });

  it('the database deleted under it: tells the person, saves every entry and the draft again, and a fresh journal finds them', async () => {
    const { store, el, walk } = await journalWithDraft('journal-gone', true);
    await deleteDatabase(databaseOf(store));
    await waitUntil(
      () => statusText(el).includes('Your browser cleared what was saved here'),
      'the person was not told',
    );
    expect(listedBodies(el)).to.deep.equal(['A walk by the river', 'Called my sister']);
    expect(q<HTMLTextAreaElement>(el, '#entry-body').value).to.equal(
      'Half of a thought and the rest',
    );
    await waitUntil(() => saveStatus(el).state === 'saved', 'never saved again');
    await expect(el).to.be.accessible();

    const reopened = await openSecondTab(store);
    expect((await storedEntries(reopened)).map((entry) => entry.body)).to.deep.equal([
      'A walk by the river',
      'Called my sister',
    ]);
    const again = (await reopened.collection(entryModel).get(walk.id))!.record!;
    expect(again.createdAt).to.equal(walk.createdAt);
    expect(await keptDrafts(reopened)).to.deep.equal(['Half of a thought and the rest']);
    localStorage.clear(); // what the fresh journal finds is in the store, not only in the leave journal
    el.remove();
    const fresh = await journal(reopened);
    await showList(fresh, 2);
    expect(listedBodies(fresh)).to.deep.equal(['A walk by the river', 'Called my sister']);
    await waitUntil(
      () => q<HTMLTextAreaElement>(fresh, '#entry-body').value === 'Half of a thought and the rest',
      'the draft did not come back',
    );
  });

  it('site data cleared with everything stored: "Saved" shows only once the entries and the draft are stored again', async () => {
    const { store, el } = await journalWithDraft('journal-cleared', false);
    const watch = whatSavedMeant(el, store);
    await executeServerCommand('clear-site-data');
    await waitUntil(() => saveStatus(el).lost, 'not noticed');
    await waitUntil(() => saveStatus(el).state === 'saved', 'never saved again');
    watch.stop();
    expect(await Promise.all(watch.seen)).to.deep.equal([
      { entries: 2, drafts: ['Half of a thought'] },
    ]);
    expect(statusText(el)).to.include('Your browser cleared what was saved here');
    await expect(el).to.be.accessible();
    // A pin after that writes over the entry as stored again.
    const pin = [...q(el, 'article[data-index="1"]').querySelectorAll('button')].find(
      (button) => button.textContent!.trim() === 'Pin',
    )!;
    pin.click();
    await waitUntil(async () => (await storedEntries(store)).some((entry) => entry.pinned));
  });
});
