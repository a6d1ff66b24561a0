import { toStorageError } from './failure.js';
import { StorageError } from './storage-error.js';

/** The object store every record row lives in, and its list-order index. */
export const STORE = 'records';
export const ORDER_INDEX = 'order';

/** Wraps a request callback so that a throw aborts the whole transaction instead of escaping. */
export type Step = (callback: () => void) => () => void;

/**
 * Work inside one transaction: issue requests on `store`; a read hands its result to
 * `finish`. Whatever `step`-wrapped callbacks throw becomes the rejection.
 */
export type TransactionWork<R> = (
  store: IDBObjectStore,
  step: Step,
  finish: (result: R) => void,
) => void;

/** How many times a transaction the browser aborted without an error is run. */
const ATTEMPTS = 3;

/** A transaction or an open the browser aborted under us (not its work, not an error). */
class ClosedUnder extends Error {}

/**
 * One lazily opened connection to an IndexedDB database, kept open between operations
 * and opened again when the browser closed it (Safari does this; so do "clear site
 * data" and a newer version in another tab).
 *
 * `onLost` hears that the stored data went away under the page: the browser closed the
 * connection itself (Chromium does when site data is cleared, after wiping even writes
 * that had completed) or the database was deleted (`versionchange` to no version). It is
 * told once per connection, before any later operation opens the new, empty database.
 */
export class IndexedDbConnection {
  #opening: Promise<IDBDatabase> | undefined;
  #database: IDBDatabase | undefined;
  readonly #onLost: () => void;

  constructor(
    readonly databaseName: string,
    onLost: () => void = () => undefined,
  ) {
    this.#onLost = onLost;
  }

  /** Opens the database if it is not open; rejects with `unavailable` where IndexedDB is missing or blocked. */
  open(): Promise<IDBDatabase> {
    if (!this.#opening) {
      const opening = openDatabase(this.databaseName).then((database) => {
        if (this.#opening === opening) this.#database = database;
        database.onclose = () => this.#lose(database);
        database.onversionchange = (event) => {
          database.close();
          if (event.newVersion === null) this.#lose(database);
          else this.#forget(database);
        };
        return database;
      });
      opening.catch(() => {
        if (this.#opening === opening) this.#opening = undefined;
      });
      this.#opening = opening;
    }
    return this.#opening;
  }

  /**
   * Runs `work` in one transaction. Writes resolve once the transaction has completed
   * (the data is stored); reads resolve as soon as `work` calls `finish`. A failure
   * aborts the whole transaction, so nothing partial is kept.
   */
  async transact<R = void>(mode: IDBTransactionMode, work: TransactionWork<R>): Promise<R> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.#transactOnce(mode, work);
      } catch (error) {
        // The browser aborted it with no error (the connection was being closed under us,
        // as while site data is cleared): nothing was kept, so it is safe to run it again.
        if (!(error instanceof ClosedUnder) || attempt === ATTEMPTS) throw toStorageError(error);
      }
    }
  }

  async #transactOnce<R>(mode: IDBTransactionMode, work: TransactionWork<R>): Promise<R> {
    const transaction = await this.#transaction(mode);
    return new Promise<R>((resolve, reject) => {
      let failure: unknown;
      let result: R;
      const fail = (error: unknown) => {
        failure ??= error;
        try {
          transaction.abort();
        } catch {
          // already finished or aborting
        }
      };
      const step: Step = (callback) => () => {
        try {
          callback();
        } catch (error) {
          fail(error);
        }
      };
      const finish = mode === 'readonly' ? resolve : (value: R) => void (result = value);
      try {
        work(transaction.objectStore(STORE), step, finish);
      } catch (error) {
        fail(error);
      }
      transaction.oncomplete = () => resolve(result);
      transaction.onabort = () => {
        // An abort nobody asked for may mean the connection was lost: open a new one next time.
        if (failure === undefined) this.#forget(transaction.db);
        if (failure === undefined && !transaction.error) reject(new ClosedUnder());
        else reject(toStorageError(failure ?? transaction.error));
      };
    });
  }

  /** Runs `read`, which awaits its own requests, in one read-only transaction. */
  read<R>(read: (store: IDBObjectStore) => Promise<R>): Promise<R> {
    return this.transact<R>('readonly', (store, step, finish) => {
      read(store).then(finish, (error: unknown) =>
        step(() => {
          throw error;
        })(),
      );
    });
  }

  /** Closes the connection; the next operation opens a new one. */
  async close(): Promise<void> {
    const opening = this.#opening;
    this.#opening = undefined;
    this.#database = undefined;
    (await opening?.catch(() => undefined))?.close();
  }

  /** A new transaction, opening the connection again once if the browser had closed it. */
  async #transaction(mode: IDBTransactionMode): Promise<IDBTransaction> {
    for (let attempt = 0; ; attempt += 1) {
      const database = await this.open();
      try {
        return database.transaction(STORE, mode);
      } catch (error) {
        if ((error as DOMException).name !== 'InvalidStateError' || attempt > 0)
          throw toStorageError(error);
        // Closed under us, and its `close` event may not have been dispatched yet.
        this.#lose(database);
      }
    }
  }

  /** The browser closed `database` (not us): the data may be gone; say so once. */
  #lose(database: IDBDatabase): void {
    if (this.#database !== database) return;
    this.#forget(database);
    this.#onLost();
  }

  #forget(database: IDBDatabase): void {
    if (this.#database !== database) return;
    this.#database = undefined;
    this.#opening = undefined;
  }
}

function openDatabase(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name, 1);
    } catch (error) {
      reject(toStorageError(error));
      return;
    }
    let blocked = false;
    request.onupgradeneeded = () =>
      request.result.createObjectStore(STORE).createIndex(ORDER_INDEX, 'o');
    // A connection that arrives after we gave up on it is closed again, not leaked.
    request.onsuccess = () => (blocked ? request.result.close() : resolve(request.result));
    request.onerror = () => {
      // Closed while opening: the browser is clearing the site's data just now.
      reject(
        request.error?.name === 'AbortError' ? new ClosedUnder() : toStorageError(request.error),
      );
    };
    request.onblocked = () => {
      blocked = true;
      reject(
        new StorageError(
          'unavailable',
          'Another tab is holding the saved data open; close it and try again.',
        ),
      );
    };
  });
}
