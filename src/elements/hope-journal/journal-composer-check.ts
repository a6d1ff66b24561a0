import {
  ENTRY_LIMITS,
  isIsoDate,
  localIsoDate,
  validateEntry,
  type Entry,
} from '../../core/entry.js';
import type { EntryEdit } from '../../core/entry-merge.js';
import type { HopeJournalStrings } from './hope-journal.strings.js';

/** The composer's fields that can show an error. */
export type FieldName = 'body' | 'date' | 'tags';

/**
 * What is wrong with an entry about to be saved, as one message per field in the
 * person's words (the first problem of each field), with a date in the future refused too.
 */
export function entryFieldErrors(
  input: EntryEdit,
  strings: HopeJournalStrings,
): Partial<Record<FieldName, string>> {
  const errors: Partial<Record<FieldName, string>> = {};
  const entry: Entry = { ...input, pinned: false, writtenAt: new Date().toISOString() };
  for (const problem of validateEntry(entry)) {
    const field = problem.path.split('.')[0];
    if (field === 'tags') {
      errors.tags ??=
        problem.path === 'tags'
          ? strings.tooManyTags(ENTRY_LIMITS.tags)
          : strings.tagTooLong(ENTRY_LIMITS.tagText);
    } else if (field === 'date') {
      errors.date ??= strings.dateInvalid;
    } else if (problem.code === 'too-long') {
      errors.body ??= strings.tooLong(Number(problem.params?.max ?? ENTRY_LIMITS.body));
    } else if (problem.code === 'required') {
      errors.body ??= strings.emptyEntry;
    }
  }
  if (!errors.date && isIsoDate(input.date) && input.date > localIsoDate())
    errors.date = strings.dateInFuture;
  return errors;
}
