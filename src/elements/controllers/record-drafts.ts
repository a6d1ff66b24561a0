import type { RecordEnvelope } from '../../core/record.js';
import type { RecordCollection } from '../../storage/record-collection.js';
import type { RecordStore } from '../../storage/record-store.js';
import type { StorageChange } from '../../storage/storage-adapter.js';
import type { StoredItem } from '../../storage/stored-item.js';
import { AutosaveController } from './autosave-controller.js';
import { writeDraft, type Draft, type DraftMerge } from './draft-conflict.js';
import type { RecordDraftsOptions } from './record-drafts-options.js';
import { withItem, writtenItem } from './shown-items.js';
import type { StoreController } from './store-controller.js';

export type { RecordDraftsOptions, SavedEdit } from './record-drafts-options.js';

/**
 * The records of one kind a tool shows, and the person's drafts of them: the editing
 * core the tools share.
 *
 * - `edit(id, update)` changes the draft at once and keeps it in the leave journal (so
 *   leaving the page at once loses nothing); it is saved once typing pauses, or `save(id)`
 *   saves it now. One write chain per record: never two writes of one record at once,
 *   and each writes the newest draft.
 * - Its own writes are recognised by `(id, rev)`: their echo in the change feed costs
 *   nothing. A change made elsewhere is read by id (one `get`), never by listing again.
 * - A write that meets a newer revision merges three-way from the edit's base (the merge
 *   is loaded then, `loadMerge`); a record
 *   removed elsewhere while being edited is brought back with the edit.
 * - When the tool opens, typing left in the journal from an earlier visit that is newer
 *   than what is stored is merged in and saved, then cleared.
 * - Erase-all (a `purge`) drops every draft, and erase wins: a write that finds its record
 *   gone without a trace (erased in another tab before this one heard) writes nothing.
 * - The store gone under the page (a `lost` change: site data cleared, the database
 *   deleted): every record shown is saved again, drafts as typed, kept in the leave
 *   journal until the store has it.
 */
export class RecordDrafts<T> {
  /** The records, in list order; undefined until loaded. */
  items: StoredItem<T>[] | undefined;
  readonly #drafts = new Map<string, Draft<T>>();
  /** Each record's writes, one at a time (saves and "Try again" alike), so each starts from what the last left. */
  readonly #writesOf = new Map<string, Promise<unknown>>();
  /** Records being written here: their echo arrives before the write resolves. True once another change was heard meanwhile. */
  readonly #writing = new Map<string, boolean>();
  /**
   * Records that may be missing from the store without having been erased (the store was
   * lost, or typing was left for a record no longer stored): a write creates them again.
   * True: tell the person it was brought back.
   */
  readonly #mayBeMissing = new Map<string, boolean>();
  readonly #autosave: AutosaveController<string>;
  readonly #storage: StoreController;
  readonly #options: RecordDraftsOptions<T>;
  /** The three-way merge, once a write met a newer revision and loaded it. */
  #merge: DraftMerge<T> | undefined;

  constructor(
    host: ConstructorParameters<typeof AutosaveController>[0],
    storage: StoreController,
    options: RecordDraftsOptions<T>,
  ) {
    this.#storage = storage;
    this.#options = options;
    this.#autosave = new AutosaveController<string>(host, {
      save: (id) => this.#saveIfValid(id),
      onError: () => undefined, // the save status shows it and offers a retry
    });
  }

  /** The record shown under `id` (a draft's data, else as stored). */
  shown(id: string): T | undefined {
    const item = this.item(id);
    return item?.status === 'ok' ? (this.#drafts.get(id)?.data ?? item.record!.data) : undefined;
  }

  item(id: string): StoredItem<T> | undefined {
    return this.#options.lookUp
      ? this.#options.lookUp(id)
      : this.items?.find((each) => each.id === id);
  }

  /** True while `id` has a draft that is not yet stored. */
  pending(id: string): boolean {
    return this.#drafts.has(id);
  }

  /**
   * Applies `update` to the record as shown, keeps it, and saves it once typing pauses.
   * `from`: the stored record the edit started from, when that is older than the one shown
   * (a form opened on an earlier revision); without a draft, the edit starts from it.
   */
  edit(id: string, update: (data: T) => T, from?: RecordEnvelope<T>): T {
    const base = this.#drafts.get(id)?.base ?? from ?? this.item(id)?.record ?? this.#unstored(id);
    if (!base) throw new Error(`recovery-kit: no record ${id} to edit.`);
    const data = update(this.#drafts.get(id)?.data ?? this.shown(id) ?? base.data);
    this.#keepDraft(id, { data, base });
    if (!this.item(id)) this.put({ ...base, data });
    this.#autosave.schedule(id);
    return data;
  }

  #keepDraft(id: string, draft: Draft<T>): void {
    this.#drafts.set(id, draft);
    this.#storage.typing.keep(
      this.#options.slot + id,
      { data: draft.data, base: draft.base.data },
      { base: draft.base.rev, wait: this.#options.valid(draft.data) ? 'save' : 'person' },
    );
  }

  /** Saves `id`'s newest draft now, after any write of it still running. */
  save(id: string): Promise<unknown> {
    return this.#storage.save(
      'save-' + this.#options.model.kind,
      (store) => this.#write(store, id),
      id,
    );
  }

  /** Shows a record this tool just wrote (created, restored). */
  put(record: RecordEnvelope<T>): void {
    if (!this.#options.lookUp) this.items = withItem(this.items ?? [], writtenItem(record));
  }

  /** Saves a new record under `id` (one put) and shows it; its echo in the change feed costs nothing. */
  create(store: RecordStore, data: T, id: string): Promise<RecordEnvelope<T>> {
    return this.#whileWriting(store, id, async () => {
      const record = await this.#collection(store).create(data, { id });
      this.put(record);
      return record;
    });
  }

  /** Removes a stored record (a tombstone) and takes it off screen; its echo costs nothing. */
  remove(store: RecordStore, record: RecordEnvelope<T>): Promise<RecordEnvelope<null>> {
    return this.#whileWriting(store, record.id, async () => {
      const tombstone = await this.#collection(store).remove(record.id, record.rev);
      this.forget(record.id);
      return tombstone;
    });
  }

  /** Takes a record off screen and forgets its draft (it was removed here). */
  forget(id: string): void {
    this.items = this.items?.filter((item) => item.id !== id);
    this.#drop(id);
  }

  /** Reads every record, then replays typing left from an earlier visit. */
  async load(store: RecordStore): Promise<void> {
    const lookUp = this.#options.lookUp;
    if (!lookUp) {
      this.items = await this.#collection(store).all();
      this.#options.onChanged?.();
    }
    for (const kept of await this.#storage.typing.left<{ data: T; base: T }>(this.#options.slot)) {
      const id = kept.slot.slice(this.#options.slot.length);
      const item = lookUp ? await this.#collection(store).get(id) : this.item(id);
      const stored = item?.record;
      if (item && item.status !== 'ok') continue; // read-only here: left for a version that can
      if (stored && Date.parse(stored.updatedAt) >= kept.at) {
        this.#storage.typing.settle(kept);
        continue;
      }
      const base = stored ?? ({ id, rev: kept.base, data: kept.value.base } as RecordEnvelope<T>);
      this.#drafts.set(id, {
        data: kept.value.data,
        base: { ...base, data: kept.value.base, rev: kept.base ?? base.rev },
      });
      if (!stored) {
        this.put({ ...base, data: kept.value.data } as RecordEnvelope<T>);
        this.#mayBeMissing.set(id, true);
      }
      this.#storage.typing.keep(this.#options.slot + id, kept.value, { base: kept.base });
      this.#storage.typing.settle(kept);
      void this.save(id).catch(() => undefined);
    }
  }

  /** Follows the change feed: own echoes cost nothing; other changes are read by id. */
  onChange(change: StorageChange): void {
    const store = this.#storage.store;
    if (!store) return;
    if (change.type === 'lost') return this.#saveAgain();
    if (change.type === 'purge') {
      for (const id of [...this.#drafts.keys()]) this.#drop(id);
      this.#mayBeMissing.clear();
      this.#autosave.cancel();
    }
    if (this.#options.lookUp) return;
    if (change.type === 'import' || change.type === 'purge') return void this.load(store);
    if (change.kind !== this.#options.model.kind || !change.id) return;
    const known = this.item(change.id)?.record;
    if (change.type === 'put' && known?.rev === change.rev) return;
    if (change.type === 'remove' && !known) return; // not shown here (or removed here already)
    if (this.#writing.has(change.id)) {
      // Our own write's echo, or a change elsewhere meanwhile: read it once the write is done.
      this.#writing.set(change.id, change.origin === 'other-tab' || this.#writing.get(change.id)!);
      return;
    }
    void this.#reread(store, change.id);
  }

  /** True for the echo of a write this is making of that record (nothing to read again). */
  isOwnEcho(change: StorageChange): boolean {
    return change.origin === 'local' && change.id !== undefined && this.#writing.has(change.id);
  }

  /** The stored data went away: every record shown becomes a draft again, saved now. */
  #saveAgain(): void {
    for (const item of this.items ?? []) {
      if (item.status !== 'ok') continue; // nothing trustworthy to write back
      this.#mayBeMissing.set(item.id, this.#mayBeMissing.get(item.id) ?? false);
      if (!this.#drafts.has(item.id))
        this.#keepDraft(item.id, { data: item.record!.data, base: item.record! });
      void this.save(item.id).catch(() => undefined);
    }
  }

  async #reread(store: RecordStore, id: string): Promise<void> {
    const item = await this.#collection(store).get(id);
    const list = (this.items ?? []).filter((each) => each.id !== id || item);
    // A draft of it stays as typed (never changed under the person's cursor): its write
    // meets the newer revision and merges from the edit's base then.
    const draft = this.#drafts.get(id);
    if (!item)
      this.items = draft ? this.items : list; // a draft keeps it on screen: saving brings it back
    else this.items = withItem(list, item);
    this.#options.onChanged?.();
  }

  /** A record not yet stored, with an empty revision (its first save creates it); only with `blank`. */
  #unstored(id: string): RecordEnvelope<T> | undefined {
    const data = this.#options.blank?.(id);
    return data === undefined ? undefined : ({ id, rev: '', data } as RecordEnvelope<T>);
  }

  /** Erased in another tab before this one heard: off screen, draft dropped, nothing written. */
  #erasedElsewhere(id: string): void {
    this.forget(id);
    this.#options.onChanged?.();
  }

  #collection(store: RecordStore): RecordCollection<T> {
    return store.collection(this.#options.model);
  }

  #drop(id: string): void {
    this.#drafts.delete(id);
    this.#storage.typing.committed(this.#options.slot + id);
  }

  #saveIfValid(id: string): Promise<unknown> {
    const draft = this.#drafts.get(id);
    return draft && this.#options.valid(draft.data) ? this.save(id) : Promise.resolve();
  }

  /** Writes `id`'s newest draft over its base; merges, or brings it back, when that moved on. */
  async #write(store: RecordStore, id: string): Promise<void> {
    // After any write of it still running: a retry running beside a save would write from
    // the same base, and the later of the two would fail on the other's revision.
    const before = this.#writesOf.get(id) ?? Promise.resolve();
    const mine = before
      .catch(() => undefined)
      .then(() => {
        const draft = this.#drafts.get(id);
        if (!draft) return undefined;
        return this.#whileWriting(store, id, () => this.#writeDraft(store, id, draft));
      });
    this.#writesOf.set(id, mine);
    try {
      await mine;
    } finally {
      if (this.#writesOf.get(id) === mine) this.#writesOf.delete(id);
    }
  }

  /** Runs a write of `id`: changes heard meanwhile are its echo, or read once it is done. */
  async #whileWriting<R>(store: RecordStore, id: string, write: () => Promise<R>): Promise<R> {
    this.#writing.set(id, false);
    try {
      return await write();
    } finally {
      const missed = this.#writing.get(id);
      this.#writing.delete(id);
      if (missed) void this.#reread(store, id);
    }
  }

  async #writeDraft(store: RecordStore, id: string, draft: Draft<T>): Promise<void> {
    const written = await writeDraft(this.#collection(store), id, draft, {
      loadMerge: async () => (this.#merge ??= await this.#options.loadMerge()),
      mayBeMissing: () => this.#mayBeMissing.get(id),
      onKeptBoth: () => this.#options.onKeptBoth?.(id),
    });
    const { record, before, keptBoth, broughtBack, merged } = written;
    this.#mayBeMissing.delete(id);
    if (!record) return this.#erasedElsewhere(id);
    const now = this.#drafts.get(id);
    if (now === draft) this.#drop(id);
    else if (now) {
      // Typed on meanwhile: that typing now starts from this record, and takes in what it
      // merged (without a merge the record is the draft written: nothing to take in).
      if (merged) now.data = this.#merge!(draft.data, now.data, record.data).data;
      now.base = record;
    }
    this.put(record);
    this.#options.onSaved?.({ before, record, keptBoth, broughtBack, merged });
  }
}
