import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { entryModel, type Entry } from '../../../src/core/entry.js';
import type { RkHopeJournal } from '../../../src/elements/hope-journal/hope-journal.js';
import {
  cleanupStores,
  createStoreThatNeverCommits,
  createTestStore,
  openSecondTab,
} from '../../helpers/stores.js';
import { FakeClock } from '../../helpers/fake-clock.js';
import {
  all,
  clickButton,
  journal,
  listedBodies,
  q,
  sampleEntry,
  showList,
  storedEntries,
  typeInto,
  startEditing,
  composerStatus,
} from './journal-fixtures.js';

afterEach(cleanupStores);

const tagOptions = (el: RkHopeJournal): string[] =>
  [...q<HTMLSelectElement>(el, '#filter-tag').options].map((option) => option.value).slice(1);

const chimeCount = (el: RkHopeJournal, name: string): string =>
  all(el, '[part="chime-frequency"] .frequency-row')
    .find((row) => row.querySelector('dt')!.textContent!.trim() === name)!
    .querySelector('dd')!
    .textContent!.trim();

const hopeTable = (el: RkHopeJournal): string[] =>
  all(el, '[part="hope-table"] tbody td').map((cell) => cell.textContent!.trim());

/** Two tabs: a journal on one store, and a second store on the same database. */
async function twoTabs(entries: Partial<Entry>[]) {
  const store = await createTestStore('journal-tabs');
  const stored = [];
  for (const entry of entries)
    stored.push(await store.collection(entryModel).create(sampleEntry(entry)));
  const el = await journal(store);
  await showList(el, entries.length);
  const other = (await openSecondTab(store)).collection(entryModel);
  return { store, el, other, stored };
}

describe('rk-hope-journal: two tabs', () => {
  it('an entry added, changed and removed in another tab updates the list, tags, search and the look back', async () => {
    const { el, other, stored } = await twoTabs([
      { body: 'River walk', tags: ['walks'], chime: ['hope'], hope: 5, date: '2026-11-01' },
    ]);
    await typeInto(el, '#search-text', 'river');
    expect(tagOptions(el)).to.deep.equal(['walks']);

    const added = await other.create(
      sampleEntry({
        body: 'River swim',
        tags: ['swims'],
        chime: ['hope'],
        hope: 8,
        date: '2026-11-02',
      }),
    );
    await waitUntil(() => listedBodies(el).length === 2, 'the new entry never showed');
    expect(listedBodies(el)).to.deep.equal(['River swim', 'River walk']);
    expect(tagOptions(el)).to.deep.equal(['swims', 'walks']);
    expect(chimeCount(el, 'Hope and optimism')).to.equal('2 entries');
    expect(hopeTable(el)).to.deep.equal(['5', '8']);

    // Changed so that it no longer matches the search.
    await other.update(added.id, { ...added.data, body: 'Lake swim', hope: 9 }, added.rev);
    await waitUntil(() => listedBodies(el).length === 1, 'the change never showed');
    expect(listedBodies(el)).to.deep.equal(['River walk']);
    expect(hopeTable(el)).to.deep.equal(['5', '9']);

    await other.remove(stored[0].id, stored[0].rev);
    await waitUntil(() => el.entries.index.size === 1, 'the removal never arrived');
    await el.updateComplete;
    expect(listedBodies(el)).to.deep.equal([]);
    expect(tagOptions(el)).to.deep.equal(['swims']);
    expect(chimeCount(el, 'Hope and optimism')).to.equal('1 entry');
    expect(hopeTable(el)).to.deep.equal(['9']);
    await typeInto(el, '#search-text', 'swim');
    expect(listedBodies(el)).to.deep.equal(['Lake swim']);
    await expect(el).to.be.accessible();
  });

  it('the same entry edited in both tabs keeps both texts and says so', async () => {
    const { store, el } = await twoTabs([{ body: 'Slow morning' }]);
    const there = await journal(await openSecondTab(store));
    await showList(there, 1);
    await startEditing(el, 0);
    await typeInto(el, '#entry-body', 'Slow morning, toast and tea');
    await startEditing(there, 0);
    await typeInto(there, '#entry-body', 'Slow morning with the cat');
    const savedThere = oneEvent(there, 'rk-entry-saved');
    await clickButton(there, 'Save changes');
    await savedThere;
    await waitUntil(
      () => listedBodies(el)[0] === 'Slow morning with the cat',
      'tab one never heard',
    );

    const saved = oneEvent(el, 'rk-entry-saved');
    await clickButton(el, 'Save changes');
    const both =
      'Slow morning, toast and tea\n\n--- Also saved somewhere else ---\n\nSlow morning with the cat';
    expect((await saved).detail.entry.body).to.equal(both);
    expect((await storedEntries(store)).map((entry) => entry.body)).to.deep.equal([both]);
    await el.updateComplete;
    expect(composerStatus(el)).to.contain('the other version of the text is kept below yours');
    await waitUntil(() => listedBodies(there)[0] === both, 'tab two never showed both');
    await expect(el).to.be.accessible();
  });

  it('an edit saved after another tab pinned the entry keeps the pin', async () => {
    const { store, el, other, stored } = await twoTabs([{ body: 'Bread rising' }]);
    await startEditing(el, 0);
    await typeInto(el, '#entry-body', 'Bread rising, the kitchen smells good');
    const theirs = await other.update(
      stored[0].id,
      { ...stored[0].data, pinned: true },
      stored[0].rev,
    );
    await waitUntil(() => el.entries.index.get(stored[0].id)?.record.rev === theirs.rev);
    const saved = oneEvent(el, 'rk-entry-saved');
    await clickButton(el, 'Save changes');
    const { detail } = await saved;
    expect(detail.entry).to.include({
      body: 'Bread rising, the kitchen smells good',
      pinned: true,
    });
    expect((await storedEntries(store))[0]).to.include({ pinned: true });
    await el.updateComplete;
    expect(composerStatus(el)).to.equal('Changes saved.');
  });

  it('the echo of its own save costs the journal no read', async () => {
    const store = await createTestStore('journal-tabs');
    const entry = await store.collection(entryModel).create(sampleEntry({ body: 'Tea' }));
    // Every read of an entry by id, as the adapter sees it.
    const reads: string[] = [];
    const adapter = store.adapter;
    const get = adapter.get.bind(adapter);
    adapter.get = (kind, id) => {
      if (kind === entryModel.kind) reads.push(id);
      return get(kind, id);
    };
    const el = await journal(store);
    await showList(el, 1);
    await startEditing(el, 0);
    await typeInto(el, '#entry-body', 'Tea in the garden');
    let echoed: () => void;
    const echo = new Promise<void>((resolve) => (echoed = resolve));
    store.subscribe((change) => {
      if (change.id === entry.id && change.type === 'put') echoed();
    });
    const saved = oneEvent(el, 'rk-entry-saved');
    reads.length = 0;
    await clickButton(el, 'Save changes');
    await saved;
    await echo;
    await waitUntil(() => el.saveState === 'saved');
    await el.updateComplete;
    // The compare-and-set write reads the entry once; its echo adds no read.
    expect(reads).to.deep.equal([entry.id]);
    expect(listedBodies(el)).to.deep.equal(['Tea in the garden']);
  });

  it('erasing everything in another tab empties the journal, the form and Undo: no trace on screen', async () => {
    const { store, el } = await twoTabs([
      { body: 'A private walk', tags: ['secret-tag'], hope: 6 },
      { body: 'Another private day' },
    ]);
    // An Undo offered for a removed entry, the form editing another, a search typed.
    await clickButton(el, 'Remove', q(el, 'article[data-index="1"]'));
    await waitUntil(() =>
      q(el, 'rk-undo-notice').shadowRoot?.textContent!.includes('A private walk'),
    );
    await startEditing(el, 0);
    await typeInto(el, '#entry-body', 'Another private day, still writing');
    await clickButton(el, 'Stop editing');
    expect(q(el, '[part="confirm"]').textContent).to.contain('Stop editing?');
    await typeInto(el, '#search-text', 'private');

    await (await openSecondTab(store)).purgeAll();
    await waitUntil(
      () => q<HTMLTextAreaElement>(el, '#entry-body').value === '',
      'the form kept erased text',
    );
    await waitUntil(() => el.entries.complete && el.entries.index.size === 0);
    await el.updateComplete;
    const onScreen = () =>
      el.shadowRoot!.textContent! +
      q(el, 'rk-undo-notice').shadowRoot!.textContent! +
      all(el, 'input, textarea, select')
        .map((field) => (field as HTMLInputElement).value)
        .join(' ');
    expect(onScreen()).to.not.contain('private');
    expect(onScreen()).to.not.contain('secret-tag');
    expect(el.shadowRoot!.querySelector('[part="confirm"]')).to.equal(null);
    expect(q(el, '[part="result-count"]').textContent).to.contain('No entries yet');
    await expect(el).to.be.accessible();
    expect(await storedEntries(store)).to.deep.equal([]);
  });
});

describe('rk-hope-journal: an edit saved as the page went away', () => {
  afterEach(() => localStorage.clear());

  it('is written through the store when the journal next opens, before anything is pressed', async () => {
    const seed = await createTestStore('journal-leaving');
    const entry = await seed.collection(entryModel).create(sampleEntry({ body: 'Soup' }));
    const el = await journal(await createStoreThatNeverCommits(seed));
    await showList(el, 1);
    await startEditing(el, 0);
    await typeInto(el, '#entry-body', 'Soup with Gran');
    await clickButton(el, 'Save changes'); // the write never commits: the page is going
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    el.remove();

    const again = await journal(await openSecondTab(seed));
    await waitUntil(
      async () => (await storedEntries(seed))[0]?.body === 'Soup with Gran',
      'the saved edit was lost with the page',
    );
    const stored = (await seed.collection(entryModel).get(entry.id))!.record!;
    await waitUntil(() => again.entries.index.get(entry.id)?.record.rev === stored.rev);
    await showList(again, 1);
    expect(listedBodies(again)).to.deep.equal(['Soup with Gran']);
    await expect(again).to.be.accessible();
  });

  it('is kept even when Save is pressed while a draft write is still running (a slow disk)', async () => {
    const seed = await createTestStore('journal-leaving');
    const entry = await seed.collection(entryModel).create(sampleEntry({ body: 'Soup' }));
    const el = await journal(await createStoreThatNeverCommits(seed));
    await showList(el, 1);
    await startEditing(el, 0);
    // The draft's autosave (800 ms after typing) runs on a fake clock, so it surely starts,
    // and never ends, before Save is pressed; on a busy machine that happens by itself.
    const clock = new FakeClock({ from: 500 });
    try {
      await typeInto(el, '#entry-body', 'Soup with Gran');
      clock.tick(1_000);
    } finally {
      clock.uninstall();
    }
    await clickButton(el, 'Save changes');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    el.remove();

    const again = await journal(await openSecondTab(seed));
    await waitUntil(
      async () => (await storedEntries(seed))[0]?.body === 'Soup with Gran',
      'the Save pressed during a draft write was lost with the page',
    );
    await waitUntil(() => again.entries.index.get(entry.id)?.entry.body === 'Soup with Gran');
  });
});
