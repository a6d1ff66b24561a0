import { envelopeProblem, type CorruptRecord, type RecordEnvelope } from '../core/record.js';
import { isCorrupt, type StoredRecord } from './storage-adapter.js';

/**
 * Checks that a value read from storage has the shape of a record envelope for
 * `kind`/`id`. Anything else is reported as a {@link CorruptRecord} carrying the value
 * exactly as found, so it can be shown read-only and exported, never overwritten.
 */
export function toStoredRecord(kind: string, id: string, value: unknown): StoredRecord {
  const reason = envelopeProblem(value, { kind, id });
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
