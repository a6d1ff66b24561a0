import { isStorageError } from '../storage/storage-error.js';
import { isCorrupt, type StorageAdapter } from '../storage/storage-adapter.js';
import { STATE_KIND } from './outbox.js';

const ID = 'plain-era';

/**
 * This device's note that its records were kept plain by the person's choice
 * (`encryption="optional"` without a passphrase): kept with the checkpoint, so it is never
 * pushed, exported or shown, and goes with an erase. See `EncryptedAdapterOptions.plainEra`.
 */
export class PlainEraNote {
  constructor(private readonly inner: StorageAdapter) {}

  async noted(): Promise<boolean> {
    const stored = await this.inner.get(STATE_KIND, ID);
    return stored !== undefined && !isCorrupt(stored) && !stored.deleted;
  }

  /** Notes (`true`) or clears the note; nothing when it already says so. */
  async note(plain: boolean): Promise<void> {
    // Another tab (or the lock and a tool in this one) may note the same at the same time.
    await this.#write(plain).catch((error: unknown) => {
      if (!isStorageError(error) || error.code !== 'conflict') throw error;
      return this.#write(plain);
    });
  }

  async #write(plain: boolean): Promise<void> {
    const found = await this.inner.get(STATE_KIND, ID);
    const stored = found && !isCorrupt(found) ? found : undefined;
    if (plain === (stored !== undefined && !stored.deleted)) return;
    if (!plain) return void (await this.inner.remove(STATE_KIND, ID, stored!.rev));
    const now = new Date().toISOString();
    const draft = { kind: STATE_KIND, id: ID, schemaVersion: 1, createdAt: now, updatedAt: now };
    await this.inner.put({ ...draft, data: true }, stored?.rev ?? null);
  }
}
