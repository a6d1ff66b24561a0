import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { RecordStore } from '../../../src/storage/record-store.js';
import {
  cleanupStores,
  createTestStore,
  deleteDatabase,
  openSecondTab,
} from '../../helpers/stores.js';
import { rawRequest } from '../../storage/indexeddb-raw.js';
import { note, noteModel } from '../../storage/note-model.js';
import './drafts-probe.js';
import type { DraftsProbe } from './drafts-probe.js';

const databaseOf = (store: RecordStore) =>
  (store.adapter as { databaseName?: string }).databaseName!;

/** The leave journal's entries for `store` (other tests' journals may write theirs back too). */
const journalKeys = (store: RecordStore) =>
  Object.keys(localStorage).filter(
    (key) =>
      key.startsWith('recovery-kit-unsaved|') &&
      key.includes(databaseOf(store).slice('recovery-kit:'.length)),
  );

async function probe(store: RecordStore): Promise<DraftsProbe> {
  const el = await fixture<DraftsProbe>(html`<rk-drafts-probe .store=${store}></rk-drafts-probe>`);
  await el.storage.whenReady();
  return el;
}

async function texts(store: RecordStore): Promise<string[]> {
  return (await store.collection(noteModel).all()).map((item) => item.record!.data.text).sort();
}

describe('RecordDrafts (the editing core)', () => {
  afterEach(async () => {
    localStorage.clear();
    await cleanupStores();
  });

  describe('the store gone under the page', () => {
    async function twoNotesOneTyped() {
      const store = await createTestStore('drafts-lost');
      const kept = await store.collection(noteModel).create(note(1, 'kept'));
      const typed = await store.collection(noteModel).create(note(2, 'typed'));
      const el = await probe(store);
      el.notes.edit(typed.id, (data) => ({ ...data, text: 'typed, not saved yet' }));
      return { store, el, kept, typed };
    }

    it('the database deleted: says so, saves again every record shown and every draft, with ids and creation times', async () => {
      const { store, el, kept, typed } = await twoNotesOneTyped();
      await deleteDatabase(databaseOf(store));
      await waitUntil(() => el.storage.lost, 'the loss went unnoticed');
      const fresh = await openSecondTab(store);
      await waitUntil(
        async () => (await texts(fresh)).join() === 'kept,typed, not saved yet',
        'what was on screen was not saved again',
      );
      const again = await fresh.collection(noteModel).get(kept.id);
      expect(again?.record?.createdAt).to.equal(kept.createdAt);
      expect((await fresh.collection(noteModel).get(typed.id))?.record?.createdAt).to.equal(
        typed.createdAt,
      );
      await waitUntil(() => el.storage.state === 'saved');
      await el.updateComplete;
      const status = el.shadowRoot!.querySelector('rk-save-status')!;
      expect(status.lost).to.equal(true);
      expect(status.shadowRoot!.textContent).to.include('Your browser cleared what was saved here');
      await expect(el).to.be.accessible();
    });

    it('site data cleared: never "Saved" before what was on screen is stored again, and the leave journal holds it meanwhile', async () => {
      const { store, el } = await twoNotesOneTyped();
      await waitUntil(() => el.storage.state === 'saved', 'the typed note was never saved');
      // A form kept only until a button is pressed (as the add-goal form is).
      el.storage.typing.keep('note-new', 'half a new note', { wait: 'person' });
      // What the element says at the moment it hears of the loss (its listener runs first).
      let heard: { state: string; savedAt: unknown; journal: number } | undefined;
      store.subscribe((change) => {
        if (change.type === 'lost') {
          const { state, lastSavedAt } = el.storage;
          heard = { state, savedAt: lastSavedAt, journal: journalKeys(store).length };
        }
      });
      const failures: string[] = [];
      el.addEventListener('rk-storage-error', (event) => failures.push(event.detail.error.code));
      await executeServerCommand('clear-site-data');
      await waitUntil(() => heard, 'clearing site data went unnoticed');
      // Nothing counts as saved: the notes are being saved again, and the leave journal
      // (cleared too) holds both notes and the form again.
      expect(heard).to.deep.equal({ state: 'saving', savedAt: undefined, journal: 3 });
      await waitUntil(async () => (await texts(store)).length === 2, 'nothing was saved again');
      await waitUntil(() => el.storage.state === 'unsaved', 'the notes were never saved again');
      await waitUntil(
        () => journalKeys(store).length === 1,
        'the form is not in the leave journal',
      );
      // The browser aborts work while it clears; it is run again, never shown as a failure.
      expect(failures).to.deep.equal([]);
    });

    it('localStorage cleared just before the loss is heard (no word of it reaches the page yet): the loss writes the journal again', async () => {
      const { store, el } = await twoNotesOneTyped();
      el.storage.typing.keep('note-new', 'half a new note', { wait: 'person' });
      localStorage.clear(); // this page's own clear: no storage event comes here
      await deleteDatabase(databaseOf(store));
      await waitUntil(() => el.storage.lost, 'the loss went unnoticed');
      const [kept] = await store.leaveJournal.read<string>('note-new');
      expect(kept?.value).to.equal('half a new note');
    });

    it('localStorage cleared after the loss was heard (the browser clears its parts in any order): the form is written back', async () => {
      const { store, el } = await twoNotesOneTyped();
      el.storage.typing.keep('note-new', 'half a new note', { wait: 'person' });
      await deleteDatabase(databaseOf(store));
      await waitUntil(() => el.storage.lost, 'the loss went unnoticed');
      await waitUntil(async () => (await texts(store)).length === 2, 'nothing was saved again');
      await executeServerCommand('clear-site-data', { storageTypes: 'local_storage' });
      await waitUntil(() => journalKeys(store).length === 1, 'the form was not written back');
      const [kept] = await store.leaveJournal.read<string>('note-new');
      expect(kept.value).to.equal('half a new note');
      expect(el.storage.state).to.equal('unsaved');
    });
  });

  describe('one write of a record at a time', () => {
    it('"Try again" while a save of the same record waits for its merge: they run one after the other, and nothing stays failed', async () => {
      const store = await createTestStore('drafts-retry');
      const { id, rev } = await store.collection(noteModel).create(note(1, 'before'));
      const el = await probe(store);
      const other = await openSecondTab(store);
      await other.collection(noteModel).update(id, note(1, 'changed there'), rev);
      el.notes.edit(id, (data) => ({ ...data, text: 'typed here' }));
      // Its write meets the other tab's change, and the merge cannot be fetched: kept for "Try again".
      el.mergeLoading = 'fail';
      await el.notes.save(id).catch(() => undefined);
      expect(el.storage.state).to.equal('error');
      let fetched!: () => void;
      el.mergeLoading = new Promise<void>((resolve) => (fetched = resolve));
      el.notes.edit(id, (data) => ({ ...data, text: 'typed here, and more' }));
      const saving = el.notes.save(id);
      const retrying = el.storage.retry();
      fetched();
      await Promise.all([saving, retrying]);
      expect(el.storage.error).to.equal(undefined);
      expect(await texts(store)).to.deep.equal(['typed here, and more']);
    });
  });

  describe('erase wins', () => {
    it('a write that finds its record erased in another tab (before this tab heard) re-creates nothing, and the draft goes', async () => {
      const store = await createTestStore('drafts-erase');
      const { id } = await store.collection(noteModel).create(note(1, 'before'));
      const el = await probe(store);
      el.notes.edit(id, (data) => ({ ...data, text: 'typed just before the erase' }));
      // The other tab's erase as this tab's store meets it: the data is gone, the news not yet here.
      await rawRequest(databaseOf(store), 'readwrite', (records) => records.clear());
      await el.notes.save(id);
      expect(await texts(store)).to.deep.equal([]);
      expect(el.notes.items?.map((item) => item.id)).to.deep.equal([]);
      expect(el.storage.typing.has(`note:${id}`)).to.equal(false);
    });

    it('a pending autosave and a failed write are cancelled by an erase in another tab: nothing comes back', async () => {
      const store = await createTestStore('drafts-erase');
      const collection = store.collection(noteModel);
      const first = await collection.create(note(1, 'one'));
      const second = await collection.create(note(2, 'two'));
      const el = await probe(store);
      // One write failed and waits for "Try again"; one edit waits for its autosave.
      const other = await openSecondTab(store);
      await other.collection(noteModel).update(first.id, note(1, 'moved on'), first.rev);
      el.storage
        .save(
          'save-note',
          (s) => s.collection(noteModel).update(first.id, note(1, 'old'), first.rev),
          first.id,
        )
        .catch(() => undefined);
      await waitUntil(() => el.storage.state === 'error');
      el.notes.edit(second.id, (data) => ({ ...data, text: 'typed, autosave pending' }));
      await other.purgeAll();
      await waitUntil(() => el.notes.items?.length === 0, 'the erase was not heard');
      expect(el.storage.state).to.equal('ready');
      await el.storage.retry();
      await el.notes.save(second.id);
      expect(await texts(store)).to.deep.equal([]);
    });
  });

  describe('the merge, loaded when a write first meets a change elsewhere', () => {
    it('typing on while a plain write runs keeps the newest typing and saves it, without the merge', async () => {
      const store = await createTestStore('drafts-merge');
      const { id } = await store.collection(noteModel).create(note(1, 'before'));
      const el = await probe(store);
      el.notes.edit(id, (data) => ({ ...data, text: 'first' }));
      // Typing on as the write lands: its echo arrives before the write resolves here.
      const stop = store.subscribe((change) => {
        if (change.type !== 'put') return;
        stop();
        el.notes.edit(id, (data) => ({ ...data, text: 'first, then more' }));
      });
      await el.notes.save(id);
      expect(await texts(store)).to.deep.equal(['first']);
      expect(el.notes.shown(id)?.text).to.equal('first, then more');
      expect(el.notes.pending(id)).to.equal(true);
      await el.notes.save(id);
      expect(await texts(store)).to.deep.equal(['first, then more']);
      expect(el.mergeLoads).to.equal(0);
    });

    it('is asked for once, at the first write that meets a newer revision', async () => {
      const store = await createTestStore('drafts-merge');
      const created = await store.collection(noteModel).create(note(1, 'before'));
      const el = await probe(store);
      el.notes.edit(created.id, (data) => ({ ...data, text: 'mine' }));
      const other = await openSecondTab(store);
      await other.collection(noteModel).update(created.id, note(1, 'theirs'), created.rev);
      await el.notes.save(created.id);
      expect(await texts(store)).to.deep.equal(['mine']);
      el.notes.edit(created.id, (data) => ({ ...data, text: 'mine again' }));
      const current = (await other.collection(noteModel).get(created.id))!.record!;
      await other.collection(noteModel).update(created.id, note(1, 'theirs again'), current.rev);
      await el.notes.save(created.id);
      expect(await texts(store)).to.deep.equal(['mine again']);
      expect(el.mergeLoads).to.equal(1);
    });
  });
});
