import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createRkEvent } from '../../events/rk-event.js';
import type { RecordStore } from '../../storage/record-store.js';
import type { OpenReport, StorageChange } from '../../storage/storage-adapter.js';
import type { StorageError } from '../../storage/storage-error.js';
import type { RkConfig } from '../context.js';
import { chosenStore, openStore } from './default-store.js';
import { storeState, type StoreState } from './store-state.js';
import { UnsavedTyping } from './unsaved-typing.js';
import { asStorageError, WriteQueue } from './write-queue.js';
import type {} from '../../events/storage-events.js';

export type { StoreState } from './store-state.js';

/** What the controller reads from its host (`RkTool` provides all of it). */
export interface StoreHost extends ReactiveControllerHost, EventTarget {
  /** A store set on the element itself; wins over everything. */
  readonly store?: RecordStore | undefined;
  /** The element's own namespace. */
  readonly namespace?: string | undefined;
  /** The provider's configuration. */
  readonly rkConfig?: RkConfig | undefined;
}

export interface StoreControllerOptions {
  /**
   * The store is open (first time, or a different store replaced it: load your data
   * here). May be async; `whenReady()` waits for it.
   */
  onReady?: (store: RecordStore, report: OpenReport) => void | Promise<void>;
  /** Stored data changed, in this tab or another (a `purge` means everything was erased). */
  onChange?: (change: StorageChange) => void;
}

/**
 * Connects an element to its `RecordStore` and tells the person how saving is going.
 *
 * **Which store:** see `chosenStore()` (the element's, the provider's, or the page's
 * shared store); if the browser refuses storage, a memory store stands in and
 * `report.durability` is `'memory'`. The choice is made again whenever those inputs change.
 *
 * **Writes** go through `save(label, operation)`: the state becomes `saving`, then
 * `saved` (with `lastSavedAt`) or `error`. On a storage failure the host fires
 * `rk-storage-error` ({ error, operation: label, retryable }), the operation is kept,
 * `retry()` (or a `rk-retry-requested` event from `<rk-save-status>`) runs it again, and
 * the promise still rejects, so the caller keeps the person's text on screen. A
 * `ValidationError` is not a storage failure: it rejects without changing the state, for
 * the tool to show next to the fields.
 *
 * **Every failed operation is kept until it succeeds**, and the state stays `error` while
 * any is kept, whatever else succeeds meanwhile. `retry()` runs all of them again, one at
 * a time, in the order `save()` was called. The one exception: a save with the **same
 * label and subject, asked for after the failure**, that succeeds stands in for it (the
 * person pressed Save again, or autosave wrote the newer draft; running the old one as
 * well would store an older draft or a second copy). Saves that were already running when
 * it failed never stand in for it. A label names a kind of change; when one label serves
 * many records (`save-goal`), pass the record's id as `subject`, so that saving goal B
 * never stands in for a failed save of goal A. Failed operations belong to their store: they survive the
 * element being moved, and are dropped when a different store replaces it or everything
 * is erased (a `purge`, in any tab: nothing erased is written back).
 *
 * **The store lost under the page** (a `lost` change: site data cleared, the database
 * deleted): `lost` turns true, nothing saved before counts as saved, the typing journal
 * is written again, and the tools save what they show (`RecordDrafts` does it for them).
 *
 * Write operations so that running them again later is right: read the newest state and
 * the current `rev` inside the operation, not before it.
 *
 * ```ts
 * private readonly storage = new StoreController(this, {
 *   onReady: () => this.load(),
 *   onChange: () => this.load(),
 * });
 * async addGoal(goal: Goal) {
 *   const record = await this.storage.save('create-goal', (store) => store.collection(goalModel).create(goal));
 *   this.emit('rk-goal-created', { goal: record.data, record });
 * }
 * ```
 */
export class StoreController implements ReactiveController {
  /** The open store, once `state` has left `connecting`. */
  store: RecordStore | undefined;
  state: StoreState = 'connecting';
  /** What opening the store found: adapter, durability, partitioning. */
  report: OpenReport | undefined;
  /**
   * True once the stored data went away under the page (site data cleared, the database
   * deleted) in this visit: the tools save again what they show, and the status says so.
   */
  lost = false;
  /** The most recent failure still waiting for a retry, while `state` is `error`. */
  error: StorageError | undefined;
  /** The label of that failed operation (`open` for opening the store). */
  failedOperation: string | undefined;
  /**
   * What the person has typed and the store has not committed yet: kept in the store's
   * synchronous leave journal as it changes, and reflected in `state`.
   */
  readonly typing = new UnsavedTyping(() => this.#settle());

  readonly #host: StoreHost;
  readonly #options: StoreControllerOptions;
  #source: RecordStore | undefined;
  #generation = 0;
  #unsubscribe: (() => void) | undefined;
  /** Opening this store failed; `retry()` opens it again. */
  #failedOpen: { store: RecordStore; error: StorageError } | undefined;
  readonly #writes = new WriteQueue({
    changed: () => this.#settle(),
    failed: (label, error) => this.#reportFailure(label, error),
  });
  #retrying: Promise<void> | undefined;
  #ready: Promise<RecordStore>;
  #readySettled = false;
  #resolveReady!: (store: RecordStore) => void;

  constructor(host: StoreHost, options: StoreControllerOptions = {}) {
    this.#host = host;
    this.#options = options;
    this.#ready = this.#newReadyPromise();
    host.addController(this);
    host.addEventListener('rk-retry-requested', (event) => {
      event.stopPropagation();
      this.retry().catch(() => {
        // Already shown: the state is `error` again and `rk-storage-error` was fired.
      });
    });
  }

  hostConnected(): void {
    this.#connectIfChanged();
  }

  hostUpdate(): void {
    this.#connectIfChanged();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#source = undefined;
    this.#generation += 1;
  }

  /** When the last save in this visit succeeded (none since an erase, or since the store was lost). */
  get lastSavedAt(): Date | undefined {
    return this.#writes.lastSavedAt;
  }

  /** Resolves with the store once it is open and `onReady` has finished. */
  whenReady(): Promise<RecordStore> {
    return this.#ready;
  }

  /**
   * Runs a write with a visible status. Resolves with the operation's result; rejects
   * with its error after setting `error` state and firing `rk-storage-error` (the
   * operation is kept for `retry()`). `subject` says which record it changes when the
   * label serves many (see the class notes on standing in).
   */
  async save<R>(
    label: string,
    operation: (store: RecordStore) => Promise<R>,
    subject?: string,
  ): Promise<R> {
    return this.#start(label, operation, subject, true);
  }

  /**
   * Runs a reading operation (an export, checking a file) with the same failure report
   * and retry as `save()`, but it is never reported as saving or "Saved".
   */
  read<R>(label: string, operation: (store: RecordStore) => Promise<R>): Promise<R> {
    return this.#start(label, operation, undefined, false);
  }

  async #start<R>(
    label: string,
    operation: (store: RecordStore) => Promise<R>,
    subject: string | undefined,
    writes: boolean,
  ): Promise<R> {
    if (!this.store && this.#failedOpen) throw this.#failedOpen.error;
    const store = this.store ?? (await this.whenReady());
    return (await this.#writes.run(store, label, operation, subject, writes)) as R;
  }

  /**
   * Runs again the failed open, then every kept failed operation, one at a time, in the
   * order `save()` was called. Those that fail again stay for the next retry (and fire
   * `rk-storage-error`); the promise then rejects with the first of their errors. A call
   * while a retry runs returns that retry. Resolves at once when nothing failed.
   */
  retry(): Promise<unknown> {
    this.#retrying ??= this.#retryAll().finally(() => {
      this.#retrying = undefined;
    });
    return this.#retrying;
  }

  async #retryAll(): Promise<void> {
    if (this.#failedOpen) await this.#connect(this.#failedOpen.store);
    await this.#writes.retry(() => this.store);
  }

  #connectIfChanged(): void {
    const candidate = chosenStore(this.#host);
    if (candidate !== this.#source)
      this.#connect(candidate).catch(() => {
        // Shown: the state is `error` and `rk-storage-error` was fired.
      });
  }

  async #connect(candidate: RecordStore): Promise<void> {
    const generation = ++this.#generation;
    this.#source = candidate;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    // Keep handing out the same promise until a connection succeeds, so no caller waits forever.
    if (this.#readySettled) this.#ready = this.#newReadyPromise();
    this.store = undefined;
    this.report = undefined;
    this.#writes.lastSavedAt = undefined;
    this.lost = false;
    this.#failedOpen = undefined;
    this.#settle();
    try {
      const { store, report } = await openStore(candidate);
      if (generation !== this.#generation) return;
      // A shared store may have been swapped for its memory fallback: that is the source now.
      this.#source = store;
      this.store = store;
      this.report = report;
      this.#writes.keepOnly(store);
      this.typing.journal = store.leaveJournal;
      this.#unsubscribe = store.subscribe((change) => this.#heard(change));
      await this.#options.onReady?.(store, report);
      if (generation !== this.#generation) return;
      this.#settle();
      this.#readySettled = true;
      this.#resolveReady(store);
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#failedOpen = { store: candidate, error: asStorageError(error) };
      this.#reportFailure('open', this.#failedOpen.error);
      throw error;
    }
  }

  #heard(change: StorageChange): void {
    if (change.type === 'purge') {
      this.typing.forgetAll();
      this.#writes.dropAll();
    }
    if (change.type === 'lost') {
      // Nothing saved before stands now. The journal (localStorage) may be cleared already,
      // or later: it writes itself back then, and is written again here for the first case.
      this.lost = true;
      this.#writes.lastSavedAt = undefined;
      this.store?.leaveJournal.writeAgain();
      this.#settle();
    }
    this.#options.onChange?.(change);
    this.#host.requestUpdate();
  }

  #reportFailure(operation: string, error: StorageError): void {
    this.#settle();
    this.#host.dispatchEvent(
      createRkEvent('rk-storage-error', { error, operation, retryable: error.retryable }),
    );
  }

  /** Works out `state`, `error` and `failedOperation` from what is open, running and failed. */
  #settle(): void {
    const open = this.#failedOpen;
    const write = this.#writes.outstanding(this.store).at(-1);
    this.error = open?.error ?? write?.error;
    this.failedOperation = open ? 'open' : write?.label;
    this.state = storeState({
      failed: this.error !== undefined,
      open: this.store !== undefined,
      writing: this.#writes.running,
      typing: this.typing.state,
      saved: this.lastSavedAt !== undefined,
    });
    this.#host.requestUpdate();
  }

  #newReadyPromise(): Promise<RecordStore> {
    this.#readySettled = false;
    return new Promise((resolve) => {
      this.#resolveReady = resolve;
    });
  }
}
