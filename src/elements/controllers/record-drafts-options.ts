import type { RecordModel } from '../../core/model.js';
import type { RecordEnvelope } from '../../core/record.js';
import type { StoredItem } from '../../storage/stored-item.js';
import type { DraftMerge, DraftWritten } from './draft-conflict.js';

/** What a saved edit turned into, for the tool to report and tell the person. */
export interface SavedEdit<T> extends DraftWritten<T> {
  record: RecordEnvelope<T>;
}

/** How {@link RecordDrafts} treats one kind of record. */
export interface RecordDraftsOptions<T> {
  model: RecordModel<T>;
  /** The leave-journal slot prefix (`goal:`); each record's slot is prefix + id. */
  slot: string;
  /**
   * Loads the three-way merge from the edit's base (a dynamic `import()`): called when a
   * write first meets a revision saved elsewhere, so a first view never downloads it.
   */
  loadMerge: () => Promise<DraftMerge<T>>;
  /** True when a draft may be saved (an invalid one waits for the person). */
  valid: (data: T) => boolean;
  /** A write of an edit succeeded. */
  onSaved?: (saved: SavedEdit<T>) => void;
  /** The records shown changed (loaded, or changed elsewhere). */
  onChanged?: () => void;
  /** A draft met a change of the same text made elsewhere: both texts are kept (tell the person). */
  onKeptBoth?: (id: string) => void;
  /**
   * For a document kept under a fixed id (the plan): what a record not yet stored starts
   * as, so that it can be edited before it exists; its first save creates it.
   */
  blank?: (id: string) => T;
  /**
   * For a tool that holds the records it shows itself (the journal's paged index): looks a
   * record up there. Then `items` stays undefined (no list of its own, `load` only replays
   * typing left from an earlier visit) and `onChange` only drops drafts on erase-all; the
   * tool follows the rest of the change feed, skipping what {@link RecordDrafts.isOwnEcho} says.
   */
  lookUp?: (id: string) => StoredItem<T> | undefined;
}
