import { orderKeyOf } from '../core/record.js';
import { toStoredRecord } from './stored-record.js';
import { isCorrupt, type StoredRecord } from './storage-adapter.js';

/** Joins the parts of a key; it sorts below every other character, so joined keys sort like their parts. */
export const SEPARATOR = '\u0000';

/**
 * One stored row, under the key `kind␀id`. `r` is the record; `o` is its list position
 * `kind␀(sortKey ?? createdAt)␀id`, set only on live records so the order index holds
 * exactly what `list()` shows. Plain string keys keep a write close to a bare key-value put.
 */
export interface Row {
  o?: string;
  r: unknown;
}

/** A row as `list()` sees it: where it sits in the list, and what it holds. */
export interface ListEntry {
  position: string;
  record: StoredRecord;
}

export const keyOf = (kind: string, id: string) => `${kind}${SEPARATOR}${id}`;

/** Every key (primary key or list position) of one kind. */
export const kindRange = (kind: string) =>
  IDBKeyRange.bound(`${kind}${SEPARATOR}`, `${kind}\u0001`, false, true);

/** The id in a primary key of `kind`: everything after `kind␀`, whatever characters it holds. */
export const idIn = (kind: string, key: string) => key.slice(kind.length + SEPARATOR.length);

/** The row to store for a record; an unreadable value goes back exactly as it was found. */
export function rowOf(record: StoredRecord): unknown {
  if (isCorrupt(record)) return record.raw;
  return record.deleted
    ? { r: record }
    : { o: keyOf(record.kind, `${orderKeyOf(record)}${SEPARATOR}${record.id}`), r: record };
}

/** Rows read together with their primary keys. */
export function readRows(keys: string[], rows: unknown[]): StoredRecord[] {
  return keys.map((key, index) => {
    const kind = key.slice(0, key.indexOf(SEPARATOR));
    return readRow(kind, idIn(kind, key), rows[index]);
  });
}

/** The record in a stored row; anything unreadable is reported with the whole row as its raw value. */
export function readRow(kind: string, id: string, row: unknown): StoredRecord {
  const record =
    typeof row === 'object' && row !== null && 'r' in row
      ? toStoredRecord(kind, id, row.r)
      : undefined;
  if (record && !isCorrupt(record)) return record;
  return {
    corrupt: true,
    kind,
    id,
    raw: row,
    reason: record?.reason ?? 'The stored row is not one this library wrote.',
  };
}

/**
 * The list entry for a row of `kind` under `key`, or none for a tombstone. A row without
 * a list position of this kind (one this library did not write: cut-off text, another
 * shape) is still listed, first, as if its order key were empty.
 */
export function listEntry(kind: string, key: string, row: unknown): ListEntry[] {
  const id = idIn(kind, key);
  const record = readRow(kind, id, row);
  if (!isCorrupt(record) && record.deleted) return [];
  const position = (row as Row | null)?.o;
  const positioned = typeof position === 'string' && kindRange(kind).includes(position);
  return [{ position: positioned ? position : keyOf(kind, `${SEPARATOR}${id}`), record }];
}
