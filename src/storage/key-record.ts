import type { RecordEnvelope } from '../core/record.js';
import { isWrappedKeys, type WrappedKeys } from './data-key.js';
import { StorageError, isStorageError } from './storage-error.js';
import { isCorrupt, type StorageAdapter } from './storage-adapter.js';
import { KEYS_KIND } from './key-identity.js';

export { KEYS_KIND } from './key-identity.js';
const KEYS_ID = 'data-key';

type KeysEnvelope = RecordEnvelope<WrappedKeys>;

/**
 * The one record of kind `rk:keys` in the wrapped adapter: read once and kept, written
 * with compare-and-set. After an erase (`purge`) it is gone; a tab that is still unlocked
 * puts it back before its next write, so nothing is ever written under a key that is
 * not stored.
 */
export class KeyRecord {
  /** `null`: none stored; `undefined`: not read yet. */
  #cached: KeysEnvelope | null | undefined;
  /** The keys this tab unlocked with (or wrote). */
  #last: KeysEnvelope | undefined;
  /** The revision stored under the key (a tombstone's too); `null` when there is none. */
  #storedRev: string | null = null;

  constructor(private readonly inner: StorageAdapter) {}

  /** The wrapped keys, or `undefined` when no passphrase was set. */
  async read(): Promise<WrappedKeys | undefined> {
    return (await this.#envelope())?.data;
  }

  /** Remembers the stored keys as the ones this tab unlocked with. */
  hold(): void {
    if (this.#cached) this.#last = this.#cached;
  }

  /** Reads again next time (after an erase, or a change in another tab). */
  forget(): void {
    this.#cached = undefined;
  }

  /** Stores the first keys; `conflict` when a passphrase was set meanwhile (another tab). */
  async create(keys: WrappedKeys): Promise<void> {
    const at = new Date().toISOString();
    const draft = { kind: KEYS_KIND, id: KEYS_ID, schemaVersion: 1, createdAt: at, updatedAt: at };
    const existing = await this.#envelope();
    if (existing) throw new StorageError('conflict', 'A passphrase is already set for this data.');
    this.#keep((await this.inner.put({ ...draft, data: keys }, this.#storedRev)) as KeysEnvelope);
  }

  /** Changes the stored keys (read fresh, compare-and-set; tried again if another tab wrote meanwhile). */
  async update(change: (keys: WrappedKeys) => WrappedKeys): Promise<void> {
    for (;;) {
      this.forget();
      const current = await this.#envelope();
      if (!current) throw new StorageError('locked', 'No passphrase has been set for this data.');
      const next = { ...current, updatedAt: new Date().toISOString(), data: change(current.data) };
      try {
        return this.#keep((await this.inner.put(next, current.rev)) as KeysEnvelope);
      } catch (error) {
        if (!isStorageError(error) || error.code !== 'conflict') throw error;
      }
    }
  }

  /** Removes the keys (encryption turned off). */
  async remove(): Promise<void> {
    const current = await this.#envelope();
    if (current) await this.inner.remove(KEYS_KIND, KEYS_ID, current.rev);
    this.forget();
    this.#last = undefined;
  }

  /** Puts back the keys this tab holds when an erase removed them; `locked` when another passphrase was set since. */
  async ensureStored(): Promise<void> {
    const current = await this.#envelope();
    if (current && current.data.recoveryCode.wrapped === this.#last?.data.recoveryCode.wrapped)
      return;
    if (current || !this.#last)
      throw new StorageError('locked', 'This data now has another passphrase. Unlock it again.');
    const { rev: _old, ...draft } = this.#last;
    this.#keep((await this.inner.put(draft, this.#storedRev)) as KeysEnvelope);
  }

  /** The stored keys record, to write back with a `replace` import. */
  async current(): Promise<KeysEnvelope> {
    this.forget();
    await this.ensureStored();
    return this.#last!;
  }

  async #envelope(): Promise<KeysEnvelope | null> {
    if (this.#cached !== undefined) return this.#cached;
    const stored = await this.inner.get(KEYS_KIND, KEYS_ID);
    this.#storedRev = stored && !isCorrupt(stored) ? stored.rev : null;
    const live = stored && !isCorrupt(stored) && !stored.deleted && isWrappedKeys(stored.data);
    this.#cached = live ? (stored as KeysEnvelope) : null;
    return this.#cached;
  }

  #keep(record: KeysEnvelope): void {
    this.#cached = record;
    this.#last = record;
    this.#storedRev = record.rev;
  }
}
