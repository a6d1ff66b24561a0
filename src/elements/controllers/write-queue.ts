import { ValidationError } from '../../core/model.js';
import type { RecordStore } from '../../storage/record-store.js';
import { isStorageError, StorageError } from '../../storage/storage-error.js';

/** Any failure as a `StorageError` (the original kept as its cause). */
export function asStorageError(error: unknown): StorageError {
  if (isStorageError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new StorageError('unavailable', message, { cause: error });
}

function isValidationError(error: unknown): boolean {
  return error instanceof ValidationError || (error as Error | null)?.name === 'ValidationError';
}

/** One operation run through the queue, kept while it has failed and not yet succeeded. */
export interface Write {
  /** Which call this was: retries run in this order. */
  readonly order: number;
  readonly label: string;
  /** What it changes (a record id), when the label alone does not say. */
  readonly subject: string | undefined;
  readonly operation: (store: RecordStore) => Promise<unknown>;
  /** The store it was written to: it is never replayed into another one. */
  readonly store: RecordStore;
  /** False for a reading operation (export, checking a file): it never counts as a save. */
  readonly writes: boolean;
  /** Its last failure. */
  error?: StorageError;
  /** How many operations had been asked for when it last failed. */
  failedAt?: number;
  /** A later save with the same label and subject succeeded: it is no longer kept. */
  superseded?: boolean;
  /** True while `retry()` has it queued or running. */
  retrying?: boolean;
}

/** What the queue tells its owner. */
export interface WriteQueueEvents {
  /** Something started, ended or failed: work out the state again. */
  changed(): void;
  /** An operation failed with a storage error (not a `ValidationError`). */
  failed(label: string, error: StorageError): void;
}

/**
 * The write side of a `StoreController`: runs operations, counts those running, keeps
 * every failed one until it succeeds or a newer save of the same label and subject
 * stands in for it, and runs them again in order on `retry()` (see `StoreController` for
 * the rules as a tool sees them).
 */
export class WriteQueue {
  /** When the last write succeeded (cleared when what it wrote is gone). */
  lastSavedAt: Date | undefined;
  #failed: Write[] = [];
  #asked = 0;
  #running = 0;
  readonly #events: WriteQueueEvents;

  constructor(events: WriteQueueEvents) {
    this.#events = events;
  }

  /** True while a write (not a read) runs. */
  get running(): boolean {
    return this.#running > 0;
  }

  /** Failed operations on `store` that no retry is running, most recent failure last. */
  outstanding(store: RecordStore | undefined): Write[] {
    return this.#failed.filter((write) => write.store === store && !write.retrying);
  }

  /** Runs `operation` on `store` now; a failure is kept for `retry()`. */
  run(
    store: RecordStore,
    label: string,
    operation: (store: RecordStore) => Promise<unknown>,
    subject: string | undefined,
    writes: boolean,
  ): Promise<unknown> {
    return this.#attempt({ order: this.#asked++, label, subject, operation, store, writes });
  }

  /**
   * Runs every kept failure on the `current()` store again, one at a time, in the order they were
   * asked for. Rejects with the first error of those that fail again (they stay kept).
   */
  async retry(current: () => RecordStore | undefined): Promise<void> {
    const due = this.outstanding(current()).sort((a, b) => a.order - b.order);
    for (const write of due) write.retrying = true;
    this.#events.changed();
    let first: { error: unknown } | undefined;
    for (const write of due) {
      // Skipped when a newer save stood in for it, it was dropped, or its store is not open.
      if (!write.superseded && this.#failed.includes(write) && write.store === current())
        await this.#attempt(write).catch((error: unknown) => {
          first ??= { error };
        });
      write.retrying = false;
    }
    this.#events.changed();
    if (first) throw first.error;
  }

  /** Forgets failures that belong to any store but `store` (a different store replaced it). */
  keepOnly(store: RecordStore): void {
    this.#failed = this.#failed.filter((write) => write.store === store);
  }

  /** Everything was erased: no failed write may run again and put erased data back. */
  dropAll(): void {
    this.#failed = [];
    this.lastSavedAt = undefined;
    this.#events.changed();
  }

  async #attempt(write: Write): Promise<unknown> {
    if (write.writes) this.#running += 1;
    this.#events.changed();
    try {
      const result = await write.operation(write.store);
      for (const failed of this.#failed) {
        if (
          failed.label === write.label &&
          failed.subject === write.subject &&
          failed.failedAt! <= write.order
        )
          failed.superseded = true;
      }
      this.#failed = this.#failed.filter((each) => each !== write && !each.superseded);
      if (write.writes) this.lastSavedAt = new Date();
      return result;
    } catch (error) {
      write.retrying = false;
      if (!isValidationError(error) && !write.superseded) {
        write.error = asStorageError(error);
        write.failedAt = this.#asked;
        this.#failed = [...this.#failed.filter((each) => each !== write), write];
        this.#events.failed(write.label, write.error);
      }
      throw error;
    } finally {
      if (write.writes) this.#running -= 1;
      this.#events.changed();
    }
  }
}
