import { revisionGeneration } from '../core/ids.js';
import type { BundleProblem, ExportedRecord } from '../core/export-format.js';
import { isCorrupt, type StoredRecord } from './storage-adapter.js';

/** What an import did, or would do on a dry run. Nothing is written when `ok` is false. */
export interface ImportReport {
  ok: boolean;
  dryRun: boolean;
  mode: 'merge' | 'replace';
  /** Records in the backup that are not stored yet. */
  added: number;
  /** Stored records the backup's copy replaces. */
  replaced: number;
  /** Records left as they are: the stored copy is the same or newer (or of a newer schema), or could not be read. */
  kept: number;
  /** Stored records erased because they are not in the backup (`replace` only). */
  removed: number;
  /** Why the backup was refused (then nothing is written). */
  problems: BundleProblem[];
}

/** The records to write for an import, and the counts for its report. */
export interface ImportPlan {
  write: StoredRecord[];
  report: Pick<ImportReport, 'added' | 'replaced' | 'kept' | 'removed'>;
}

/**
 * Decides what an import writes. `replace`: exactly the backup. `merge`: a backup
 * record is written when nothing is stored under its id or when it was updated later
 * than the stored one; a stored value that could not be read, or that has a newer
 * `schemaVersion` than the backup's copy, is never written over (it is `kept`).
 */
export function planImport(
  stored: StoredRecord[],
  incoming: ExportedRecord[],
  mode: 'merge' | 'replace',
): ImportPlan {
  const storedByKey = new Map(stored.map((record) => [keyOf(record), record]));
  const report = { added: 0, replaced: 0, kept: 0, removed: 0 };
  const write: StoredRecord[] = [];
  for (const record of incoming) {
    const current = storedByKey.get(keyOf(record));
    storedByKey.delete(keyOf(record));
    if (!current) {
      report.added += 1;
      write.push(record);
    } else if (mode === 'replace' || isNewer(record, current)) {
      report.replaced += 1;
      write.push(record);
    } else {
      report.kept += 1;
    }
  }
  if (mode === 'replace') report.removed = storedByKey.size;
  return { write, report };
}

function isNewer(incoming: StoredRecord, current: StoredRecord): boolean {
  if (isCorrupt(incoming) || isCorrupt(current)) return false;
  // A later edit made by older code would lose the newer schema's fields.
  if (incoming.schemaVersion < current.schemaVersion) return false;
  if (incoming.updatedAt !== current.updatedAt) return incoming.updatedAt > current.updatedAt;
  return revisionGeneration(incoming.rev) > revisionGeneration(current.rev);
}

function keyOf(record: StoredRecord): string {
  return JSON.stringify([record.kind, record.id]);
}
