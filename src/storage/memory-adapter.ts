import type { RecordDraft, RecordEnvelope } from '../core/record.js';
import { ChangeFeed, type ChangeMessage, type TransportFactory } from './change-feed.js';
import { checkedRemoval, checkedWrite } from './compare-and-set.js';
import { pageOf } from './list-order.js';
import { toStoredRecord } from './stored-record.js';
import {
  isCorrupt,
  type ListOptions,
  type ListPage,
  type OpenReport,
  type PutOptions,
  type StorageAdapter,
  type StorageChangeListener,
  type StoredRecord,
} from './storage-adapter.js';

/**
 * The data behind one or more {@link MemoryAdapter}s. Give two adapters the same
 * database and they behave like two tabs on one origin: same records, and each hears
 * the other's changes.
 */
export class MemoryDatabase {
  /** Stored values by kind, then id, exactly as written. */
  readonly kinds = new Map<string, Map<string, unknown>>();
  #receivers = new Set<(message: ChangeMessage) => void>();

  /** The records of one kind (created empty on first use). */
  kind(kind: string): Map<string, unknown> {
    let records = this.kinds.get(kind);
    if (!records) this.kinds.set(kind, (records = new Map()));
    return records;
  }

  /** Change transport between the adapters sharing this database; delivery is asynchronous, as between tabs. */
  readonly transport: TransportFactory = (receive) => {
    this.#receivers.add(receive);
    return {
      post: (messages) => {
        for (const other of this.#receivers) {
          if (other !== receive) setTimeout(() => structuredClone(messages).forEach(other));
        }
      },
      close: () => {
        this.#receivers.delete(receive);
      },
    };
  };
}

/** Options for {@link MemoryAdapter}. */
export interface MemoryAdapterOptions {
  /** Share a database with another adapter (a stand-in for a second tab). Default: a new, empty one. */
  database?: MemoryDatabase;
}

/**
 * Keeps records in memory only: nothing survives a reload (`durability: 'memory'`).
 * For tests, demos, and as the fallback when the browser offers no storage.
 */
export class MemoryAdapter implements StorageAdapter {
  readonly name = 'memory';
  readonly storesChosenRevision = true;
  readonly database: MemoryDatabase;
  #feed: ChangeFeed;

  constructor(options: MemoryAdapterOptions = {}) {
    this.database = options.database ?? new MemoryDatabase();
    this.#feed = new ChangeFeed(this.database.transport);
  }

  async open(): Promise<OpenReport> {
    return { adapter: this.name, durability: 'memory', partitioned: false };
  }

  async get(kind: string, id: string): Promise<StoredRecord | undefined> {
    return this.#read(kind, id);
  }

  async list(kind: string, options?: ListOptions): Promise<ListPage> {
    const records = [...this.database.kind(kind).keys()].map(
      (id) => this.#read(kind, id) as StoredRecord,
    );
    return pageOf(records, options);
  }

  async put(
    draft: RecordDraft,
    expectedRev: string | null,
    options?: PutOptions,
  ): Promise<RecordEnvelope> {
    const record = checkedWrite(
      this.#read(draft.kind, draft.id),
      structuredClone(draft),
      expectedRev,
      options?.rev,
    );
    return this.#write(record, 'put');
  }

  async remove(kind: string, id: string, expectedRev: string): Promise<RecordEnvelope> {
    return this.#write(checkedRemoval(this.#read(kind, id), kind, id, expectedRev), 'remove');
  }

  subscribe(listener: StorageChangeListener): () => void {
    return this.#feed.subscribe(listener);
  }

  async exportAll(): Promise<StoredRecord[]> {
    return [...this.database.kinds].flatMap(([kind, records]) =>
      [...records.keys()].map((id) => this.#read(kind, id) as StoredRecord),
    );
  }

  async importAll(records: StoredRecord[], options: { mode: 'merge' | 'replace' }): Promise<void> {
    const values = records.map((record) =>
      structuredClone(isCorrupt(record) ? record.raw : record),
    );
    if (options.mode === 'replace') this.database.kinds.clear();
    records.forEach((record, index) =>
      this.database.kind(record.kind).set(record.id, values[index]),
    );
    this.#feed.publish({ type: 'import' });
  }

  async purgeAll(): Promise<void> {
    this.database.kinds.clear();
    this.#feed.publish({ type: 'purge' });
  }

  async close(): Promise<void> {
    this.#feed.close();
  }

  #read(kind: string, id: string): StoredRecord | undefined {
    const records = this.database.kinds.get(kind);
    if (!records?.has(id)) return undefined;
    return toStoredRecord(kind, id, structuredClone(records.get(id)));
  }

  #write(record: RecordEnvelope, type: 'put' | 'remove'): RecordEnvelope {
    this.database.kind(record.kind).set(record.id, structuredClone(record));
    this.#feed.publish({ type, kind: record.kind, id: record.id, rev: record.rev });
    return record;
  }
}
