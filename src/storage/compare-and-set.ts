import { nextRevision } from '../core/ids.js';
import type { RecordDraft, RecordEnvelope } from '../core/record.js';
import { StorageError } from './storage-error.js';
import { isCorrupt, type StoredRecord } from './storage-adapter.js';

/**
 * The compare-and-set rule: a write to kind/id may go ahead only when the stored
 * revision is the one the caller expected (`null`: nothing stored yet), and never over
 * a value that could not be read. Throws `corrupt` or `conflict` (carrying the current
 * record) otherwise.
 */
export function checkRevision(
  current: StoredRecord | undefined,
  kind: string,
  id: string,
  expectedRev: string | null,
): void {
  if (current && isCorrupt(current)) {
    throw new StorageError(
      'corrupt',
      `The stored ${kind} ${id} could not be read, so it is left as it is.`,
    );
  }
  if ((current?.rev ?? null) !== expectedRev) {
    throw new StorageError('conflict', `The ${kind} ${id} was changed somewhere else.`, {
      current,
    });
  }
}

/** The error for a record that is not there (or was removed). */
export function notFound(kind: string, id: string, current?: RecordEnvelope): StorageError {
  return new StorageError('not-found', `There is no ${kind} ${id}.`, { current });
}

/**
 * What every adapter does inside its own atomic step before writing: checks the
 * revision ({@link checkRevision}) and returns the envelope to store, with a new revision
 * (`rev` when the caller chose one, see `PutOptions`).
 */
export function checkedWrite(
  current: StoredRecord | undefined,
  draft: RecordDraft,
  expectedRev: string | null,
  rev?: string,
): RecordEnvelope {
  checkRevision(current, draft.kind, draft.id, expectedRev);
  return {
    ...draft,
    rev: rev ?? nextRevision((current as RecordEnvelope | undefined)?.rev),
  } as RecordEnvelope;
}

/** The tombstone that replaces `current` when it is removed (compare-and-set, as a write). */
export function checkedRemoval(
  current: StoredRecord | undefined,
  kind: string,
  id: string,
  expectedRev: string,
): RecordEnvelope {
  if (!current) throw notFound(kind, id);
  // An unreadable `current` makes checkedWrite throw before this tombstone is used.
  const tombstone = {
    ...(current as RecordEnvelope),
    updatedAt: new Date().toISOString(),
    deleted: true,
    data: null,
  };
  return checkedWrite(current, tombstone, expectedRev);
}
