import { isPlainObject } from './validate.js';

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

/**
 * A stored value that could not be read as an envelope (bad JSON, unknown shape). It is
 * reported, never overwritten, and still exported as it is.
 */
export interface CorruptRecord {
  corrupt: true;
  kind: string;
  id: string;
  /** The stored value exactly as found (a string for text stores). */
  raw: unknown;
  reason: string;
}

/** Where a record is kept: its kind and id. */
type RecordKey = Pick<RecordEnvelope, 'kind' | 'id'>;

/**
 * Why `value` does not name a record (an object with a text `kind` and `id`, or, with
 * `at`, that kind and id), as a sentence; `undefined` when it does.
 */
export function recordKeyProblem(value: unknown, at?: RecordKey): string | undefined {
  if (!isPlainObject(value)) return 'The value is not an object.';
  if (at)
    return value.kind === at.kind && value.id === at.id
      ? undefined
      : 'The kind or id does not match where it was found.';
  return typeof value.kind === 'string' && typeof value.id === 'string'
    ? undefined
    : 'The kind or id is missing.';
}

/**
 * Why `value` is not a readable record envelope (kept at `at`, when given), as a
 * sentence; `undefined` when it is one. The one check for rows read from storage and
 * for records in a backup.
 */
export function envelopeProblem(value: unknown, at?: RecordKey): string | undefined {
  const keyProblem = recordKeyProblem(value, at);
  if (keyProblem) return keyProblem;
  const record = value as Partial<RecordEnvelope>;
  if (!Number.isInteger(record.schemaVersion) || (record.schemaVersion as number) < 1)
    return 'The schema version is missing.';
  if (
    typeof record.rev !== 'string' ||
    typeof record.createdAt !== 'string' ||
    typeof record.updatedAt !== 'string'
  )
    return 'The revision or dates are missing.';
  if (record.sortKey !== undefined && typeof record.sortKey !== 'string')
    return 'The sort key is not text.';
  if (!('data' in record)) return 'The data is missing.';
  return undefined;
}
