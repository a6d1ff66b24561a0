/**
 * What the storage layer needs to know about one kind of record: how to check it,
 * which schema version the code writes, and how to bring older data up to date.
 * Each tool's model (goal, reading, plan, entry) exports one of these.
 */
export interface RecordModel<T> {
  /** The `kind` stored in the envelope. */
  readonly kind: string;
  /** The schema version this code writes. Records with a higher one are read-only. */
  readonly schemaVersion: number;
  /** Every problem with `data`, each with its field path; an empty array when valid. */
  validate(data: unknown): ValidationProblem[];
  /**
   * Upgrades, keyed by the version they upgrade *from*: `migrations[1]` turns
   * version-1 data into version-2 data. Pure functions; never throw on good input.
   */
  readonly migrations?: Readonly<Record<number, (data: unknown) => unknown>>;
  /** Ordering key for `list()`; defaults to the record's creation time. */
  sortKey?(data: T): string;
}

/**
 * One thing wrong with a record, at a field path such as `title` or `steps.2.text`.
 * `code` is stable and machine-readable; elements turn it into words through the
 * localize layer, so the message stands next to the field it is about.
 */
export interface ValidationProblem {
  path: string;
  code: ValidationCode;
  /** Extra values for the message (for example `{ max: 10 }`). */
  params?: Record<string, string | number>;
}

export type ValidationCode =
  | 'required'
  | 'too-long'
  | 'out-of-range'
  | 'invalid-type'
  | 'invalid-value'
  | 'invalid-date'
  | 'unsafe-url'
  | 'invalid-phone'
  | 'invalid-email'
  | 'duplicate'
  | 'unknown';

/** Thrown when data given to the store for writing fails its model's validation. */
export class ValidationError extends Error {
  constructor(readonly problems: ValidationProblem[]) {
    super(`Invalid data: ${problems.map((p) => `${p.path} ${p.code}`).join(', ')}`);
    this.name = 'ValidationError';
  }
}
