import type { RecordDraft, RecordEnvelope } from '../core/record.js';
import { StorageError, type StorageErrorCode } from './storage-error.js';
import type {
  ListOptions,
  ListPage,
  OpenReport,
  PutOptions,
  StorageAdapter,
  StorageChangeListener,
  StoredRecord,
} from './storage-adapter.js';

/** The adapter operations a {@link FaultInjectingAdapter} can make fail. */
export type AdapterOperation =
  'open' | 'get' | 'list' | 'count' | 'put' | 'remove' | 'exportAll' | 'importAll' | 'purgeAll';

/**
 * Wraps any adapter and makes chosen operations fail with a chosen {@link StorageError}
 * code, to show and test error states (a full disk, storage switched off, a lost
 * connection). A failed operation never reaches the wrapped adapter, so nothing is written.
 *
 * ```ts
 * const faults = new FaultInjectingAdapter(new IndexedDbAdapter({ namespace: 'demo' }));
 * faults.fail('put', 'quota-exceeded');           // every save fails until cleared
 * faults.fail('get', 'unavailable', { times: 1 }); // the next read fails once
 * faults.clear();
 * ```
 */
export class FaultInjectingAdapter implements StorageAdapter {
  readonly name: string;
  /** Counts live records when the wrapped adapter can. */
  readonly count?: (kind: string) => Promise<number>;
  /** As the wrapped adapter's. */
  readonly storesChosenRevision?: boolean;
  #faults = new Map<AdapterOperation, { code: StorageErrorCode; remaining: number }>();

  constructor(
    /** The adapter that does the real work. */
    readonly inner: StorageAdapter,
  ) {
    this.name = inner.name;
    this.storesChosenRevision = inner.storesChosenRevision;
    const count = inner.count?.bind(inner);
    if (count) this.count = (kind) => this.#run('count', () => count(kind));
  }

  /** Makes `operation` fail with `code`, `times` times (default: until {@link clear}). */
  fail(
    operation: AdapterOperation,
    code: StorageErrorCode,
    options: { times?: number } = {},
  ): this {
    this.#faults.set(operation, { code, remaining: options.times ?? Infinity });
    return this;
  }

  /** Stops failing `operation`, or every operation. */
  clear(operation?: AdapterOperation): void {
    if (operation) this.#faults.delete(operation);
    else this.#faults.clear();
  }

  /**
   * Closes the wrapped adapter's connection behind the store's back, as a browser may
   * do; the next operation has to open it again.
   */
  simulateClosedConnection(): Promise<void> {
    return this.inner.close();
  }

  open(): Promise<OpenReport> {
    return this.#run('open', () => this.inner.open());
  }

  get(kind: string, id: string): Promise<StoredRecord | undefined> {
    return this.#run('get', () => this.inner.get(kind, id));
  }

  list(kind: string, options?: ListOptions): Promise<ListPage> {
    return this.#run('list', () => this.inner.list(kind, options));
  }

  put(
    record: RecordDraft,
    expectedRev: string | null,
    options?: PutOptions,
  ): Promise<RecordEnvelope> {
    return this.#run('put', () => this.inner.put(record, expectedRev, options));
  }

  remove(kind: string, id: string, expectedRev: string): Promise<RecordEnvelope> {
    return this.#run('remove', () => this.inner.remove(kind, id, expectedRev));
  }

  subscribe(listener: StorageChangeListener): () => void {
    return this.inner.subscribe(listener);
  }

  exportAll(): Promise<StoredRecord[]> {
    return this.#run('exportAll', () => this.inner.exportAll());
  }

  importAll(records: StoredRecord[], options: { mode: 'merge' | 'replace' }): Promise<void> {
    return this.#run('importAll', () => this.inner.importAll(records, options));
  }

  purgeAll(): Promise<void> {
    return this.#run('purgeAll', () => this.inner.purgeAll());
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  async #run<R>(operation: AdapterOperation, work: () => Promise<R>): Promise<R> {
    const fault = this.#faults.get(operation);
    if (fault) {
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.#faults.delete(operation);
      throw new StorageError(fault.code, `Simulated failure of ${operation}: ${fault.code}.`);
    }
    return work();
  }
}
