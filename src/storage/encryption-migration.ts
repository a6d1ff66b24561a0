import type { RecordDraft, RecordEnvelope } from '../core/record.js';
import { KEYS_KIND } from './key-record.js';
import { isSealedData } from './sealed-record.js';
import { isStorageError } from './storage-error.js';
import { isCorrupt, type StorageAdapter, type StoredRecord } from './storage-adapter.js';

/** How the migration reads and writes one record. */
export interface MigrationSteps {
  /** The readable record (decrypted, or plain as found). */
  reveal(record: StoredRecord): Promise<StoredRecord>;
  /** The draft to store for `record` with its data encrypted. */
  seal(record: RecordEnvelope): Promise<RecordDraft>;
}

/**
 * Encrypts (`on`) or decrypts (`off`) every live record in place, one compare-and-set
 * write each, so a reload part-way leaves every record either done or as it was, and
 * running it again finishes the rest. Records changed meanwhile are read again; unreadable
 * ones are left exactly as they are.
 */
export async function migrateRecords(
  inner: StorageAdapter,
  direction: 'on' | 'off',
  steps: MigrationSteps,
): Promise<void> {
  let pending = await inner.exportAll();
  while (pending.length > 0) {
    const again: StoredRecord[] = [];
    for (const stored of pending) {
      if (isCorrupt(stored) || stored.kind === KEYS_KIND || stored.deleted) continue;
      if (isSealedData(stored.data) === (direction === 'on')) continue;
      const readable = await steps.reveal(stored);
      if (isCorrupt(readable)) continue;
      const draft = direction === 'on' ? await steps.seal(readable) : withoutRev(readable);
      try {
        await inner.put(draft, stored.rev);
      } catch (error) {
        if (!isStorageError(error) || error.code !== 'conflict') throw error;
        const current = error.details.current;
        if (current) again.push(current);
      }
    }
    pending = again;
  }
}

function withoutRev({ rev: _rev, ...draft }: RecordEnvelope): RecordDraft {
  return draft;
}
