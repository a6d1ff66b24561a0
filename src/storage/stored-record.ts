import type { RecordEnvelope } from '../core/record.js';
import { isCorrupt, type CorruptRecord, type StoredRecord } from './storage-adapter.js';

/**
 * Checks that a value read from storage has the shape of a record envelope for
 * `kind`/`id`. Anything else is reported as a {@link CorruptRecord} carrying the value
 * exactly as found, so it can be shown read-only and exported, never overwritten.
 */
export function toStoredRecord(kind: string, id: string, value: unknown): StoredRecord {
  const reason = envelopeProblem(kind, id, value);
  return reason ? corruptRecord(kind, id, value, reason) : (value as RecordEnvelope);
}

/** Parses text kept by a text store (localStorage); bad JSON becomes a corrupt record. */
export function parseStoredText(kind: string, id: string, text: string): StoredRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return corruptRecord(kind, id, text, 'The stored text is not valid JSON.');
  }
  const record = toStoredRecord(kind, id, value);
  return isCorrupt(record) ? { ...record, raw: text } : record;
}

function corruptRecord(kind: string, id: string, raw: unknown, reason: string): CorruptRecord {
  return { corrupt: true, kind, id, raw, reason };
}

/** Why `value` is not a readable envelope for `kind`/`id`, or `undefined` when it is one. */
function envelopeProblem(kind: string, id: string, value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'The stored value is not an object.';
  const record = value as Partial<RecordEnvelope>;
  if (record.kind !== kind || record.id !== id)
    return 'The stored kind or id does not match where it was found.';
  if (!Number.isInteger(record.schemaVersion) || (record.schemaVersion as number) < 1)
    return 'The schema version is missing.';
  if (
    typeof record.rev !== 'string' ||
    typeof record.createdAt !== 'string' ||
    typeof record.updatedAt !== 'string'
  ) {
    return 'The revision or dates are missing.';
  }
  if (record.sortKey !== undefined && typeof record.sortKey !== 'string')
    return 'The sort key is not text.';
  if (!('data' in record)) return 'The data is missing.';
  return undefined;
}
