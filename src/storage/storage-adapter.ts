import type { CorruptRecord, RecordDraft, RecordEnvelope } from '../core/record.js';

/** How long data is likely to live where the adapter keeps it. */
export type Durability = 'persistent' | 'best-effort' | 'memory';

/** What `open()` found out about where the data will be kept. */
export interface OpenReport {
  /** Short adapter name: `indexeddb`, `localstorage`, `memory`, ... */
  adapter: string;
  /** `persistent` once the browser granted persistent storage; `memory` when nothing survives a reload. */
  durability: Durability;
  /** True when the page runs in a third-party iframe whose storage the browser is likely to partition or clear. */
  partitioned: boolean;
}

/** Options for listing one kind of record, a page at a time. */
export interface ListOptions {
  /** Largest number of records to return (default: all). */
  limit?: number;
  /** Opaque cursor from the previous page's `cursor`. */
  cursor?: string;
  /** Order by `sortKey ?? createdAt`, then `id`. Default `asc`. */
  direction?: 'asc' | 'desc';
  /** Include tombstones (default false). */
  includeDeleted?: boolean;
}

// Declared beside the envelope and its check, in core; adapters report it.
export type { CorruptRecord } from '../core/record.js';

/** What an adapter holds under one key: a readable envelope or a corrupt value. */
export type StoredRecord = RecordEnvelope | CorruptRecord;

export function isCorrupt(record: StoredRecord): record is CorruptRecord {
  return (record as CorruptRecord).corrupt === true;
}

/** One page of `list()`. `cursor` is set when there may be more. */
export interface ListPage {
  records: StoredRecord[];
  cursor?: string;
}

/**
 * A change to stored data, from this tab (`local`) or another one (`other-tab`).
 * `lost`: the stored data went away under the page (site data cleared, the database
 * deleted); what the page shows is all that is left, so it should be saved again.
 */
export interface StorageChange {
  type: 'put' | 'remove' | 'import' | 'purge' | 'lost';
  /** Set for `put` and `remove`. */
  kind?: string;
  id?: string;
  rev?: string;
  /**
   * For `put`: the record as written, when the adapter stores records as they are read
   * back, so a listener can apply the change without reading it again. Optional: adapters
   * that change data on the way (encryption) leave it out, and a listener reads by id.
   */
  record?: RecordEnvelope;
  origin: 'local' | 'other-tab';
}

export type StorageChangeListener = (change: StorageChange) => void;

/** Options for `StorageAdapter.put`. */
export interface PutOptions {
  /**
   * The revision to store, chosen by the caller (it must differ from `expectedRev`).
   * Honoured only by adapters that declare `storesChosenRevision`; `EncryptedAdapter`
   * binds it into the ciphertext this way, before the write.
   */
  rev?: string;
}

/** Seals the leave journal's text for an encrypted store (see `StorageAdapter.draftSealing`). */
export interface DraftSealer {
  seal(plaintext: string): Promise<string>;
  /** Rejects (StorageError 'locked' or 'corrupt') when it cannot open. */
  open(sealed: string): Promise<string>;
}

/** Which record: its kind and id. */
export interface RecordKey {
  kind: string;
  id: string;
}

/** One write of {@link StorageAdapter.writeMany}: a `put` of `record`, or a `remove` of `kind`/`id`. */
export type BatchWrite =
  | { type: 'put'; record: RecordDraft; expectedRev: string | null; options?: PutOptions }
  | { type: 'remove'; kind: string; id: string; expectedRev: string };

/**
 * Where records live. Every adapter passes the shared conformance suite
 * (`runAdapterConformance` from `recovery-kit/testing`). All methods reject only with `StorageError`.
 */
export interface StorageAdapter {
  /** Short adapter name, as in `OpenReport.adapter`. */
  readonly name: string;
  /** How the synchronous leave journal may keep unsaved typing for this adapter.
   *  Absent: plain text in localStorage. `'off'`: keep no journal. An object: the journal keeps
   *  only sealed text - seal while typing (async), write the last sealed string synchronously. */
  readonly draftSealing?: 'off' | DraftSealer;
  /** True when `put` stores `options.rev` as given (every built-in adapter does). `EncryptedAdapter` wraps only such adapters. */
  readonly storesChosenRevision?: boolean;
  /** Opens (or reopens) the store; safe to call more than once. */
  open(): Promise<OpenReport>;
  /** The record under `kind`/`id`, tombstones included; `undefined` when there is none. */
  get(kind: string, id: string): Promise<StoredRecord | undefined>;
  /** Records of one kind, ordered by `sortKey ?? createdAt` then `id`, a page at a time. */
  list(kind: string, options?: ListOptions): Promise<ListPage>;
  /** How many live (not removed) records of one kind there are. Optional: without it the store counts a full list. */
  count?(kind: string): Promise<number>;
  /**
   * Compare-and-set write. `expectedRev` is the `rev` the caller last read, or `null`
   * to create a record that must not exist yet. On success the adapter sets a new `rev`
   * and resolves with the stored envelope only once it is durably written. A mismatch
   * rejects with `conflict` carrying the current record; a corrupt stored value
   * rejects with `corrupt` and is left untouched.
   */
  put(
    record: RecordDraft,
    expectedRev: string | null,
    options?: PutOptions,
  ): Promise<RecordEnvelope>;
  /** Replaces the record with a tombstone (compare-and-set, as `put`). */
  remove(kind: string, id: string, expectedRev: string): Promise<RecordEnvelope>;
  /**
   * Several records in one read step (one transaction where the adapter has them), in the
   * order asked; `undefined` where there is none. Optional: callers fall back to `get`.
   */
  getMany?(keys: readonly RecordKey[]): Promise<(StoredRecord | undefined)[]>;
  /**
   * Several `put`s and `remove`s in one all-or-nothing step, each compare-and-set against
   * the record as the writes before it left it: one refused write keeps none of them. Resolves with the stored
   * envelopes in order; subscribers hear each as its own `put` or `remove`. Optional:
   * callers fall back to `put` and `remove` one at a time.
   */
  writeMany?(writes: readonly BatchWrite[]): Promise<RecordEnvelope[]>;
  /** Changes made through any adapter on the same database, in this tab and other tabs. */
  subscribe(listener: StorageChangeListener): () => void;
  /** Every stored record of every kind, tombstones and corrupt values included. */
  exportAll(): Promise<StoredRecord[]>;
  /**
   * Writes many records in one all-or-nothing step, exactly as given (revisions and
   * dates kept; a corrupt record's `raw` value is written back as it was). `replace`
   * erases everything first; `merge` keeps records that are not in `records`.
   */
  importAll(records: StoredRecord[], options: { mode: 'merge' | 'replace' }): Promise<void>;
  /** Erases every record, tombstone and key this adapter owns; other tabs are told. */
  purgeAll(): Promise<void>;
  /** Releases connections and channels. Operations after `close()` reopen. */
  close(): Promise<void>;
}
