import type { RecordModel, ValidationProblem } from '../core/model.js';
import type { RecordEnvelope } from '../core/record.js';
import { isCorrupt, type StoredRecord } from './storage-adapter.js';

/** How a stored record could be read. Anything but `ok` is shown read-only. */
export type StoredItemStatus = 'ok' | 'invalid' | 'too-new' | 'corrupt';

/** A record as elements get it back from a {@link RecordCollection}. */
export interface StoredItem<T> {
  id: string;
  /** `invalid`: fails the model's checks; `too-new`: written by a newer version of the library; `corrupt`: unreadable. */
  status: StoredItemStatus;
  /** Present unless corrupt; brought up to the current schema when `ok`. */
  record?: RecordEnvelope<T>;
  /** Why it is `invalid`. */
  problems: ValidationProblem[];
  /** True unless `ok`: show it with a note, never write it. */
  readonly: boolean;
  /** For `corrupt` items: what was wrong with the stored value. */
  reason?: string;
}

/**
 * Reads one stored record through its model: newer schema -> `too-new` (left exactly
 * as stored), older schema -> migrated step by step in memory (never written back on
 * read, so a reload mid-way simply migrates again), then validated.
 */
export function readItem<T>(model: RecordModel<T>, stored: StoredRecord): StoredItem<T> {
  if (isCorrupt(stored)) {
    return {
      id: stored.id,
      status: 'corrupt',
      problems: [],
      readonly: true,
      reason: stored.reason,
    };
  }
  const record = stored as RecordEnvelope<T>;
  if (record.schemaVersion > model.schemaVersion) {
    return { id: record.id, status: 'too-new', record, problems: [], readonly: true };
  }
  let data: unknown = record.data;
  try {
    for (let version = record.schemaVersion; version < model.schemaVersion; version += 1) {
      const migrate = model.migrations?.[version];
      if (!migrate) return invalid(record, 'schemaVersion');
      data = migrate(data);
    }
  } catch {
    return invalid(record, 'data');
  }
  const migrated = { ...record, schemaVersion: model.schemaVersion, data: data as T };
  const problems = model.validate(data);
  return problems.length
    ? { id: record.id, status: 'invalid', record: migrated, problems, readonly: true }
    : { id: record.id, status: 'ok', record: migrated, problems, readonly: false };
}

function invalid<T>(record: RecordEnvelope<T>, path: string): StoredItem<T> {
  return {
    id: record.id,
    status: 'invalid',
    record,
    problems: [{ path, code: 'unknown' }],
    readonly: true,
  };
}
