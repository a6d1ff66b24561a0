import { orderKeyOf, type RecordDraft, type RecordEnvelope } from '../core/record.js';
import { ChangeFeed, broadcastTransport } from './change-feed.js';
import { checkedRemoval, checkedWrite } from './compare-and-set.js';
import { likelyPartitioned, storedDataDurability } from './environment.js';
import { toStorageError } from './failure.js';
import { pageOf, unknownCursor } from './list-order.js';
import { StorageError } from './storage-error.js';
import { toStoredRecord } from './stored-record.js';
import {
  isCorrupt,
  type ListOptions,
  type ListPage,
  type OpenReport,
  type StorageAdapter,
  type StorageChangeListener,
  type StoredRecord,
} from './storage-adapter.js';

const STORE = 'records';
const ORDER_INDEX = 'order';

/** Joins the parts of a key; sorts below every other character, so joined keys sort like their parts. */
const SEPARATOR = '\u0000';

/**
 * One stored row, under the key `kind␀id`. `r` is the record; `o` is its list position
 * `kind␀(sortKey ?? createdAt)␀id`, set only on live records so the order index holds
 * exactly what `list()` shows. Plain string keys keep writes close to a bare key-value put.
 */
interface Row {
  o?: string;
  r: unknown;
}

const keyOf = (kind: string, id: string) => `${kind}${SEPARATOR}${id}`;

/** Every key (primary or list position) of one kind. */
const kindRange = (kind: string) =>
  IDBKeyRange.bound(`${kind}${SEPARATOR}`, `${kind}\u0001`, false, true);

/** The kind and id in a primary key. */
function splitKey(key: string): [kind: string, id: string] {
  const at = key.indexOf(SEPARATOR);
  return [key.slice(0, at), key.slice(at + 1)];
}

/** Options for {@link IndexedDbAdapter}. */
export interface IndexedDbAdapterOptions {
  /** Keeps one host's or tool's data apart: the database is `recovery-kit:<namespace>`. */
  namespace: string;
}

/**
 * Keeps records in IndexedDB, the default and the most durable browser store. Every
 * write is one transaction that checks the revision and resolves only once the
 * transaction has completed. A connection the browser closed (Safari does) is opened
 * again on the next operation.
 */
export class IndexedDbAdapter implements StorageAdapter {
  readonly name = 'indexeddb';
  readonly namespace: string;
  /** The IndexedDB database name. */
  readonly databaseName: string;
  #connection: Promise<IDBDatabase> | undefined;
  #database: IDBDatabase | undefined;
  #feed: ChangeFeed;

  constructor(options: IndexedDbAdapterOptions) {
    this.namespace = options.namespace;
    this.databaseName = `recovery-kit:${options.namespace}`;
    this.#feed = new ChangeFeed(broadcastTransport(`recovery-kit:indexeddb:${options.namespace}`));
  }

  async open(): Promise<OpenReport> {
    await this.#connect();
    return {
      adapter: this.name,
      durability: await storedDataDurability(),
      partitioned: likelyPartitioned(),
    };
  }

  get(kind: string, id: string): Promise<StoredRecord | undefined> {
    return this.#transact('readonly', (store) => {
      const request = store.get(keyOf(kind, id));
      return () => (request.result === undefined ? undefined : readRow(kind, id, request.result));
    });
  }

  list(kind: string, options: ListOptions = {}): Promise<ListPage> {
    if (options.includeDeleted) return this.#listWithTombstones(kind, options);
    const { limit, direction = 'asc' } = options;
    const { lower, upper } = kindRange(kind);
    const after = options.cursor;
    if (after !== undefined && !after.startsWith(lower)) throw unknownCursor();
    const range =
      direction === 'asc'
        ? IDBKeyRange.bound(after ?? lower, upper, after !== undefined, true)
        : IDBKeyRange.bound(lower, after ?? upper, false, true);
    return this.#transact('readonly', (store, step) => {
      const index = store.index(ORDER_INDEX);
      const rows: Row[] = [];
      if (direction === 'asc' || limit === undefined) {
        const request = index.getAll(range, limit === undefined ? undefined : limit + 1);
        request.onsuccess = () =>
          rows.push(...(direction === 'asc' ? request.result : request.result.reverse()));
      } else {
        const request = index.openCursor(range, 'prev');
        request.onsuccess = step(() => {
          const cursor = request.result;
          if (!cursor) return;
          rows.push(cursor.value as Row);
          if (rows.length <= limit) cursor.continue();
        });
      }
      return () => {
        const page = limit === undefined ? rows : rows.slice(0, limit);
        const records = page.map((row) =>
          readRow(kind, row.o!.slice(row.o!.lastIndexOf(SEPARATOR) + 1), row),
        );
        const last = page[page.length - 1];
        return rows.length > page.length && last ? { records, cursor: last.o } : { records };
      };
    });
  }

  /** How many live records of `kind` there are, counted by the index without reading them. */
  count(kind: string): Promise<number> {
    return this.#transact('readonly', (store) => {
      const request = store.index(ORDER_INDEX).count(kindRange(kind));
      return () => request.result;
    });
  }

  put(draft: RecordDraft, expectedRev: string | null): Promise<RecordEnvelope> {
    return this.#write(draft.kind, draft.id, 'put', expectedRev, (current) =>
      checkedWrite(current, draft, expectedRev),
    );
  }

  remove(kind: string, id: string, expectedRev: string): Promise<RecordEnvelope> {
    return this.#write(kind, id, 'remove', expectedRev, (current) =>
      checkedRemoval(current, kind, id, expectedRev),
    );
  }

  subscribe(listener: StorageChangeListener): () => void {
    return this.#feed.subscribe(listener);
  }

  exportAll(): Promise<StoredRecord[]> {
    return this.#transact('readonly', (store) => {
      const keys = store.getAllKeys();
      const rows = store.getAll();
      return () =>
        (keys.result as string[]).map((key, index) =>
          readRow(...splitKey(key), rows.result[index]),
        );
    });
  }

  async importAll(records: StoredRecord[], options: { mode: 'merge' | 'replace' }): Promise<void> {
    await this.#transact('readwrite', (store) => {
      if (options.mode === 'replace') store.clear();
      for (const record of records) store.put(rowOf(record), keyOf(record.kind, record.id));
      return () => undefined;
    });
    this.#feed.publish({ type: 'import' });
  }

  async purgeAll(): Promise<void> {
    await this.#transact('readwrite', (store) => {
      store.clear();
      return () => undefined;
    });
    this.#feed.publish({ type: 'purge' });
  }

  async close(): Promise<void> {
    const connection = this.#connection;
    this.#connection = undefined;
    this.#database = undefined;
    this.#feed.close();
    (await connection?.catch(() => undefined))?.close();
  }

  /**
   * One compare-and-set write in one transaction. A create (`expectedRev` null) is a
   * plain `add`, which the database itself refuses when the key is taken; only then is
   * the stored record read, to report the conflict. Anything else reads, checks, writes.
   */
  async #write(
    kind: string,
    id: string,
    type: 'put' | 'remove',
    expectedRev: string | null,
    decide: (current: StoredRecord | undefined) => RecordEnvelope,
  ): Promise<RecordEnvelope> {
    const key = keyOf(kind, id);
    let record: RecordEnvelope | undefined;
    await this.#transact('readwrite', (store, step) => {
      const readAndWrite = step(() => {
        const request = store.get(key);
        request.onsuccess = step(() => {
          record = decide(
            request.result === undefined ? undefined : readRow(kind, id, request.result),
          );
          store.put(rowOf(record), key);
        });
      });
      if (expectedRev !== null) {
        readAndWrite();
        return () => undefined;
      }
      record = decide(undefined);
      const added = store.add(rowOf(record), key);
      added.onerror = (event) => {
        if (added.error?.name !== 'ConstraintError') return;
        event.preventDefault();
        readAndWrite();
      };
      return () => undefined;
    });
    this.#feed.publish({ type, kind, id, rev: record!.rev });
    return record!;
  }

  #listWithTombstones(kind: string, options: ListOptions): Promise<ListPage> {
    return this.#transact('readonly', (store) => {
      const keys = store.getAllKeys(kindRange(kind));
      const rows = store.getAll(kindRange(kind));
      return () =>
        pageOf(
          (keys.result as string[]).map((key, index) =>
            readRow(kind, splitKey(key)[1], rows.result[index]),
          ),
          options,
        );
    });
  }

  /**
   * Runs `work` in one transaction and resolves with what its returned getter gives once
   * the transaction has completed. A failure inside a request callback wrapped by `step`
   * aborts the whole transaction, so nothing partial is kept.
   */
  async #transact<R>(
    mode: IDBTransactionMode,
    work: (store: IDBObjectStore, step: (callback: () => void) => () => void) => () => R,
  ): Promise<R> {
    const transaction = await this.#transaction(mode);
    return new Promise<R>((resolve, reject) => {
      let failure: unknown;
      const fail = (error: unknown) => {
        failure ??= error;
        try {
          transaction.abort();
        } catch {
          // already finished or aborting
        }
      };
      const step = (callback: () => void) => () => {
        try {
          callback();
        } catch (error) {
          fail(error);
        }
      };
      let result: () => R = () => undefined as R;
      try {
        result = work(transaction.objectStore(STORE), step);
      } catch (error) {
        fail(error);
      }
      transaction.oncomplete = () => resolve(result());
      transaction.onabort = () => {
        // An abort we did not ask for may mean the connection was lost: open a new one next time.
        if (failure === undefined) this.#forget(transaction.db);
        reject(toStorageError(failure ?? transaction.error));
      };
    });
  }

  /** A new transaction, reopening the connection once if the browser had closed it. */
  async #transaction(mode: IDBTransactionMode): Promise<IDBTransaction> {
    for (let attempt = 0; ; attempt += 1) {
      const database = await this.#connect();
      try {
        return database.transaction(STORE, mode);
      } catch (error) {
        if ((error as DOMException).name !== 'InvalidStateError' || attempt > 0)
          throw toStorageError(error);
        this.#forget(database);
      }
    }
  }

  #connect(): Promise<IDBDatabase> {
    if (!this.#connection) {
      const connection = openDatabase(this.databaseName).then((database) => {
        if (this.#connection === connection) this.#database = database;
        database.onclose = () => this.#forget(database);
        database.onversionchange = () => {
          database.close();
          this.#forget(database);
        };
        return database;
      });
      connection.catch(() => {
        if (this.#connection === connection) this.#connection = undefined;
      });
      this.#connection = connection;
    }
    return this.#connection;
  }

  /** Drops a connection that is closed or failing, so the next operation opens a new one. */
  #forget(database: IDBDatabase): void {
    if (this.#database !== database) return;
    this.#database = undefined;
    this.#connection = undefined;
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
    request.onupgradeneeded = () =>
      request.result.createObjectStore(STORE).createIndex(ORDER_INDEX, 'o');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(toStorageError(request.error));
    request.onblocked = () =>
      reject(
        new StorageError(
          'unavailable',
          'Another tab is holding the saved data open; close it and try again.',
        ),
      );
  });
}

/** The row to store for a record; an unreadable value goes back exactly as it was found. */
function rowOf(record: StoredRecord): unknown {
  if (isCorrupt(record)) return record.raw;
  return record.deleted
    ? { r: record }
    : { o: [record.kind, orderKeyOf(record), record.id].join(SEPARATOR), r: record };
}

/** The record in a stored row; anything unreadable is reported with the whole row as its raw value. */
function readRow(kind: string, id: string, row: unknown): StoredRecord {
  const record =
    typeof row === 'object' && row !== null && 'r' in row
      ? toStoredRecord(kind, id, row.r)
      : undefined;
  if (record && !isCorrupt(record)) return record;
  return {
    corrupt: true,
    kind,
    id,
    raw: row,
    reason: record?.reason ?? 'The stored row is not one this library wrote.',
  };
}
