import { newId } from '../core/ids.js';
import { ValidationError, type RecordModel } from '../core/model.js';
import type { RecordDraft, RecordEnvelope } from '../core/record.js';
import { checkRevision, notFound } from './compare-and-set.js';
import { StorageError } from './storage-error.js';
import { readItem, type StoredItem } from './stored-item.js';
import {
  isCorrupt,
  type ListOptions,
  type StorageAdapter,
  type StorageChange,
} from './storage-adapter.js';

/** The part of a {@link RecordStore} a collection works through. */
export interface CollectionHost {
  readonly adapter: StorageAdapter;
  /** Resolves once the store is open (cached after the first time). */
  open(): Promise<unknown>;
  /** Called after every successful write. */
  saved(): void;
}

/** Options for {@link RecordCollection.list}. Tombstones are never listed here. */
export type CollectionListOptions = Omit<ListOptions, 'includeDeleted'>;

/**
 * Typed access to one kind of record: reads come back as {@link StoredItem}s (migrated,
 * validated, read-only when they cannot be trusted); writes are validated and
 * compare-and-set on the record's `rev`, and never go over a stored record that is
 * corrupt, invalid or from a newer schema.
 */
export class RecordCollection<T> {
  constructor(
    private readonly host: CollectionHost,
    /** The model this collection reads and writes. */
    readonly model: RecordModel<T>,
  ) {}

  /** The item under `id`; `undefined` when there is none or it was removed. */
  async get(id: string): Promise<StoredItem<T> | undefined> {
    await this.host.open();
    const stored = await this.host.adapter.get(this.model.kind, id);
    if (!stored || (!isCorrupt(stored) && stored.deleted)) return undefined;
    return readItem(this.model, stored);
  }

  /**
   * The item a `put` or `remove` change left: `undefined` for a removal, taken from the
   * change when it carries the record, otherwise read by id (one `get`).
   */
  async changed(change: StorageChange): Promise<StoredItem<T> | undefined> {
    if (change.type === 'remove') return undefined;
    const { record } = change;
    if (record?.kind === this.model.kind && record.id === change.id && !record.deleted)
      return readItem(this.model, record);
    return change.id === undefined ? undefined : this.get(change.id);
  }

  /** One page of items in list order (`sortKey ?? createdAt`, then id); pass `cursor` on for the next. */
  async list(
    options: CollectionListOptions = {},
  ): Promise<{ items: StoredItem<T>[]; cursor?: string }> {
    await this.host.open();
    const page = await this.host.adapter.list(this.model.kind, {
      ...options,
      includeDeleted: false,
    });
    const items = page.records.map((record) => readItem(this.model, record));
    return page.cursor === undefined ? { items } : { items, cursor: page.cursor };
  }

  /** Every live item, in list order (one read of the whole kind). */
  async all(): Promise<StoredItem<T>[]> {
    return (await this.list()).items;
  }

  /** How many live items there are (unreadable ones included). */
  async count(): Promise<number> {
    await this.host.open();
    const { adapter } = this.host;
    if (adapter.count) return adapter.count(this.model.kind);
    return (await adapter.list(this.model.kind)).records.length;
  }

  /**
   * Saves a new record. Rejects with `ValidationError`, or `conflict` when `id` is taken.
   * `createdAt` keeps the creation time of a record being saved again (default: now).
   */
  async create(
    data: T,
    options: { id?: string; createdAt?: string } = {},
  ): Promise<RecordEnvelope<T>> {
    this.#validate(data);
    await this.host.open();
    const createdAt = options.createdAt ?? new Date().toISOString();
    const draft = this.#draft({ id: options.id ?? newId(), createdAt }, data);
    return this.#put(draft, null);
  }

  /** Saves new data for a record last read at `expectedRev`. Rejects with `ValidationError` or `StorageError` (`conflict` carries the current record). */
  async update(id: string, data: T, expectedRev: string): Promise<RecordEnvelope<T>> {
    this.#validate(data);
    const current = await this.#writable(id, expectedRev);
    return this.#put(this.#draft(current, data), expectedRev);
  }

  /** Removes a record, leaving a tombstone that {@link restore} can undo. */
  async remove(id: string, expectedRev: string): Promise<RecordEnvelope<null>> {
    await this.#writable(id, expectedRev);
    const tombstone = await this.host.adapter.remove(this.model.kind, id, expectedRev);
    this.host.saved();
    return tombstone as RecordEnvelope<null>;
  }

  /** Brings back a removed record with `data` (for "Undo"), keeping its id and creation time. */
  async restore(tombstone: RecordEnvelope<null>, data: T): Promise<RecordEnvelope<T>> {
    this.#validate(data);
    await this.host.open();
    return this.#put(this.#draft(tombstone, data), tombstone.rev);
  }

  /** Changes to this kind, plus imports and erasures, from this tab and others. */
  subscribe(listener: (change: StorageChange) => void): () => void {
    return this.host.adapter.subscribe((change) => {
      if (change.kind === undefined || change.kind === this.model.kind) listener(change);
    });
  }

  #validate(data: T): void {
    const problems = this.model.validate(data);
    if (problems.length) throw new ValidationError(problems);
  }

  #draft(base: { id: string; createdAt: string }, data: T): RecordDraft<T> {
    return {
      id: base.id,
      kind: this.model.kind,
      schemaVersion: this.model.schemaVersion,
      createdAt: base.createdAt,
      updatedAt: new Date().toISOString(),
      ...(this.model.sortKey ? { sortKey: this.model.sortKey(data) } : {}),
      data,
    };
  }

  async #put(draft: RecordDraft<T>, expectedRev: string | null): Promise<RecordEnvelope<T>> {
    const record = await this.host.adapter.put(draft, expectedRev);
    this.host.saved();
    return record as RecordEnvelope<T>;
  }

  /** The stored record if it may be written over at `expectedRev`; otherwise the reason, as a StorageError. */
  async #writable(id: string, expectedRev: string): Promise<RecordEnvelope> {
    await this.host.open();
    const { kind } = this.model;
    const stored = await this.host.adapter.get(kind, id);
    if (!stored || (!isCorrupt(stored) && stored.deleted)) throw notFound(kind, id, stored);
    checkRevision(stored, kind, id, expectedRev);
    const { status } = readItem(this.model, stored);
    if (status === 'too-new') {
      throw new StorageError(
        'version-too-new',
        `The ${kind} ${id} was saved by a newer version, so it is read-only here.`,
      );
    }
    if (status !== 'ok')
      throw new StorageError(
        'corrupt',
        `The stored ${kind} ${id} does not pass its checks, so it is read-only.`,
      );
    return stored as RecordEnvelope;
  }
}
