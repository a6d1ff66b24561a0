import { nextRevision } from '../core/ids.js';
import type { RecordDraft, RecordEnvelope } from '../core/record.js';
import { StorageError } from './storage-error.js';
import { isCorrupt, type StoredRecord } from './storage-adapter.js';

/**
 * The compare-and-set rule every adapter applies inside its own atomic step: the write
 * goes ahead only when the stored revision is the one the caller expected (`null`:
 * nothing stored yet), and never over a value that could not be read. Returns the
 * envelope to store, with its new revision.
 */
export function checkedWrite(
  current: StoredRecord | undefined,
  draft: RecordDraft,
  expectedRev: string | null,
): RecordEnvelope {
  if (current && isCorrupt(current)) {
    throw new StorageError(
      'corrupt',
      `The stored ${draft.kind} ${draft.id} could not be read, so it was left as it is.`,
    );
  }
  const currentRev = current?.rev ?? null;
  if (currentRev !== expectedRev) {
    throw new StorageError(
      'conflict',
      `The ${draft.kind} ${draft.id} was changed somewhere else.`,
      { current },
    );
  }
  return { ...draft, rev: nextRevision(currentRev ?? undefined) } as RecordEnvelope;
}

/** The tombstone that replaces `current` when it is removed (compare-and-set, as a write). */
export function checkedRemoval(
  current: StoredRecord | undefined,
  kind: string,
  id: string,
  expectedRev: string,
): RecordEnvelope {
  if (!current) throw new StorageError('not-found', `There is no ${kind} ${id} to remove.`);
  const draft = isCorrupt(current)
    ? ({ kind, id } as RecordDraft)
    : { ...current, updatedAt: new Date().toISOString(), deleted: true, data: null };
  return checkedWrite(current, draft, expectedRev);
}
