import type { RecordDraft, RecordEnvelope } from '../core/record.js';
import { ChangeFeed, broadcastTransport } from './change-feed.js';
import { checkedRemoval, checkedWrite } from './compare-and-set.js';
import { likelyPartitioned, storedDataDurability } from './environment.js';
import { IndexedDbConnection } from './indexeddb-connection.js';
import { countEntries, listEntries } from './indexeddb-list.js';
import { keyOf, kindRange, readRow, readRows, rowOf } from './indexeddb-rows.js';
import { pageOf, unknownCursor } from './list-order.js';
import {
  type BatchWrite,
  type ListOptions,
  type ListPage,
  type OpenReport,
  type PutOptions,
  type RecordKey,
  type StorageAdapter,
  type StorageChangeListener,
  type StoredRecord,
} from './storage-adapter.js';

/** Options for {@link IndexedDbAdapter}. */
export interface IndexedDbAdapterOptions {
  /** Keeps one host's or tool's data apart: the database is `recovery-kit:<namespace>`. */
  namespace: string;
}

/**
 * Keeps records in IndexedDB, the default and the most durable browser store. Every
 * write is one transaction that checks the revision and resolves only once the
 * transaction has completed. A connection the browser closed (Safari does) is opened
 * again on the next operation; when the data went away under the page (site data
 * cleared, the database deleted) its subscribers hear a `lost` change. A row this library did not write is reported as corrupt
 * everywhere (`get()`, `list()`, `count()`, `exportAll()`) and never written over; ids
 * may hold any characters.
 */
export class IndexedDbAdapter implements StorageAdapter {
  readonly name = 'indexeddb';
  readonly storesChosenRevision = true;
  readonly namespace: string;
  /** The IndexedDB database name: `recovery-kit:<namespace>`. */
  readonly databaseName: string;
  #connection: IndexedDbConnection;
  #feed: ChangeFeed;

  constructor(options: IndexedDbAdapterOptions) {
    this.namespace = options.namespace;
    this.databaseName = `recovery-kit:${options.namespace}`;
    this.#connection = new IndexedDbConnection(this.databaseName, () =>
      this.#feed.announce({ type: 'lost' }),
    );
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
    const { limit, cursor } = options;
    if (cursor !== undefined && !kindRange(kind).includes(cursor)) throw unknownCursor();
    const entries = await this.#connection.read((store) => listEntries(store, kind, options));
    const page = limit === undefined ? entries : entries.slice(0, limit);
    const records = page.map((entry) => entry.record);
    const last = page[page.length - 1];
    return entries.length > page.length && last ? { records, cursor: last.position } : { records };
  }

  /** How many live records of `kind` there are, unreadable ones included: the index counts, and only rows missing from it are read. */
  count(kind: string): Promise<number> {
    return this.#connection.read((store) => countEntries(store, kind));
  }

  put(
    draft: RecordDraft,
    expectedRev: string | null,
    options?: PutOptions,
  ): Promise<RecordEnvelope> {
    return this.#write(draft.kind, draft.id, 'put', expectedRev, (current) =>
      checkedWrite(current, draft, expectedRev, options?.rev),
    );
  }

  remove(kind: string, id: string, expectedRev: string): Promise<RecordEnvelope> {
    return this.#write(kind, id, 'remove', expectedRev, (current) =>
      checkedRemoval(current, kind, id, expectedRev),
    );
  }

  /** Every record asked for in one read-only transaction. */
  getMany(keys: readonly RecordKey[]): Promise<(StoredRecord | undefined)[]> {
    return this.#connection.transact('readonly', (store, step, finish) => {
      // Requests complete in the order they were made, so `found` fills in order.
      const found: (StoredRecord | undefined)[] = [];
      if (keys.length === 0) return finish(found);
      for (const { kind, id } of keys) {
        const request = store.get(keyOf(kind, id));
        request.onsuccess = step(() => {
          found.push(request.result === undefined ? undefined : readRow(kind, id, request.result));
          if (found.length === keys.length) finish(found);
        });
      }
    });
  }

  /** Every write in one transaction: each reads, checks and writes its record as `put`/`remove` do. */
  async writeMany(writes: readonly BatchWrite[]): Promise<RecordEnvelope[]> {
    const written = await this.#connection.transact<RecordEnvelope[]>(
      'readwrite',
      (store, step, finish) => {
        const records: RecordEnvelope[] = [];
        finish(records);
        // All reads are made before the first write lands: a record written twice is checked against its first write.
        const earlier = new Map<string, RecordEnvelope>();
        for (const write of writes) {
          const { kind, id } = write.type === 'put' ? write.record : write;
          const key = keyOf(kind, id);
          const request = store.get(key);
          request.onsuccess = step(() => {
            const current = earlier.has(key)
              ? earlier.get(key)
              : request.result === undefined
                ? undefined
                : readRow(kind, id, request.result);
            const checked =
              write.type === 'put'
                ? checkedWrite(current, write.record, write.expectedRev, write.options?.rev)
                : checkedRemoval(current, kind, id, write.expectedRev);
            store.put(rowOf(checked), key);
            earlier.set(key, checked);
            records.push(checked);
          });
        }
      },
    );
    writes.forEach((write, at) => {
      const { kind, id, rev } = written[at]!;
      this.#feed.publish({ type: write.type, kind, id, rev });
    });
    return written;
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
    this.#feed.publish({ type, kind, id, rev: record.rev, ...(type === 'put' ? { record } : {}) });
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
