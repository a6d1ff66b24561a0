import type { RecordEnvelope } from '../core/record.js';
import { isStorageError, StorageError } from './storage-error.js';
import { isCorrupt, type StorageAdapter, type StoredRecord } from './storage-adapter.js';

/** Opens a stored (encrypted) record; what does not open comes back corrupt. */
export type Reveal = (stored: StoredRecord) => Promise<StoredRecord>;

/** Refuses a write over a record whose ciphertext does not open: it is never written over (RELIABILITY 4). */
export async function refuseUnreadable(
  inner: StorageAdapter,
  reveal: Reveal,
  kind: string,
  id: string,
): Promise<void> {
  const stored = await inner.get(kind, id);
  if (stored && !isCorrupt(stored) && isCorrupt(await reveal(stored)))
    throw new StorageError(
      'corrupt',
      `The stored ${kind} ${id} could not be read, so it is left as it is.`,
    );
}

/** A write whose conflict hands on the stored record readable (the wrapped adapter's carries it encrypted). */
export async function withReadableConflict(
  reveal: Reveal,
  write: Promise<RecordEnvelope>,
): Promise<RecordEnvelope> {
  try {
    return await write;
  } catch (error) {
    if (!isStorageError(error) || !error.details.current) throw error;
    const readable = await reveal(error.details.current);
    throw new StorageError(error.code, error.message, {
      current: isCorrupt(readable) ? undefined : readable,
      cause: error,
    });
  }
}
