/**
 * The envelope every stored record travels in. `data` is the tool's own model
 * (a goal, a reading, a plan, a journal entry); the rest is bookkeeping that the
 * storage layer owns.
 */
export interface RecordEnvelope<T = unknown> {
  /** Client-generated UUID. */
  id: string;
  /** Which model the record holds: `goal`, `reading`, `plan`, `entry`. */
  kind: string;
  /** Version of the model's schema the `data` was written with. */
  schemaVersion: number;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  /** Opaque revision; changes on every successful write (compare-and-set token). */
  rev: string;
  /**
   * Optional ordering key for `list()` (for example a journal entry's date). Records
   * without one are ordered by `createdAt`.
   */
  sortKey?: string;
  /** A tombstone: the record was removed. Its `data` is `null`. */
  deleted?: boolean;
  data: T;
}

/** A record as it is being written: the storage layer fills in `rev`. */
export type RecordDraft<T = unknown> = Omit<RecordEnvelope<T>, 'rev'>;

/** The ordering key of a record: its `sortKey`, or its creation time. */
export function orderKeyOf(record: Pick<RecordEnvelope, 'sortKey' | 'createdAt'>): string {
  return record.sortKey ?? record.createdAt;
}
