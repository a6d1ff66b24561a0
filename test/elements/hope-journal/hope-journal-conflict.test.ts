import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { entryModel, type Entry } from '../../../src/core/entry.js';
import type { RkHopeJournal } from '../../../src/elements/hope-journal/hope-journal.js';
import type { RecordStore } from '../../../src/storage/record-store.js';
import { cleanupStores, createTestStore, openSecondTab } from '../../helpers/stores.js';
import {
  journal,
  listedBodies,
  q,
  sampleEntry,
  showList,
  storedEntries,
  typeInto,
  keptDrafts,
  startEditing,
  composerStatus,
} from './journal-fixtures.js';

afterEach(cleanupStores);

/** Saves the form with Enter from the tags field, as a keyboard user would. */
async function saveByKeyboard(el: RkHopeJournal): Promise<void> {
  q(el, '#entry-tags').focus();
  await sendKeys({ press: 'Enter' });
}

/** Waits until the kept draft is gone (the save finished clearing the form). */
const draftRemoved = (store: RecordStore) =>
  waitUntil(async () => (await keptDrafts(store)).length === 0);

/** A fresh journal on `store` shows exactly `body` and an empty form. */
async function seenAgain(store: RecordStore, body: string): Promise<void> {
  const again = await journal(store);
  await showList(again, 1);
  expect(listedBodies(again)).to.deep.equal([body]);
  expect(q<HTMLTextAreaElement>(again, '#entry-body').value).to.equal('');
  again.remove();
}

/** Changes a stored entry the way another tab would. */
async function changeElsewhere(store: RecordStore, id: string, patch: Partial<Entry>) {
  const entries = (await openSecondTab(store)).collection(entryModel);
  const theirs = (await entries.get(id))!.record!;
  return entries.update(id, { ...theirs.data, ...patch }, theirs.rev);
}

describe('rk-hope-journal: an entry changed in another tab while it is edited', () => {
  it('keeps the changes made elsewhere as well as the ones typed here, and says so', async () => {
    const store = await createTestStore('journal');
    const original = await store
      .collection(entryModel)
      .create(sampleEntry({ body: 'Walked by the river', tags: ['walks'], hope: 4 }));
    const el = await journal(store);
    await showList(el, 1);
    await startEditing(el, 0);
    await typeInto(el, '#entry-body', 'Walked by the river with Sam');
    await typeInto(el, '#entry-tags', 'walks, friends');
    await changeElsewhere(store, original.id, { hope: 8, tags: ['walks', 'outside'] });

    const saved = oneEvent(el, 'rk-entry-saved');
    await saveByKeyboard(el);
    const { detail } = await saved;
    const expected: Entry = {
      ...original.data,
      body: 'Walked by the river with Sam',
      hope: 8,
      tags: ['walks', 'friends', 'outside'],
    };
    expect(detail.change).to.equal('updated');
    expect(detail.record.id).to.equal(original.id);
    expect(detail.entry).to.deep.equal(expected);
    const stored = (await store.collection(entryModel).get(original.id))!.record!;
    expect(stored.data).to.deep.equal(expected);
    expect(detail.record.rev).to.equal(stored.rev);
    await el.updateComplete;
    expect(composerStatus(el)).to.equal(
      'Changes saved. It had also been changed somewhere else: those changes are kept too, except where you changed the same thing.',
    );
    await expect(el).to.be.accessible();

    await draftRemoved(store);
    el.remove();
    await seenAgain(store, 'Walked by the river with Sam');
    expect(await storedEntries(store)).to.deep.equal([expected]);
  });

  it('keeps both texts when another tab changed the text too: the words typed here first', async () => {
    const store = await createTestStore('journal');
    const original = await store
      .collection(entryModel)
      .create(sampleEntry({ body: 'A quiet morning' }));
    // Two journals on one store stand for two tabs.
    const here = await journal(store);
    const there = await journal(store);
    await showList(here, 1);
    await showList(there, 1);
    await startEditing(here, 0);
    await typeInto(here, '#entry-body', 'A quiet morning, tea in the garden');
    await startEditing(there, 0);
    await typeInto(there, '#entry-body', 'A quiet morning and a long call with Mum');
    const savedThere = oneEvent(there, 'rk-entry-saved');
    await saveByKeyboard(there);
    await savedThere;
    await there.updateComplete;
    expect(composerStatus(there)).to.equal('Changes saved.');

    const saved = oneEvent(here, 'rk-entry-saved');
    await saveByKeyboard(here);
    const { detail } = await saved;
    const body =
      'A quiet morning, tea in the garden\n\n--- Also saved somewhere else ---\n\nA quiet morning and a long call with Mum';
    expect(detail.change).to.equal('updated');
    expect(detail.entry).to.deep.equal({ ...original.data, body });
    const stored = (await store.collection(entryModel).get(original.id))!.record!;
    expect(stored.data.body).to.equal(body);
    expect(detail.record.rev).to.equal(stored.rev);
    await here.updateComplete;
    expect(composerStatus(here)).to.equal(
      'Changes saved. It had also been changed somewhere else, so the other version of the text is kept below yours.',
    );
    await waitUntil(() => listedBodies(there)[0] === body, 'the other tab never showed both');
    await expect(here).to.be.accessible();

    await draftRemoved(store);
    here.remove();
    there.remove();
    await seenAgain(store, body);
  });

  it('brings the entry back with the edit when another tab removed it meanwhile, and says so', async () => {
    const store = await createTestStore('journal');
    const original = await store
      .collection(entryModel)
      .create(sampleEntry({ body: 'Planted the bulbs', pinned: true, hope: 5 }));
    const el = await journal(store);
    await showList(el, 1);
    await startEditing(el, 0);
    await typeInto(el, '#entry-body', 'Planted the bulbs, and the first one is up');
    const other = (await openSecondTab(store)).collection(entryModel);
    await other.remove(original.id, original.rev);
    await waitUntil(() => el.entries.index.size === 0, 'the removal never arrived');

    const saved = oneEvent(el, 'rk-entry-saved');
    await saveByKeyboard(el);
    const { detail } = await saved;
    // The same entry (id, day, time written and pin): it comes back in the same place.
    const expected: Entry = {
      ...original.data,
      body: 'Planted the bulbs, and the first one is up',
    };
    expect(detail.change).to.equal('restored');
    expect(detail.record.id).to.equal(original.id);
    expect(detail.entry).to.deep.equal(expected);
    expect(await storedEntries(store)).to.deep.equal([expected]);
    const stored = (await store.collection(entryModel).get(detail.record.id))!.record!;
    expect(detail.record.rev).to.equal(stored.rev);
    await waitUntil(() => el.saveState === 'saved', 'the save did not finish');
    await el.updateComplete;
    expect(composerStatus(el)).to.equal(
      'Changes saved. The entry had been removed somewhere else meanwhile, so it is back, with your changes.',
    );
    await showList(el, 1);
    await expect(el).to.be.accessible();

    await draftRemoved(store);
    el.remove();
    await seenAgain(store, 'Planted the bulbs, and the first one is up');
  });

  it('writes nothing when both texts together would be too long for one entry, and says so', async () => {
    const store = await createTestStore('journal');
    const original = await store
      .collection(entryModel)
      .create(sampleEntry({ body: 'A short start' }));
    const el = await journal(store);
    await showList(el, 1);
    await startEditing(el, 0);
    // Typing this much key by key would take minutes: the field gets it in one go.
    const mine = 'a'.repeat(130_000);
    const body = q<HTMLTextAreaElement>(el, '#entry-body');
    body.value = mine;
    body.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const theirs = 'b'.repeat(130_000);
    await changeElsewhere(store, original.id, { body: theirs });

    const failed = oneEvent(el, 'rk-storage-error');
    await saveByKeyboard(el);
    expect((await failed).detail.error.code).to.equal('conflict');
    expect((await storedEntries(store))[0].body).to.equal(theirs);
    await el.updateComplete;
    expect(el.saveState).to.equal('error');
    expect(q<HTMLTextAreaElement>(el, '#entry-body').value).to.equal(mine);
    await waitUntil(
      async () => (await keptDrafts(store)).join() === mine,
      'the draft was not kept',
    );

    // Shorter, both fit: saved with the other text below.
    body.value = 'a'.repeat(100_000);
    body.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const saved = oneEvent(el, 'rk-entry-saved');
    await saveByKeyboard(el);
    const { detail } = await saved;
    const both = `${'a'.repeat(100_000)}\n\n--- Also saved somewhere else ---\n\n${theirs}`;
    expect(detail.entry.body).to.equal(both);
    expect((await storedEntries(store))[0].body).to.equal(both);
    await waitUntil(() => el.saveState === 'saved', 'the failed save was not replaced');
  });

  it('still merges when the journal was re-created mid-edit', async () => {
    const store = await createTestStore('journal');
    const original = await store
      .collection(entryModel)
      .create(sampleEntry({ body: 'Slept well', hope: 6, chime: ['hope'] }));
    const first = await journal(store);
    await showList(first, 1);
    await startEditing(first, 0);
    await typeInto(first, '#entry-body', 'Slept well for the first time in weeks');
    window.dispatchEvent(new Event('pagehide'));
    first.remove();
    await waitUntil(
      async () => (await keptDrafts(store)).join() === 'Slept well for the first time in weeks',
    );
    await changeElsewhere(store, original.id, { hope: 7, chime: ['hope', 'connectedness'] });

    const el = await journal(store);
    await waitUntil(
      () =>
        q<HTMLTextAreaElement>(el, '#entry-body').value ===
        'Slept well for the first time in weeks',
      'the draft never came back',
    );
    const saved = oneEvent(el, 'rk-entry-saved');
    await saveByKeyboard(el);
    const { detail } = await saved;
    const expected: Entry = {
      ...original.data,
      body: 'Slept well for the first time in weeks',
      hope: 7,
      chime: ['hope', 'connectedness'],
    };
    expect(detail.entry).to.deep.equal(expected);
    expect(await storedEntries(store)).to.deep.equal([expected]);
    await el.updateComplete;
    expect(composerStatus(el)).to.contain('also been changed somewhere else');
    await expect(el).to.be.accessible();

    await draftRemoved(store);
    el.remove();
    await seenAgain(store, 'Slept well for the first time in weeks');
  });
});
