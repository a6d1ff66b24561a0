import { isCorrupt, type StorageAdapter } from '../storage/storage-adapter.js';
import { STATE_KIND } from './outbox.js';

/** The server's erase marker: the sequence number the person's last erase took, and when. */
export interface EraseMarker {
  seq: number;
  at: string;
}

/** What a device knows of erasing, kept with the checkpoint (absent: it never synced). */
export interface EraseState {
  /** The newest marker this device has acted on (0: none). */
  seen: number;
  /** Erased here while the server could not be told: sent before anything is pushed. */
  pending: boolean;
}

const ID = 'erase';

/** Reads and writes the device's {@link EraseState} in the local database. */
export class Erasure {
  constructor(private readonly inner: StorageAdapter) {}

  async state(): Promise<EraseState | undefined> {
    const stored = await this.inner.get(STATE_KIND, ID);
    if (!stored || isCorrupt(stored) || stored.deleted) return undefined;
    const { seen, pending } = (stored.data ?? {}) as Partial<EraseState>;
    return { seen: typeof seen === 'number' ? seen : 0, pending: pending === true };
  }

  /**
   * A check that nothing was erased here since `before` was read (no erase pending, no newer marker acted
   * on): what was asked of the server before then is out of date after. A device that never
   * synced only takes a marker, erasing nothing, so any marker it takes still applies.
   */
  since(before: EraseState | undefined): () => Promise<boolean> {
    return async () => {
      const now = await this.state();
      return !now?.pending && (before === undefined || now?.seen === before.seen);
    };
  }

  async set(state: EraseState): Promise<void> {
    const stored = await this.inner.get(STATE_KIND, ID);
    const now = new Date().toISOString();
    await this.inner.put(
      { kind: STATE_KIND, id: ID, schemaVersion: 1, createdAt: now, updatedAt: now, data: state },
      stored && !isCorrupt(stored) ? stored.rev : null,
    );
  }
}
