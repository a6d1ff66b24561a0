import type { RecordDraft, RecordEnvelope } from '../core/record.js';
import type { EncryptedAdapter } from './encrypted-adapter.js';
import { KEYS_KIND } from './key-record.js';
import type {
  DraftSealer,
  ListOptions,
  ListPage,
  OpenReport,
  PutOptions,
  StorageAdapter,
  StorageChangeListener,
  StoredRecord,
} from './storage-adapter.js';

/**
 * Encryption the person chooses: while no passphrase is set, records are kept plain in
 * the wrapped adapter and pass straight through; once the person sets one (`create`),
 * everything goes through the `EncryptedAdapter` (which encrypts what is stored), and
 * `removeEncryption` makes the store plain again. Whether a passphrase is set is read from
 * the store itself, so every tab and every visit agree. `<rk-provider
 * encryption="optional">` uses it.
 */
export class OptionalEncryptionAdapter implements StorageAdapter {
  readonly name: string;
  readonly storesChosenRevision = true;
  /** Tells `<rk-lock>` the person may turn the passphrase on and off. */
  readonly optional = true;
  /** What the last look at the store found: `true` once a passphrase is set; `undefined` before looking. */
  #protected: boolean | undefined;

  constructor(
    /** The encrypted adapter; its own `inner` keeps the records. */
    readonly encrypted: EncryptedAdapter,
  ) {
    this.name = encrypted.name;
  }

  /** The leave journal is sealed while a passphrase is set, and plain (as on any plain store) while not. */
  get draftSealing(): DraftSealer | undefined {
    return this.#protected === false ? undefined : this.encrypted.draftSealing;
  }

  /** True while a passphrase is set and the data is not unlocked. */
  isLocked(): boolean {
    return this.#protected !== false && this.encrypted.isLocked();
  }

  async hasPassphrase(): Promise<boolean> {
    this.#protected = await this.encrypted.hasPassphrase();
    return this.#protected;
  }

  create(passphrase: string): Promise<string> {
    return this.encrypted.create(passphrase).finally(() => void this.hasPassphrase());
  }

  unlock(passphrase: string): Promise<void> {
    return this.encrypted.unlock(passphrase);
  }

  unlockWithRecoveryCode(recoveryCode: string): Promise<void> {
    return this.encrypted.unlockWithRecoveryCode(recoveryCode);
  }

  resetPassphrase(recoveryCode: string, newPassphrase: string): Promise<void> {
    return this.encrypted.resetPassphrase(recoveryCode, newPassphrase);
  }

  changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
    return this.encrypted.changePassphrase(oldPassphrase, newPassphrase);
  }

  removeEncryption(passphrase: string): Promise<void> {
    return this.encrypted.removeEncryption(passphrase).finally(() => void this.hasPassphrase());
  }

  lock(): void {
    this.encrypted.lock();
  }

  /** Whether the person's other devices use another data key (see `EncryptedAdapter.hasOtherDevicesKey`); always false while no passphrase is set here. */
  async hasOtherDevicesKey(): Promise<boolean> {
    return (await this.hasPassphrase()) && this.encrypted.hasOtherDevicesKey();
  }

  /** Brings this device over to the passphrase of the person's other devices (see `EncryptedAdapter.joinOtherDevices`). */
  joinOtherDevices(theirPassphrase: string): Promise<void> {
    return this.encrypted.joinOtherDevices(theirPassphrase);
  }

  onLockChange(listener: (locked: boolean) => void): () => void {
    return this.encrypted.onLockChange(listener);
  }

  /** Resolves at once for a plain store; otherwise once unlocked (see `EncryptedAdapter.whenUnlocked`). */
  async whenUnlocked(): Promise<void> {
    if (await this.hasPassphrase()) await this.encrypted.whenUnlocked();
  }

  async open(): Promise<OpenReport> {
    const report = await this.encrypted.inner.open();
    await this.whenUnlocked();
    return report;
  }

  async get(kind: string, id: string): Promise<StoredRecord | undefined> {
    if (kind === KEYS_KIND) return undefined;
    return (await this.#route()).get(kind, id);
  }

  async list(kind: string, options?: ListOptions): Promise<ListPage> {
    if (kind === KEYS_KIND) return { records: [] };
    return (await this.#route()).list(kind, options);
  }

  async count(kind: string): Promise<number> {
    const adapter = await this.#route();
    return adapter.count ? adapter.count(kind) : (await adapter.list(kind)).records.length;
  }

  async put(
    draft: RecordDraft,
    expectedRev: string | null,
    options?: PutOptions,
  ): Promise<RecordEnvelope> {
    return (await this.#route()).put(draft, expectedRev, options);
  }

  async remove(kind: string, id: string, expectedRev: string): Promise<RecordEnvelope> {
    return (await this.#route()).remove(kind, id, expectedRev);
  }

  /** Changes to the records; when the passphrase is removed (here or in another tab), the tools are told to load everything again, now plain. */
  subscribe(listener: StorageChangeListener): () => void {
    const stopRecords = this.encrypted.subscribe(listener);
    const stopKeys = this.encrypted.inner.subscribe((change) => {
      if (change.kind === KEYS_KIND && change.type === 'remove')
        listener({ type: 'import', origin: change.origin });
    });
    return () => {
      stopRecords();
      stopKeys();
    };
  }

  async exportAll(): Promise<StoredRecord[]> {
    const adapter = await this.#route();
    return (await adapter.exportAll()).filter((record) => record.kind !== KEYS_KIND);
  }

  async importAll(records: StoredRecord[], options: { mode: 'merge' | 'replace' }): Promise<void> {
    await (await this.#route()).importAll(records, options);
  }

  /** Erases every record and any wrapped keys (the store is plain afterwards). */
  async purgeAll(): Promise<void> {
    await this.encrypted.purgeAll();
    this.#protected = false;
  }

  close(): Promise<void> {
    return this.encrypted.close();
  }

  /** The encrypted adapter while a passphrase is set (read fresh after any change to the keys), else the plain one. */
  async #route(): Promise<StorageAdapter> {
    return (await this.hasPassphrase()) ? this.encrypted : this.encrypted.inner;
  }
}
