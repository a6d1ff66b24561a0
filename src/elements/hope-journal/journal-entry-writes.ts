import type { ReactiveControllerHost } from 'lit';
import type { EntryDraft } from '../../core/entry-draft.js';
import { entryModel, type Entry } from '../../core/entry.js';
import type { EntryEdit } from '../../core/entry-merge.js';
import type { RecordEnvelope } from '../../core/record.js';
import type { EntrySavedDetail } from '../../events/entry-events.js';
import type { RecordStore } from '../../storage/record-store.js';
import type { StorageChange } from '../../storage/storage-adapter.js';
import type { StoredItem } from '../../storage/stored-item.js';
import { RecordDrafts, type SavedEdit } from '../controllers/record-drafts.js';
import { saveShownAgain } from '../controllers/save-again.js';
import type { StoreController } from '../controllers/store-controller.js';
import type { RkElement } from '../rk-element.js';
import type { HopeJournalStrings } from './hope-journal.strings.js';
import type { JournalEntries, ShownEntry } from './journal-entries.js';
import type * as EntryMerging from './journal-entry-merge.js';
import '../../events/entry-events.js';

/** What the journal's writes need from the element. */
export interface EntryWritesHost {
  element: ReactiveControllerHost & Pick<RkElement, 'emit'>;
  storage: StoreController;
  entries: JournalEntries;
  strings(): HopeJournalStrings;
}

/** Runs once an edit was stored (also after a retry), with a note when it did more than asked. */
type AfterSaved = (note?: string) => Promise<void>;

/**
 * Every write of journal entries: a new entry, an edit saved from the form, a pin, a
 * removal and its Undo. Edits and pins go through the editing core ({@link RecordDrafts},
 * on the journal's own index): one write chain per entry, their echo recognised, a change
 * saved elsewhere meanwhile merged field by field (`mergeEntries`, loaded then; both texts
 * kept when both changed the text), an entry removed elsewhere brought back with the edit.
 * When both texts together would be too long for one entry, nothing is written: the save
 * fails as a `conflict` and the person's text stays in the form. Each write fires its
 * event only after it is stored and shows the entry at once.
 */
export class JournalEntryWrites {
  readonly #host: EntryWritesHost;
  readonly #drafts: RecordDrafts<Entry>;
  /** Per entry being saved from the form: where its edit started and what to do once stored. */
  readonly #pending = new Map<string, { base: Entry; edit: EntryEdit; after: AfterSaved }>();
  /** The merge (journal-entry-merge.ts), once a save met an entry changed elsewhere. */
  #merging: typeof EntryMerging | undefined;

  constructor(host: EntryWritesHost) {
    this.#host = host;
    this.#drafts = new RecordDrafts<Entry>(host.element, host.storage, {
      model: entryModel,
      slot: 'entry:',
      lookUp: (id) => {
        const shown = host.entries.index.get(id);
        return shown && storedItemOf(shown);
      },
      loadMerge: () =>
        import('./journal-entry-merge.js').then((merging) => {
          this.#merging = merging;
          return (base, mine, theirs) => {
            const merged = merging.mergeEntries(base, mine, theirs, host.strings().otherVersion);
            return { data: merged.entry, keptBoth: merged.keptBoth };
          };
        }),
      valid: () => false, // written when the person presses Save (or pins), never as they type
      onSaved: (saved) => void this.#saved(saved),
    });
  }

  /** True for the echo of an edit being written here (the journal need not read it again). */
  isOwnEcho(change: StorageChange): boolean {
    return this.#drafts.isOwnEcho(change);
  }

  /** The store opened: saves any edit left unsaved by an earlier visit, then follows erase-all. */
  open(store: RecordStore): Promise<void> {
    return this.#drafts.load(store);
  }

  /**
   * Everything was erased: no edit is written any more. The store was lost under the
   * page (site data cleared, database deleted): every readable entry shown is saved again.
   */
  onChange(change: StorageChange): void {
    this.#drafts.onChange(change);
    if (change.type === 'purge') this.#pending.clear();
    if (change.type === 'lost')
      void saveShownAgain(
        this.#host.storage,
        entryModel,
        this.#host.entries.index.items.map(storedItemOf),
      );
  }

  /**
   * Saves the form's entry: a new one, or an edit of `editing` (written over the revision
   * it started from, merged when that moved on). `after` runs once it is stored. Resolves
   * true when it was stored.
   */
  async save(
    input: EntryEdit,
    editing: EntryDraft['editing'],
    after: AfterSaved,
  ): Promise<boolean> {
    const saving = editing ? this.#saveEdit(input, editing, after) : this.#create(input, after);
    return saving.then(
      () => true,
      () => false,
    );
  }

  async #create(input: EntryEdit, after: AfterSaved): Promise<void> {
    const entry: Entry = { ...input, pinned: false, writtenAt: new Date().toISOString() };
    await this.#host.storage.save('save-entry', async (store) => {
      const record = await store.collection(entryModel).create(entry);
      this.#show(record, 'created');
      await after();
    });
  }

  #saveEdit(input: EntryEdit, editing: NonNullable<EntryDraft['editing']>, after: AfterSaved) {
    const { id } = editing;
    // A draft kept by an older version has no base: the entry as shown stands in for it
    // (the person's edit then wins where both changed), else the edit itself.
    const base = editing.base ??
      this.#host.entries.index.get(id)?.entry ?? {
        ...input,
        pinned: false,
        writtenAt: new Date().toISOString(),
      };
    const from = { id, rev: editing.rev, data: base } as RecordEnvelope<Entry>;
    this.#pending.set(id, { base, edit: input, after });
    const { pinned, writtenAt } = from.data; // kept as stored (merged like any field)
    this.#drafts.edit(id, (entry) => ({ ...entry, ...input, pinned, writtenAt }), from);
    // A failed write stays for "Try again"; the next Save replaces it.
    return this.#drafts.save(id);
  }

  /** Pins or unpins an entry (merged like any edit when it changed elsewhere meanwhile). */
  async togglePin(item: ShownEntry): Promise<void> {
    if (item.readonly) return;
    this.#drafts.edit(item.id, (entry) => ({ ...entry, pinned: !entry.pinned }));
    await this.#drafts.save(item.id).catch(() => undefined); // kept for "Try again"
  }

  /** Removes an entry; resolves with what Undo needs, or undefined when nothing was removed. */
  async remove(item: ShownEntry): Promise<RemovedEntry | undefined> {
    let removed: RemovedEntry | undefined;
    await this.#host.storage
      .save('remove-entry', async (store) => {
        const entries = store.collection(entryModel);
        const current = await entries.get(item.id);
        if (!current?.record || current.readonly) return;
        const tombstone = await entries.remove(item.id, current.record.rev);
        removed = { tombstone, entry: current.record.data };
        this.#drafts.forget(item.id);
        this.#host.entries.hide(item.id);
        this.#host.element.emit('rk-entry-removed', {
          entry: structuredClone(current.record.data),
          record: structuredClone(current.record),
        });
      })
      .catch(() => undefined);
    return removed;
  }

  /** Brings a removed entry back (Undo); resolves with it once stored. */
  async restore(removed: RemovedEntry): Promise<RecordEnvelope<Entry> | undefined> {
    let record: RecordEnvelope<Entry> | undefined;
    await this.#host.storage
      .save('restore-entry', async (store) => {
        record = await store.collection(entryModel).restore(removed.tombstone, removed.entry);
        this.#show(record, 'restored');
      })
      .catch(() => undefined);
    return record;
  }

  async #saved({ record, keptBoth, broughtBack, before, merged }: SavedEdit<Entry>): Promise<void> {
    this.#show(record, broughtBack ? 'restored' : 'updated');
    const pending = this.#pending.get(record.id);
    if (!pending) return;
    this.#pending.delete(record.id);
    const strings = this.#host.strings();
    // Without a merge the entry met was the edit's base: nothing changed elsewhere.
    const changedElsewhere =
      broughtBack ||
      (merged && this.#merging!.changedElsewhere(pending.base, pending.edit, before));
    const note = broughtBack
      ? strings.broughtBack
      : keptBoth
        ? strings.keptBoth
        : changedElsewhere
          ? strings.changedElsewhere
          : undefined;
    await pending.after(note);
  }

  #show(record: RecordEnvelope<Entry>, change: EntrySavedDetail['change']): void {
    this.#host.entries.show({ id: record.id, record, entry: record.data, readonly: false });
    this.#host.element.emit('rk-entry-saved', {
      entry: structuredClone(record.data),
      record: structuredClone(record),
      change,
    });
  }
}

/** An entry as shown, as the store would give it (a read-only one as `invalid`). */
function storedItemOf(shown: ShownEntry): StoredItem<Entry> {
  return { ...shown, status: shown.readonly ? 'invalid' : 'ok', problems: [] };
}

/** What Undo needs to bring a removed entry back. */
export interface RemovedEntry {
  tombstone: RecordEnvelope<null>;
  entry: Entry;
}
