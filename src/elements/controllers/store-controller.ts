import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ValidationError } from '../../core/model.js';
import { createRkEvent } from '../../events/rk-event.js';
import type { RecordStore } from '../../storage/record-store.js';
import type { OpenReport, StorageChange } from '../../storage/storage-adapter.js';
import { isStorageError, StorageError } from '../../storage/storage-error.js';
import { DEFAULT_NAMESPACE, type RkConfig } from '../context.js';
import { openStore, sharedStore } from './default-store.js';
import type {} from '../../events/storage-events.js';

/**
 * Where the connection to storage stands:
 * `connecting` (opening the store), `ready` (open, nothing saved yet in this visit),
 * `saving`, `saved` (the last save succeeded), `error` (the last open or save failed;
 * `retry()` tries it again).
 */
export type StoreState = 'connecting' | 'ready' | 'saving' | 'saved' | 'error';

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

/** Any failure as a `StorageError` (the original kept as its cause). */
function asStorageError(error: unknown): StorageError {
  if (isStorageError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new StorageError('unavailable', message, { cause: error });
}

/**
 * Connects an element to its `RecordStore` and tells the person how saving is going.
 *
 * **Which store:** the element's `.store`; else, when the element names a `namespace`
 * different from the provider's, the page's shared IndexedDB store for that namespace;
 * else the provider's `.store`; else the page's shared store (`sharedStore()`) for the
 * provider's namespace and `storage`, or IndexedDB and `"default"`. If the browser refuses storage, a memory store stands in and
 * `report.durability` is `'memory'` (the save status says nothing will be kept).
 * The choice is made again whenever those inputs change.
 *
 * **Writes** go through `save(label, operation)`: the state becomes `saving`, then
 * `saved` (with `lastSavedAt`) or `error`. On a storage failure the host fires
 * `rk-storage-error` ({ error, operation: label, retryable }), the operation is kept,
 * `retry()` (or a `rk-retry-requested` event from `<rk-save-status>`) runs it again, and
 * the promise still rejects, so the caller keeps the person's text on screen. A
 * `ValidationError` is not a storage failure: it rejects without changing the state, for
 * the tool to show next to the fields. Write operations so that running them again is
 * right: read the current `rev` inside the operation, not before it.
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
  /** When the last save in this visit succeeded. */
  lastSavedAt: Date | undefined;
  /** The last failure, while `state` is `error`. */
  error: StorageError | undefined;
  /** The label of the operation that failed (`open` for opening the store). */
  failedOperation: string | undefined;

  private source: RecordStore | undefined;
  private generation = 0;
  private unsubscribe: (() => void) | undefined;
  private retryFailed: (() => Promise<unknown>) | undefined;
  private ready: Promise<RecordStore>;
  private readySettled = false;
  private resolveReady!: (store: RecordStore) => void;

  constructor(
    private readonly host: StoreHost,
    private readonly options: StoreControllerOptions = {},
  ) {
    this.ready = this.newReadyPromise();
    host.addController(this);
    host.addEventListener('rk-retry-requested', (event) => {
      event.stopPropagation();
      this.retry().catch(() => {
        // Already shown: the state is `error` again and `rk-storage-error` was fired.
      });
    });
  }

  hostConnected(): void {
    this.connectIfChanged();
  }

  hostUpdate(): void {
    this.connectIfChanged();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.source = undefined;
    this.generation += 1;
  }

  /** Resolves with the store once it is open and `onReady` has finished. */
  whenReady(): Promise<RecordStore> {
    return this.ready;
  }

  /**
   * Runs a write with a visible status. Resolves with the operation's result; rejects
   * with its error after setting `error` state and firing `rk-storage-error`.
   */
  async save<R>(label: string, operation: (store: RecordStore) => Promise<R>): Promise<R> {
    if (!this.store && this.state === 'error') throw this.error;
    const store = this.store ?? (await this.whenReady());
    const before = this.state;
    this.setState('saving');
    try {
      const result = await operation(store);
      this.lastSavedAt = new Date();
      this.clearFailure();
      this.setState('saved');
      return result;
    } catch (error) {
      if (error instanceof ValidationError || (error as Error | null)?.name === 'ValidationError') {
        this.setState(before === 'saving' ? 'ready' : before);
        throw error;
      }
      this.fail(label, error, () => this.save(label, operation));
      throw error;
    }
  }

  /** Runs the failed operation (or the failed open) again. Resolves at once when nothing failed. */
  retry(): Promise<unknown> {
    return this.retryFailed?.() ?? Promise.resolve();
  }

  private connectIfChanged(): void {
    const candidate = this.chooseStore();
    if (candidate !== this.source) void this.connect(candidate);
  }

  private chooseStore(): RecordStore {
    const { store, namespace, rkConfig } = this.host;
    if (store) return store;
    if (namespace && namespace !== rkConfig?.namespace) return sharedStore(namespace);
    return (
      rkConfig?.store ?? sharedStore(rkConfig?.namespace ?? DEFAULT_NAMESPACE, rkConfig?.storage)
    );
  }

  private async connect(candidate: RecordStore): Promise<void> {
    const generation = ++this.generation;
    this.source = candidate;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    // Keep handing out the same promise until a connection succeeds, so no caller waits forever.
    if (this.readySettled) this.ready = this.newReadyPromise();
    this.store = undefined;
    this.report = undefined;
    this.lastSavedAt = undefined;
    this.clearFailure();
    this.setState('connecting');
    try {
      const { store, report } = await openStore(candidate);
      if (generation !== this.generation) return;
      // A shared store may have been swapped for its memory fallback: that is the source now.
      this.source = store;
      this.store = store;
      this.report = report;
      this.unsubscribe = store.subscribe((change) => {
        this.options.onChange?.(change);
        this.host.requestUpdate();
      });
      await this.options.onReady?.(store, report);
      if (generation !== this.generation) return;
      if (this.state === 'connecting') this.setState('ready');
      this.readySettled = true;
      this.resolveReady(store);
    } catch (error) {
      if (generation !== this.generation) return;
      this.fail('open', error, () => this.connect(candidate));
    }
  }

  private fail(operation: string, error: unknown, again: () => Promise<unknown>): void {
    const storageError = asStorageError(error);
    this.error = storageError;
    this.failedOperation = operation;
    this.retryFailed = again;
    this.setState('error');
    this.host.dispatchEvent(
      createRkEvent('rk-storage-error', {
        error: storageError,
        operation,
        retryable: storageError.retryable,
      }),
    );
  }

  private clearFailure(): void {
    this.error = undefined;
    this.failedOperation = undefined;
    this.retryFailed = undefined;
  }

  private setState(state: StoreState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private newReadyPromise(): Promise<RecordStore> {
    this.readySettled = false;
    return new Promise((resolve) => {
      this.resolveReady = resolve;
    });
  }
}
