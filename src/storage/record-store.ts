import type { RecordModel } from '../core/model.js';
import { LeaveJournal } from './leave-journal.js';
import { RecordCollection, type CollectionHost } from './record-collection.js';
import type { DraftSealer, OpenReport, StorageAdapter, StorageChange } from './storage-adapter.js';

/** Options for {@link RecordStore}. */
export interface RecordStoreOptions {
  /**
   * Ask the browser to keep the data (`navigator.storage.persist()`) after the first
   * successful save, when storage is only best-effort. Default `true`.
   */
  requestPersistence?: boolean;
}

/** The name the leave journal files a store under: adapter and namespace, through wrappers. */
function journalName(adapter: StorageAdapter): string | undefined {
  let inner: unknown = adapter;
  while (inner && typeof inner === 'object') {
    const { namespace, name } = inner as { namespace?: unknown; name?: unknown };
    if (typeof namespace === 'string') return `${String(name)}:${namespace}`;
    inner = (inner as { inner?: unknown }).inner;
  }
  return undefined;
}

/**
 * One store per namespace: typed collections over a {@link StorageAdapter}, with
 * validation, migrations on read, compare-and-set writes, a change feed that includes
 * other tabs, and erase-all. Backups are `exportBundle(store)` and
 * `importBundle(store, ...)` (`backup.ts`), so pages that never make one do not download
 * that code.
 */
export class RecordStore implements CollectionHost {
  #opening: Promise<OpenReport> | undefined;
  #collections = new Map<RecordModel<unknown>, RecordCollection<unknown>>();
  #persistenceAsked: boolean;
  #journal: LeaveJournal | undefined;

  constructor(
    /** Where the records live. */
    readonly adapter: StorageAdapter,
    options: RecordStoreOptions = {},
  ) {
    this.#persistenceAsked = options.requestPersistence === false;
  }

  /** Opens the store and reports durability and likely iframe partitioning. Cached; a failed open is tried again next time. */
  open(): Promise<OpenReport> {
    this.#opening ??= this.adapter.open().catch((error: unknown) => {
      this.#opening = undefined;
      throw error;
    });
    return this.#opening;
  }

  /** How the adapter lets unsaved typing be kept (see `StorageAdapter.draftSealing`). */
  get draftSealing(): 'off' | DraftSealer | undefined {
    return this.adapter.draftSealing;
  }

  /**
   * The store's synchronous journal of typing not yet committed (`localStorage`, sealed
   * or off as `draftSealing` says), shared by every tool on this store.
   */
  get leaveJournal(): LeaveJournal {
    this.#journal ??= new LeaveJournal(journalName(this.adapter), this.draftSealing);
    return this.#journal;
  }

  /** Typed access to one kind of record (one collection per model). */
  collection<T>(model: RecordModel<T>): RecordCollection<T> {
    let collection = this.#collections.get(model as RecordModel<unknown>);
    if (!collection) {
      collection = new RecordCollection(this, model as RecordModel<unknown>);
      this.#collections.set(model as RecordModel<unknown>, collection);
    }
    return collection as RecordCollection<T>;
  }

  /** Every change to stored data, from this tab and other tabs. Returns the unsubscribe function. */
  subscribe(listener: (change: StorageChange) => void): () => void {
    return this.adapter.subscribe(listener);
  }

  /** Erases every record, tombstone and key in this namespace, and the leave journal; every tab is told (`purge`). */
  async purgeAll(): Promise<void> {
    await this.open();
    this.leaveJournal.clear();
    await this.adapter.purgeAll();
    this.leaveJournal.clear();
  }

  /** Releases the adapter's connections; using the store again reopens it. */
  async close(): Promise<void> {
    this.#opening = undefined;
    await this.adapter.close();
  }

  /**
   * Called by collections after every successful save: the first time, asks for
   * persistent storage when it is only best-effort.
   */
  saved(): void {
    if (this.#persistenceAsked) return;
    this.#persistenceAsked = true;
    void this.#requestPersistence();
  }

  async #requestPersistence(): Promise<void> {
    try {
      const report = await this.open();
      if (report.durability !== 'best-effort' || !navigator.storage?.persist) return;
      if (await navigator.storage.persist())
        this.#opening = Promise.resolve({ ...report, durability: 'persistent' });
    } catch {
      // Not granted, or the store could not open: data stays best-effort, and the open error shows elsewhere.
    }
  }
}
