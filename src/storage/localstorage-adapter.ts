import type { RecordDraft, RecordEnvelope } from '../core/record.js';
import { ChangeFeed, broadcastTransport } from './change-feed.js';
import { checkedRemoval, checkedWrite } from './compare-and-set.js';
import { CrossTabLock } from './cross-tab-lock.js';
import { likelyPartitioned, storedDataDurability } from './environment.js';
import { toStorageError } from './failure.js';
import { pageOf } from './list-order.js';
import { parseStoredText } from './stored-record.js';
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

/** Options for {@link LocalStorageAdapter}. */
export interface LocalStorageAdapterOptions {
  /** Keeps one host's or tool's data apart: keys start with `recovery-kit:<namespace>:` (namespace URI-encoded). */
  namespace: string;
  /** Another `Storage` to use, such as `sessionStorage`. Default: `localStorage`. */
  storage?: Storage;
}

/**
 * Keeps records in `localStorage`, one JSON value per record under the namespace's key
 * prefix. For hosts that cannot use IndexedDB; fine for a few hundred records (every
 * list reads the whole kind). Text that is not a readable record is reported as
 * corrupt and never written over. Compare-and-set holds across tabs: each write checks
 * what is stored at that moment while holding the record's Web Lock ({@link CrossTabLock}).
 */
export class LocalStorageAdapter implements StorageAdapter {
  readonly name = 'localstorage';
  readonly storesChosenRevision = true;
  readonly namespace: string;
  /** Every key this adapter owns starts with this. */
  readonly prefix: string;
  #storage: Storage | undefined;
  #feed: ChangeFeed;
  #locks = new CrossTabLock((key) => {
    const text = this.#store().getItem(key);
    return text === null ? undefined : revisionIn(text);
  });

  constructor(options: LocalStorageAdapterOptions) {
    this.namespace = options.namespace;
    this.prefix = `recovery-kit:${encodeKeyPart(options.namespace)}:`;
    this.#storage = options.storage;
    this.#feed = new ChangeFeed(
      broadcastTransport(`recovery-kit:localstorage:${options.namespace}`),
    );
  }

  async open(): Promise<OpenReport> {
    this.#store();
    return {
      adapter: this.name,
      durability: await storedDataDurability(),
      partitioned: likelyPartitioned(),
    };
  }

  async get(kind: string, id: string): Promise<StoredRecord | undefined> {
    return this.#get(kind, id);
  }

  async list(kind: string, options?: ListOptions): Promise<ListPage> {
    return pageOf(this.#read(kind), options);
  }

  put(
    draft: RecordDraft,
    expectedRev: string | null,
    options?: PutOptions,
  ): Promise<RecordEnvelope> {
    return this.#locks.run(this.keyOf(draft.kind, draft.id), () =>
      this.#write(
        checkedWrite(this.#get(draft.kind, draft.id), draft, expectedRev, options?.rev),
        'put',
      ),
    );
  }

  remove(kind: string, id: string, expectedRev: string): Promise<RecordEnvelope> {
    return this.#locks.run(this.keyOf(kind, id), () =>
      this.#write(checkedRemoval(this.#get(kind, id), kind, id, expectedRev), 'remove'),
    );
  }

  subscribe(listener: StorageChangeListener): () => void {
    return this.#feed.subscribe(listener);
  }

  async exportAll(): Promise<StoredRecord[]> {
    return this.#read();
  }

  async importAll(records: StoredRecord[], options: { mode: 'merge' | 'replace' }): Promise<void> {
    const storage = this.#store();
    const writes = new Map(
      records.map((record) => [this.keyOf(record.kind, record.id), textOf(record)]),
    );
    const touched =
      options.mode === 'replace'
        ? [...new Set([...this.#keys(), ...writes.keys()])]
        : [...writes.keys()];
    const before = new Map(touched.map((key) => [key, storage.getItem(key)]));
    try {
      if (options.mode === 'replace') this.#keys().forEach((key) => storage.removeItem(key));
      writes.forEach((text, key) => storage.setItem(key, text));
    } catch (error) {
      // All or nothing: put every touched key back as it was.
      before.forEach((text, key) => text === null && storage.removeItem(key));
      before.forEach((text, key) => text !== null && storage.setItem(key, text));
      throw toStorageError(error);
    }
    this.#locks.releaseAll();
    this.#feed.publish({ type: 'import' });
  }

  async purgeAll(): Promise<void> {
    const storage = this.#store();
    this.#keys().forEach((key) => storage.removeItem(key));
    this.#locks.releaseAll();
    this.#feed.publish({ type: 'purge' });
  }

  async close(): Promise<void> {
    this.#locks.close();
    this.#feed.close();
  }

  /** The key a record is kept under. */
  keyOf(kind: string, id: string): string {
    return `${this.prefix}${encodeKeyPart(kind)}:${encodeKeyPart(id)}`;
  }

  /** Reads synchronously, so a compare-and-set check and its write happen in one step. */
  #get(kind: string, id: string): StoredRecord | undefined {
    const text = this.#store().getItem(this.keyOf(kind, id));
    return text === null ? undefined : parseStoredText(kind, id, text);
  }

  #write(record: RecordEnvelope, type: 'put' | 'remove'): RecordEnvelope {
    try {
      this.#store().setItem(this.keyOf(record.kind, record.id), JSON.stringify(record));
    } catch (error) {
      throw toStorageError(error);
    }
    this.#feed.publish({ type, kind: record.kind, id: record.id, rev: record.rev });
    return record;
  }

  /** Every record this adapter owns, or only those of `kind`. */
  #read(kind?: string): StoredRecord[] {
    const storage = this.#store();
    return this.#keys().flatMap((key) => {
      const parts = key.slice(this.prefix.length).split(':');
      if (parts.length !== 2) return []; // not a record key
      const [storedKind, id] = parts.map(decodeKeyPart);
      if (kind !== undefined && storedKind !== kind) return [];
      return [parseStoredText(storedKind, id, storage.getItem(key) ?? '')];
    });
  }

  #keys(): string[] {
    const storage = this.#store();
    const keys: string[] = [];
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith(this.prefix)) keys.push(key);
    }
    return keys;
  }

  /** The Storage object; reading `localStorage` itself throws where the browser blocks storage. */
  #store(): Storage {
    try {
      this.#storage ??= globalThis.localStorage;
      if (!this.#storage) throw new Error('localStorage is missing');
      return this.#storage;
    } catch (error) {
      throw toStorageError(error);
    }
  }
}

/**
 * A kind, id or namespace as it appears in a key: `encodeURIComponent`, except that a
 * lone surrogate (which it refuses) becomes `%uD800`, so any string id has a key.
 */
function encodeKeyPart(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return Array.from(text, (char) =>
      /^[\uD800-\uDFFF]$/.test(char)
        ? `%u${char.charCodeAt(0).toString(16).toUpperCase()}`
        : encodeURIComponent(char),
    ).join('');
  }
}

/** Reads a key part written by {@link encodeKeyPart} (`%u` never comes out of `encodeURIComponent`). */
function decodeKeyPart(part: string): string {
  return part
    .split(/(%u[0-9A-F]{4})/)
    .map((piece) =>
      piece.startsWith('%u')
        ? String.fromCharCode(parseInt(piece.slice(2), 16))
        : decodeURIComponent(piece),
    )
    .join('');
}

/** The revision in a stored record's text, if it has one. */
function revisionIn(text: string): string | undefined {
  try {
    const rev: unknown = (JSON.parse(text) as { rev?: unknown } | null)?.rev;
    return typeof rev === 'string' ? rev : undefined;
  } catch {
    return undefined;
  }
}

function textOf(record: StoredRecord): string {
  if (!isCorrupt(record)) return JSON.stringify(record);
  return typeof record.raw === 'string' ? record.raw : JSON.stringify(record.raw);
}
