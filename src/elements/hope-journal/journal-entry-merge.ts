import { ENTRY_LIMITS, type Entry } from '../../core/entry.js';
import { mergeEntryEdits, type EntryEdit } from '../../core/entry-merge.js';
import { StorageError } from '../../storage/storage-error.js';

// Loaded when an edit's write first meets an entry saved elsewhere meanwhile
// (journal-entry-writes.ts), so the journal's first view never downloads the merge.

/**
 * {@link mergeEntryEdits} for whole entries: a pin changed on one side is taken (the
 * person's when both changed it); refuses, as a `conflict`, a merge too long for one entry.
 */
export function mergeEntries(base: Entry, mine: Entry, theirs: Entry, separator: string) {
  const merged = mergeEntryEdits(base, mine, theirs, separator);
  if (merged.entry.body.length > ENTRY_LIMITS.body)
    throw new StorageError('conflict', 'Both texts together are too long for one entry.');
  const pinned = mine.pinned !== base.pinned ? mine.pinned : theirs.pinned;
  return { ...merged, entry: { ...merged.entry, pinned } };
}

/** True when the entry met had changed since `base` in a field the person's `edit` kept. */
export const changedElsewhere = (base: Entry, edit: EntryEdit, met: Entry): boolean =>
  mergeEntryEdits(base, edit, met, '').changedElsewhere;
