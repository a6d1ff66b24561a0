import type { RecordDraft, RecordEnvelope } from '../core/record.js';
import { KEYS_KIND } from './key-record.js';
import { isSealedData } from './sealed-data.js';
import { isSealedNow } from './sealed-record.js';
import { isStorageError } from './storage-error.js';
import { isCorrupt, type StorageAdapter, type StoredRecord } from './storage-adapter.js';

/** How the migration reads and writes one record. */
export interface MigrationSteps {
  /** The readable record (decrypted, or plain as found). */
  reveal(record: StoredRecord): Promise<StoredRecord>;
  /** `record` with its data encrypted, under the new revision it is to be stored as. */
  seal(record: RecordEnvelope): Promise<RecordEnvelope>;
}

/**
 * Encrypts (`on`: plain records, and records sealed in a former format) or decrypts
 * (`off`) every live record in place, one compare-and-set
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
      if (direction === 'on' ? isSealedNow(stored.data) : !isSealedData(stored.data)) continue;
      const readable = await steps.reveal(stored);
      if (isCorrupt(readable)) continue;
      try {
        if (direction === 'off') await inner.put(withoutRev(readable), stored.rev);
        else {
          const sealed = await steps.seal(readable);
          await inner.put(sealed, stored.rev, { rev: sealed.rev });
        }
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
