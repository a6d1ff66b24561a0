import type { RecordDraft, RecordEnvelope } from '../core/record.js';
import { keepable, newWrappedKeys, unwrapDataKey, wrapForPassphrase } from './data-key.js';
import { otherDevicesKeys, resealForJoin, type JoinVersions } from './device-join.js';
import { KeyLock } from './key-lock.js';
import { KeyRecord, KEYS_KIND } from './key-record.js';
import { journalSealer } from './journal-sealing.js';
import { PlainEra, type PlainEraNote } from './plain-era.js';
import { RecordSealing } from './record-sealing.js';
import { newRecoveryCode } from './recovery-code.js';
import { SEALED_FORMAT } from './sealed-data.js';
import { sealDraft, sealEnvelope } from './sealed-record.js';
import { refuseUnreadable, withReadableConflict } from './sealed-writes.js';
import { StorageError } from './storage-error.js';
import {
  isCorrupt,
  type DraftSealer,
  type ListOptions,
  type ListPage,
  type OpenReport,
  type PutOptions,
  type StorageAdapter,
  type StorageChangeListener,
  type StoredRecord,
} from './storage-adapter.js';

/** Options for {@link EncryptedAdapter}. */
export interface EncryptedAdapterOptions {
  /** The namespace the records belong to; bound into every ciphertext and names the lock channel. Default `default`. */
  namespace?: string;
  /**
   * Over a synced store: resolves once the keys another device of the person's set could
   * have arrived (the first sync round has ended, or failed). `hasPassphrase()` and
   * `create()` wait for it before deciding that none was set, so a new device asks for
   * the existing passphrase rather than making a second key.
   */
  keysArrived?: () => Promise<void>;
  /** Over a synced store: the server's versions it kept aside (`SyncedAdapter.keptAside`), where another device's keys wait for {@link EncryptedAdapter.joinOtherDevices}. */
  keptAside?: () => Promise<RecordEnvelope[]>;
  /** Over a synced store: merges a record this device wrote with the other devices' version of it, kept aside, when joining them (`SyncedAdapter.joinVersions`); without it this device's version is kept and theirs stays aside. */
  joinVersions?: JoinVersions;
  /** Over a synced store with `encryption="optional"`: where this device notes that it keeps the records plain (`SyncedAdapter.keptPlain`, `noteKeptPlain`); when another device's passphrase arrives, the next unlock here seals them (see `PlainEra`). */
  plainEra?: PlainEraNote;
}

/**
 * Wraps any adapter and encrypts each record's `data` with AES-256-GCM under one random
 * data key per namespace. The envelope stays readable, so lists, compare-and-set and
 * sync work without the key: `kind`, `id`, `rev`, `schemaVersion`, `createdAt`,
 * `updatedAt`, `sortKey` and `deleted` are visible to anyone holding the device.
 *
 * The data key is kept in the wrapped adapter as a record of kind `rk:keys`, wrapped by
 * the passphrase (PBKDF2-HMAC-SHA256, 600,000 rounds) and by a recovery code; while
 * unlocked it lives only in memory as a non-extractable key. While locked every read and
 * write rejects with `locked`, `open()` waits for the unlock, and only `purgeAll()`
 * (start again) works. `lock()` locks every tab on the namespace at once.
 *
 * Each ciphertext is bound to its namespace, kind, id and whole revision, which this
 * adapter chooses before the write; so it wraps only adapters that store a chosen
 * revision (`storesChosenRevision`, as every built-in adapter does).
 */
export class EncryptedAdapter implements StorageAdapter {
  readonly name: string;
  readonly namespace: string;
  readonly storesChosenRevision = true;
  #keys: KeyRecord;
  readonly #keysArrived: (() => Promise<void>) | undefined;
  readonly #keptAside: (() => Promise<RecordEnvelope[]>) | undefined;
  readonly #joinVersions: JoinVersions | undefined;
  readonly #sealing: RecordSealing;
  readonly #lock: KeyLock;
  #changeListeners = new Set<StorageChangeListener>();

  constructor(
    /** The adapter that stores the encrypted records. */
    readonly inner: StorageAdapter,
    options: EncryptedAdapterOptions = {},
  ) {
    if (!inner.storesChosenRevision)
      throw new TypeError(
        `EncryptedAdapter needs an adapter that stores the revision it chooses (storesChosenRevision); ${inner.name} does not.`,
      );
    this.name = inner.name;
    this.namespace = options.namespace ?? 'default';
    this.#keys = new KeyRecord(inner);
    this.#keysArrived = options.keysArrived;
    this.#keptAside = options.keptAside;
    this.#joinVersions = options.joinVersions;
    const plainEra = options.plainEra && new PlainEra(options.plainEra);
    this.#sealing = new RecordSealing(inner, this.namespace, this.#keys, plainEra);
    this.#lock = new KeyLock(this.namespace);
    this.draftSealing = journalSealer(() => this.#lock.require(), this.namespace);
    inner.subscribe((change) => {
      if (change.type === 'purge') this.#keys.forget();
      if (change.kind === KEYS_KIND) this.#keys.forget();
      if (change.type === 'purge' || change.type === 'import') plainEra?.forget();
    });
  }

  /** True while no record can be read or written. */
  isLocked(): boolean {
    return !this.#lock.key;
  }

  /** Whether a passphrase was set for this namespace (false: `create()` comes first, and the plain era is noted). */
  async hasPassphrase(): Promise<boolean> {
    const set = (await this.#storedKeys()) !== undefined;
    if (set) this.#sealing.plainEra?.forget();
    else await this.#sealing.plainEra?.began();
    return set;
  }

  /** Calls `listener` with `true` on every lock (here or in another tab) and `false` on every unlock. Returns the unsubscribe. */
  onLockChange(listener: (locked: boolean) => void): () => void {
    return this.#lock.onChange(listener);
  }

  /**
   * Sets the first passphrase: makes the data key, encrypts every record already stored
   * (a reload part-way resumes on the next unlock) and unlocks. Resolves with the
   * recovery code, which is shown once and never stored.
   */
  async create(passphrase: string): Promise<string> {
    if (await this.#storedKeys())
      throw new StorageError('conflict', 'A passphrase is already set for this data.');
    const recoveryCode = newRecoveryCode();
    const { keys, dataKey } = await newWrappedKeys(passphrase, recoveryCode);
    await this.#keys.create({ ...keys, migration: 'on', recordFormat: SEALED_FORMAT });
    await this.#unlockWith(dataKey);
    return recoveryCode;
  }

  /** Unlocks with the passphrase; a wrong one rejects with `locked` and changes nothing. */
  async unlock(passphrase: string): Promise<void> {
    await this.#unlockWith(await unwrapDataKey(await this.#requireKeys(), { passphrase }));
  }

  /** Unlocks with the recovery code (any case, with or without dashes). */
  async unlockWithRecoveryCode(recoveryCode: string): Promise<void> {
    await this.#unlockWith(await unwrapDataKey(await this.#requireKeys(), { recoveryCode }));
  }

  /** Forgets the key here and in every other tab on this namespace. */
  lock(): void {
    this.#lock.lockOthers();
    this.#lock.lockHere();
  }

  /** Replaces the passphrase (the data key is wrapped again; no record changes) and unlocks. */
  async changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
    await this.#rewrap({ passphrase: oldPassphrase }, newPassphrase);
  }

  /** A forgotten passphrase: the recovery code sets a new one (the code stays the same) and unlocks. */
  async resetPassphrase(recoveryCode: string, newPassphrase: string): Promise<void> {
    await this.#rewrap({ recoveryCode }, newPassphrase);
  }

  /**
   * Turns encryption off, with the passphrase (a wrong one rejects with `locked` and
   * changes nothing): locks every other tab, decrypts every record in place, then removes
   * the wrapped keys and locks. Afterwards use the wrapped adapter directly. A reload
   * part-way resumes on the next unlock.
   */
  async removeEncryption(passphrase: string): Promise<void> {
    this.#lock.require();
    await unwrapDataKey(await this.#requireKeys(), { passphrase });
    this.#lock.lockOthers();
    await this.#keys.update((keys) => ({ ...keys, migration: 'off' }));
    await this.#sealing.migrate(this.#lock.require(), 'off');
    this.#lock.lockHere();
  }

  /**
   * Whether the person's other devices use another data key: each device set its own
   * passphrase before they first synced. Each side's records stay readable only with its
   * own passphrase until {@link joinOtherDevices}; nothing of either is written over.
   */
  async hasOtherDevicesKey(): Promise<boolean> {
    const aside = (await this.#keptAside?.()) ?? [];
    return otherDevicesKeys(await this.#keys.read(), aside) !== undefined;
  }

  /**
   * Brings this device over to the passphrase of the person's other devices (a wrong one
   * rejects with `locked` and changes nothing): every record this device's key opens is
   * encrypted again under theirs, as a new revision that syncs over the earlier one, and
   * their keys become this device's. A record both sides wrote (such as the plan) keeps
   * what each wrote (see `joinVersions`). Needs this device unlocked. Afterwards the other
   * devices' passphrase and recovery code open everything, on every device.
   */
  async joinOtherDevices(theirPassphrase: string): Promise<void> {
    const key = this.#lock.require();
    const aside = (await this.#keptAside?.()) ?? [];
    const theirs = otherDevicesKeys(await this.#keys.read(), aside);
    if (!theirs) throw new StorageError('conflict', 'Your devices already share one passphrase.');
    const theirKey = await unwrapDataKey(theirs, { passphrase: theirPassphrase });
    await resealForJoin({
      inner: this.inner,
      namespace: this.namespace,
      reveal: this.#sealing.opener(key),
      theirKey,
      theirs,
      aside,
      merge: this.#joinVersions,
    });
    await this.#keys.update(() => theirs);
    await this.#unlockWith(theirKey);
  }

  /** Resolves once the adapter is unlocked and any migration has finished (or stopped). */
  whenUnlocked(): Promise<void> {
    return this.#lock.whenOpen;
  }

  /** Seals the unsaved-typing journal with the data key; rejects `locked` while locked. */
  readonly draftSealing: DraftSealer;

  /** Opens the wrapped adapter, then waits until the person unlocks. */
  async open(): Promise<OpenReport> {
    const report = await this.inner.open();
    await this.#lock.whenOpen;
    return report;
  }

  async get(kind: string, id: string): Promise<StoredRecord | undefined> {
    const key = this.#lock.require();
    if (kind === KEYS_KIND) return undefined;
    const stored = await this.inner.get(kind, id);
    return stored && this.#sealing.reveal(key, stored);
  }

  async list(kind: string, options?: ListOptions): Promise<ListPage> {
    const key = this.#lock.require();
    if (kind === KEYS_KIND) return { records: [] };
    const page = await this.inner.list(kind, options);
    return { ...page, records: await this.#sealing.revealAll(key, page.records) };
  }

  async count(kind: string): Promise<number> {
    this.#lock.require();
    if (this.inner.count) return this.inner.count(kind);
    return (await this.inner.list(kind)).records.length;
  }

  async put(
    draft: RecordDraft,
    expectedRev: string | null,
    options?: PutOptions,
  ): Promise<RecordEnvelope> {
    const key = this.#lock.require();
    await refuseUnreadable(this.inner, this.#sealing.opener(key), draft.kind, draft.id);
    await this.#keys.ensureStored();
    const sealed = options?.rev
      ? await sealEnvelope(key, this.namespace, { ...draft, rev: options.rev })
      : await sealDraft(key, this.namespace, draft, expectedRev);
    const write = this.inner.put(sealed, expectedRev, { rev: sealed.rev });
    const stored = await withReadableConflict(this.#sealing.opener(key), write);
    return { ...stored, data: draft.data };
  }

  async remove(kind: string, id: string, expectedRev: string): Promise<RecordEnvelope> {
    const key = this.#lock.require();
    await refuseUnreadable(this.inner, this.#sealing.opener(key), kind, id);
    await this.#keys.ensureStored();
    const write = this.inner.remove(kind, id, expectedRev);
    return withReadableConflict(this.#sealing.opener(key), write);
  }

  subscribe(listener: StorageChangeListener): () => void {
    this.#changeListeners.add(listener);
    const stop = this.inner.subscribe(({ record: _sealed, ...change }) => {
      // The inner adapter's copy of the record is ciphertext: listeners read it through here.
      if (change.kind !== KEYS_KIND) listener(change);
    });
    return () => {
      this.#changeListeners.delete(listener);
      stop();
    };
  }

  async exportAll(): Promise<StoredRecord[]> {
    const key = this.#lock.require();
    const records = (await this.inner.exportAll()).filter((record) => record.kind !== KEYS_KIND);
    return this.#sealing.revealAll(key, records);
  }

  async importAll(records: StoredRecord[], options: { mode: 'merge' | 'replace' }): Promise<void> {
    const key = this.#lock.require();
    const sealed = await Promise.all(
      records
        .filter((record) => record.kind !== KEYS_KIND)
        .map((record) => (isCorrupt(record) ? record : sealEnvelope(key, this.namespace, record))),
    );
    if (options.mode === 'replace') sealed.push(await this.#keys.current());
    else await this.#keys.ensureStored();
    await this.inner.importAll(sealed, options);
  }

  /** Erases every record and the wrapped keys. Works while locked too: it is how someone who lost both passphrase and recovery code starts again. */
  async purgeAll(): Promise<void> {
    await this.inner.purgeAll();
    this.#keys.forget();
  }

  async close(): Promise<void> {
    this.#lock.close();
    await this.inner.close();
  }

  /** The stored keys; when none are here yet, read again once a synced store's first round could have brought them. */
  async #storedKeys() {
    const keys = await this.#keys.read();
    if (keys || !this.#keysArrived) return keys;
    await this.#keysArrived();
    this.#keys.forget();
    return this.#keys.read();
  }

  async #requireKeys() {
    const keys = await this.#storedKeys();
    if (!keys) throw new StorageError('locked', 'No passphrase has been set for this data yet.');
    return keys;
  }

  /**
   * Keeps the key and resumes a migration the keys record says is unfinished, or seals
   * the records of this device's plain era (see `plainEra`). `open()` waits for it; reads
   * meanwhile accept plain and encrypted records alike. A failed migration is tried again
   * on the next unlock.
   */
  async #unlockWith(dataKey: CryptoKey): Promise<void> {
    this.#keys.hold();
    this.#lock.hold(dataKey);
    void this.#resume()
      .catch((error: unknown) => {
        console.warn(
          'recovery-kit: encrypting the stored records stopped part-way; it goes on at the next unlock.',
          error,
        );
      })
      .finally(() => {
        // Turning encryption off ends locked, with no keys left.
        if (this.#lock.key !== dataKey) return;
        this.#lock.letIn();
        // Tools that tried to read while locked load again.
        for (const listener of [...this.#changeListeners])
          listener({ type: 'import', origin: 'local' });
      });
  }

  async #rewrap(
    secret: { passphrase: string } | { recoveryCode: string },
    newPassphrase: string,
  ): Promise<void> {
    const extractable = await unwrapDataKey(await this.#requireKeys(), secret, true);
    const passphrase = await wrapForPassphrase(extractable, newPassphrase);
    await this.#keys.update((keys) => ({ ...keys, passphrase }));
    await this.#unlockWith(await keepable(extractable));
  }

  /** Resumes what `RecordSealing.resume` finds unfinished; turning encryption off ends locked. */
  async #resume(): Promise<void> {
    if ((await this.#sealing.resume(this.#lock.require())) === 'off') this.#lock.lockHere();
  }
}
