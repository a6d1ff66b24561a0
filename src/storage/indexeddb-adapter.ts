import { orderKeyOf, type RecordDraft, type RecordEnvelope } from '../core/record.js';
import { ChangeFeed, broadcastTransport } from './change-feed.js';
import { checkedRemoval, checkedWrite } from './compare-and-set.js';
import { likelyPartitioned, storedDataDurability } from './environment.js';
import { IndexedDbConnection, ORDER_INDEX } from './indexeddb-connection.js';
import { pageOf, unknownCursor } from './list-order.js';
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

/** Joins the parts of a key; it sorts below every other character, so joined keys sort like their parts. */
const SEPARATOR = '\u0000';

/**
 * One stored row, under the key `kind␀id`. `r` is the record; `o` is its list position
 * `kind␀(sortKey ?? createdAt)␀id`, set only on live records so the order index holds
 * exactly what `list()` shows. Plain string keys keep a write close to a bare key-value put.
 */
interface Row {
  o?: string;
  r: unknown;
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
 * again on the next operation. A row this library did not write (it has no list
 * position) is reported as corrupt by `get()` and `exportAll()` but not listed.
 */
export class IndexedDbAdapter implements StorageAdapter {
  readonly name = 'indexeddb';
  readonly namespace: string;
  /** The IndexedDB database name: `recovery-kit:<namespace>`. */
  readonly databaseName: string;
  #connection: IndexedDbConnection;
  #feed: ChangeFeed;

  constructor(options: IndexedDbAdapterOptions) {
    this.namespace = options.namespace;
    this.databaseName = `recovery-kit:${options.namespace}`;
    this.#connection = new IndexedDbConnection(this.databaseName);
    this.#feed = new ChangeFeed(broadcastTransport(`recovery-kit:indexeddb:${options.namespace}`));
  }

  async open(): Promise<OpenReport> {
    await this.#connection.open();
    return {
      adapter: this.name,
      durability: await storedDataDurability(),
      partitioned: likelyPartitioned(),
    };
  }

  get(kind: string, id: string): Promise<StoredRecord | undefined> {
    return this.#connection.transact('readonly', (store, _step, finish) => {
      const request = store.get(keyOf(kind, id));
      request.onsuccess = () =>
        finish(request.result === undefined ? undefined : readRow(kind, id, request.result));
    });
  }

  async list(kind: string, options: ListOptions = {}): Promise<ListPage> {
    if (options.includeDeleted) return this.#listWithTombstones(kind, options);
    const { limit, direction = 'asc', cursor: after } = options;
    const { lower, upper } = kindRange(kind);
    if (after !== undefined && !after.startsWith(lower)) throw unknownCursor();
    const range =
      direction === 'asc'
        ? IDBKeyRange.bound(after ?? lower, upper, after !== undefined, true)
        : IDBKeyRange.bound(lower, after ?? upper, false, true);
    const rows = await this.#connection.transact<Row[]>('readonly', (store, step, finish) => {
      if (limit === undefined && after === undefined) {
        // A whole kind: reading its rows in key order and sorting here is quicker than walking the index.
        const request = store.getAll(range);
        request.onsuccess = () => finish(sortRows(request.result, direction));
      } else if (direction === 'asc' || limit === undefined) {
        const request = store
          .index(ORDER_INDEX)
          .getAll(range, limit === undefined ? undefined : limit + 1);
        request.onsuccess = () =>
          finish(direction === 'asc' ? request.result : request.result.reverse());
      } else {
        const found: Row[] = [];
        const request = store.index(ORDER_INDEX).openCursor(range, 'prev');
        request.onsuccess = step(() => {
          const cursor = request.result;
          if (cursor) found.push(cursor.value as Row);
          if (cursor && found.length <= limit) cursor.continue();
          else finish(found);
        });
      }
    });
    const page = limit === undefined ? rows : rows.slice(0, limit);
    const records = page.map((row) =>
      readRow(kind, row.o!.slice(row.o!.lastIndexOf(SEPARATOR) + 1), row),
    );
    const last = page[page.length - 1];
    return rows.length > page.length && last ? { records, cursor: last.o } : { records };
  }

  /** How many live records of `kind` there are, counted by the index without reading them. */
  count(kind: string): Promise<number> {
    return this.#connection.transact('readonly', (store, _step, finish) => {
      const request = store.index(ORDER_INDEX).count(kindRange(kind));
      request.onsuccess = () => finish(request.result);
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
    return this.#connection.transact('readonly', (store, _step, finish) => {
      const keys = store.getAllKeys();
      const rows = store.getAll();
      rows.onsuccess = () => finish(readRows(keys.result as string[], rows.result));
    });
  }

  async importAll(records: StoredRecord[], options: { mode: 'merge' | 'replace' }): Promise<void> {
    await this.#connection.transact('readwrite', (store) => {
      if (options.mode === 'replace') store.clear();
      for (const record of records) store.put(rowOf(record), keyOf(record.kind, record.id));
    });
    this.#feed.publish({ type: 'import' });
  }

  async purgeAll(): Promise<void> {
    await this.#connection.transact('readwrite', (store) => void store.clear());
    this.#feed.publish({ type: 'purge' });
  }

  async close(): Promise<void> {
    this.#feed.close();
    await this.#connection.close();
  }

  /**
   * One compare-and-set write in one transaction. A create (`expectedRev` null) is a
   * plain `add`, which the database itself refuses when the key is taken; only then is
   * the stored record read, to report why. Anything else reads, checks, then writes.
   */
  async #write(
    kind: string,
    id: string,
    type: 'put' | 'remove',
    expectedRev: string | null,
    decide: (current: StoredRecord | undefined) => RecordEnvelope,
  ): Promise<RecordEnvelope> {
    const key = keyOf(kind, id);
    const record = await this.#connection.transact<RecordEnvelope>(
      'readwrite',
      (store, step, finish) => {
        const readCheckWrite = step(() => {
          const request = store.get(key);
          request.onsuccess = step(() => {
            const checked = decide(
              request.result === undefined ? undefined : readRow(kind, id, request.result),
            );
            store.put(rowOf(checked), key);
            finish(checked);
          });
        });
        if (expectedRev !== null) return readCheckWrite();
        const created = decide(undefined);
        const request = store.add(rowOf(created), key);
        request.onsuccess = () => finish(created);
        request.onerror = (event) => {
          if (request.error?.name !== 'ConstraintError') return;
          event.preventDefault();
          readCheckWrite();
        };
      },
    );
    this.#feed.publish({ type, kind, id, rev: record.rev });
    return record;
  }

  #listWithTombstones(kind: string, options: ListOptions): Promise<ListPage> {
    return this.#connection.transact('readonly', (store, _step, finish) => {
      const keys = store.getAllKeys(kindRange(kind));
      const rows = store.getAll(kindRange(kind));
      rows.onsuccess = () =>
        finish(pageOf(readRows(keys.result as string[], rows.result), options));
    });
  }
}

const keyOf = (kind: string, id: string) => `${kind}${SEPARATOR}${id}`;

/** Every key (primary key or list position) of one kind. */
const kindRange = (kind: string) =>
  IDBKeyRange.bound(`${kind}${SEPARATOR}`, `${kind}\u0001`, false, true);

/** Live rows in list order; tombstones and rows without a position are left out. */
function sortRows(rows: Row[], direction: 'asc' | 'desc'): Row[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows
    .filter((row) => typeof row?.o === 'string')
    .sort((a, b) => (a.o! < b.o! ? -sign : sign));
}

/** The row to store for a record; an unreadable value goes back exactly as it was found. */
function rowOf(record: StoredRecord): unknown {
  if (isCorrupt(record)) return record.raw;
  return record.deleted
    ? { r: record }
    : { o: keyOf(record.kind, `${orderKeyOf(record)}${SEPARATOR}${record.id}`), r: record };
}

/** Rows read together with their primary keys. */
function readRows(keys: string[], rows: unknown[]): StoredRecord[] {
  return keys.map((key, index) => {
    const at = key.indexOf(SEPARATOR);
    return readRow(key.slice(0, at), key.slice(at + 1), rows[index]);
  });
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
