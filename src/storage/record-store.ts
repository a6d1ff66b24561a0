import type { ExportBundle } from '../core/export-format.js';
import type { RecordModel } from '../core/model.js';
import type { ImportReport } from './import-plan.js';
import { RecordCollection, type CollectionHost } from './record-collection.js';
import { StorageError } from './storage-error.js';
import type { OpenReport, StorageAdapter, StorageChange } from './storage-adapter.js';

/** Options for {@link RecordStore}. */
export interface RecordStoreOptions {
  /**
   * Ask the browser to keep the data (`navigator.storage.persist()`) after the first
   * successful save, when storage is only best-effort. Default `true`.
   */
  requestPersistence?: boolean;
}

/** Options for {@link RecordStore.importBundle}. */
export interface ImportOptions {
  /** `merge`: keep what is stored and add or update from the backup; `replace`: the backup becomes everything. */
  mode: 'merge' | 'replace';
  /** Report what would happen and write nothing. */
  dryRun?: boolean;
}

/**
 * One store per namespace: typed collections over a {@link StorageAdapter}, with
 * validation, migrations on read, compare-and-set writes, a change feed that includes
 * other tabs, versioned backups and erase-all. The backup code loads only when a
 * backup is made or read, so pages that never do so do not download it.
 */
export class RecordStore implements CollectionHost {
  #opening: Promise<OpenReport> | undefined;
  #collections = new Map<RecordModel<unknown>, RecordCollection<unknown>>();
  #persistenceAsked: boolean;

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

  /** A backup of everything stored (unreadable records included as they are). */
  async exportBundle(): Promise<ExportBundle> {
    await this.open();
    const { createBundle } = await import('../core/export-format.js');
    return createBundle(await this.adapter.exportAll());
  }

  /**
   * Imports a backup (an object or the file's text). The backup is checked whole first:
   * a malformed, damaged or newer-format file writes nothing (a dry run reports why; a
   * real import rejects with `invalid-import`, the report as its `cause`). A real import
   * writes all of it or nothing.
   */
  async importBundle(bundle: unknown, options: ImportOptions): Promise<ImportReport> {
    const { mode, dryRun = false } = options;
    const [{ checkBundle }, { planImport }] = await Promise.all([
      import('../core/export-format.js'),
      import('./import-plan.js'),
    ]);
    const checked = await checkBundle(bundle);
    if (!checked.ok) {
      const report: ImportReport = {
        ok: false,
        dryRun,
        mode,
        added: 0,
        replaced: 0,
        kept: 0,
        removed: 0,
        problems: checked.problems,
      };
      if (dryRun) return report;
      const reasons = checked.problems.map((problem) => problem.message).join(' ');
      throw new StorageError('invalid-import', `Nothing was imported. ${reasons}`, {
        cause: report,
      });
    }
    await this.open();
    const plan = planImport(await this.adapter.exportAll(), checked.bundle.records, mode);
    if (!dryRun) await this.adapter.importAll(plan.write, { mode });
    return { ok: true, dryRun, mode, ...plan.report, problems: [] };
  }

  /** Erases every record, tombstone and key in this namespace; every tab is told (`purge`). */
  async purgeAll(): Promise<void> {
    await this.open();
    await this.adapter.purgeAll();
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
