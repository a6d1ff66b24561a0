import { migrateRecords } from './encryption-migration.js';
import type { KeyRecord } from './key-record.js';
import type { PlainEra } from './plain-era.js';
import { SEALED_FORMAT } from './sealed-data.js';
import { openStored, sealDraft } from './sealed-record.js';
import type { StorageAdapter, StoredRecord } from './storage-adapter.js';

/**
 * The state the records of an encrypted store are in, and bringing them all to one: how a
 * stored record is opened (while a migration or the plain era's sealing runs, plain records
 * are read as they are; a store sealed in a former format is opened in it), and the
 * migration an unlock resumes. Used by `EncryptedAdapter`.
 */
export class RecordSealing {
  constructor(
    private readonly inner: StorageAdapter,
    private readonly namespace: string,
    private readonly keys: KeyRecord,
    /** Over a synced store kept plain by the person's choice (see `PlainEra`). */
    readonly plainEra: PlainEra | undefined,
  ) {}

  /** The record as the person wrote it: decrypted, or plain where plain records are expected. */
  async reveal(key: CryptoKey, stored: StoredRecord): Promise<StoredRecord> {
    const keys = await this.keys.read();
    return openStored(key, this.namespace, stored, {
      plain: keys?.migration !== undefined || this.plainEra?.sealing === true,
      formerFormat: keys?.recordFormat !== SEALED_FORMAT,
    });
  }

  /** `reveal` with `key`, for the helpers that read a stored record. */
  opener(key: CryptoKey): (stored: StoredRecord) => Promise<StoredRecord> {
    return (stored) => this.reveal(key, stored);
  }

  revealAll(key: CryptoKey, records: StoredRecord[]): Promise<StoredRecord[]> {
    return Promise.all(records.map((record) => this.reveal(key, record)));
  }

  /**
   * Runs the migration the keys record says is unfinished, else the plain era's, else
   * sealing again a store made before records were bound to their whole revision.
   * Resolves with the direction it ran.
   */
  async resume(key: CryptoKey): Promise<'on' | 'off' | undefined> {
    const keys = await this.keys.read();
    const resealing = (await this.plainEra?.toSeal()) || keys?.recordFormat !== SEALED_FORMAT;
    const direction = keys?.migration ?? (keys && resealing ? 'on' : undefined);
    if (direction) await this.migrate(key, direction);
    return direction;
  }

  /** Encrypts (`on`) or decrypts (`off`) every record in place; `off` ends with the keys removed. */
  async migrate(key: CryptoKey, direction: 'on' | 'off'): Promise<void> {
    await migrateRecords(this.inner, direction, {
      reveal: (record) => this.reveal(key, record),
      seal: (record) => sealDraft(key, this.namespace, record, record.rev),
    });
    if (direction === 'off') return this.keys.remove();
    const keys = await this.keys.read();
    // The plain era alone changes nothing in the keys, which the other devices share.
    if (keys?.migration || keys?.recordFormat !== SEALED_FORMAT)
      await this.keys.update(({ migration: _done, ...keys }) => ({
        ...keys,
        recordFormat: SEALED_FORMAT,
      }));
    await this.plainEra?.ended();
  }
}
