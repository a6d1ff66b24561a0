import type { Entry } from '../core/entry.js';
import type { RecordEnvelope } from '../core/record.js';
import type {} from './rk-event.js';

/** Every journal-entry event carries the entry's data and its whole stored record (copies). */
export interface EntryEventDetail {
  /** The entry as saved: `detail.entry.body`, `detail.entry.hope`, ... */
  entry: Entry;
  /** The stored record (id, revision, timestamps) holding that entry. */
  record: RecordEnvelope<Entry>;
}

/** Detail of `rk-entry-saved`. */
export interface EntrySavedDetail extends EntryEventDetail {
  /** `created` for a new entry, `updated` for an edit or a pin, `restored` after Undo or when an edit brought back an entry removed elsewhere. */
  change: 'created' | 'updated' | 'restored';
}

declare global {
  interface RkEventDetailMap {
    /** A journal entry was saved: written, edited, pinned or unpinned, or brought back with Undo. */
    'rk-entry-saved': EntrySavedDetail;
    /** A journal entry was removed; `entry` and `record` are what it held just before. */
    'rk-entry-removed': EntryEventDetail;
  }
}
export {};
